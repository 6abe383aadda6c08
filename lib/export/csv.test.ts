import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, csvField, csvRecord, formatCsv, neutraliseFormula } from './csv';
import { parse } from 'csv-parse/sync';
import { BASE, collect, exportData } from '../../tests/support/export-fixtures';

/** Our output read back by a real RFC 4180 parser (csv-parse), as a spreadsheet would. */
const parseCsv = (text: string): string[][] => parse(text, { relaxColumnCount: false, recordDelimiter: '\r\n' });

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', '+1'],
    ['+cmd|x', "'+cmd|x"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\tplain', "'\tplain"],
    ['\rx', "'\rx"],
    ['  =HYPERLINK("http://evil")', `'  =HYPERLINK("http://evil")`],
    ['\u3000=1', "'\u3000=1"],
    ['\n-1-1', "'\n-1-1"],
    ['=', "'="],
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['-3', '+3', '-3.5', '1e-7', '-.5', '42', '习近平 = 主席', 'a-b', '', '2024-07-03'])('leaves %j alone', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });
});

describe('csvField and csvRecord', () => {
  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('plain 中文')).toBe('plain 中文');
  });

  it('writes numbers as numbers, negative ones included, and null as empty', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0.1)).toBe('0.1');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('neutralises before quoting, so the apostrophe sits inside the quotes', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('=A1&"x"')).toBe(`"'=A1&""x"""`);
  });

  it('ends records with CRLF', () => {
    expect(csvRecord(['a', 1, null])).toBe('a,1,\r\n');
  });
});

describe('formatCsv', () => {
  it('starts with a BOM and the header, then one row per claim × outlet in column order', async () => {
    const text = await collect(formatCsv(exportData()));
    expect(text.startsWith(`${CSV_BOM}claim_id,claim_text,`)).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[8], r[10]])).toEqual([
      ['7', 'voa', 'states'],
      ['7', 'bbc', 'predates'],
      ['7', 'rfa', 'omits'],
      ['3', 'voa', 'unchecked'],
      ['3', 'bbc', 'contradicts'],
      ['3', 'rfa', 'mixed'],
    ]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('joins a cell’s quotes, values and articles, and links articles safely', async () => {
    const rows = parseCsv((await collect(formatCsv(exportData()))).slice(1));
    const get = (row: string[], column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    const voa = rows[1]!;
    expect(get(voa, 'quotes')).toBe('至少9次 ¦ 九次');
    expect(get(voa, 'stated_values')).toBe('至少9次');
    expect(get(voa, 'article_titles')).toBe('习普会 [快讯] ¦ 第二篇');
    expect(get(voa, 'article_urls')).toBe('https://www.voachinese.com/a/1.html ¦ https://www.voachinese.com/a/2.html');
    expect(get(voa, 'article_dates')).toBe('2024-07-03T14:22:35.000Z ¦ 2024-07-01T00:00:00.000Z');
    expect(get(voa, 'last_edited')).toBe('2025-01-05T10:00:00.000Z');
    expect(get(voa, 'comparator')).toBe('gte');
    // An omission names the article that was checked.
    expect(get(rows[3]!, 'article_titles')).toBe('RFA');
    // No javascript: URL leaves the export; the app's page stands in.
    expect(get(rows[3]!, 'article_urls')).toBe(`${BASE}/articles/3`);
    expect(get(rows[6]!, 'article_urls')).toBe(`${BASE}/articles/3`);
    // An article without a URL is linked to its page in the app.
    expect(get(rows[5]!, 'article_urls')).toBe(`${BASE}/articles/2`);
  });

  it('neutralises formula-like text but keeps a negative value numeric', async () => {
    const rows = parseCsv((await collect(formatCsv(exportData()))).slice(1));
    const bbc = rows[5]!;
    expect(bbc[CSV_COLUMNS.indexOf('claim_text')]).toBe("'=1+1 | *bold* [link](x) <b>");
    expect(bbc[CSV_COLUMNS.indexOf('value')]).toBe('-3');
    expect(bbc[CSV_COLUMNS.indexOf('quotes')]).toBe("'-2+3\n\n# not a heading");
    expect(bbc[CSV_COLUMNS.indexOf('stated_values')]).toBe('-3');
    expect(bbc[CSV_COLUMNS.indexOf('article_titles')]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[6]![CSV_COLUMNS.indexOf('quotes')]).toBe('至少9次 ¦ @SUM(A1)');
    // Every text cell of every row is safe to open in a spreadsheet.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[\t\r]|^\s*[=@]|^\s*[+-](?!\d+(\.\d+)?$)/);
  });

  it('yields the header before reading any page', async () => {
    let pagesRead = 0;
    const data = exportData({
      pages: async function* () {
        pagesRead++;
        yield* exportData().pages();
      },
    });
    const chunks = formatCsv(data);
    const first = await chunks.next();
    expect(first.value).toContain('claim_id');
    expect(pagesRead).toBe(0);
    await chunks.return(undefined);
  });
});
