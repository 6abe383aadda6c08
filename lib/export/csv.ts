// CSV export: one row per claim × outlet cell, UTF-8 with a byte-order mark (so Excel reads
// the Chinese correctly), RFC 4180 quoting and CRLF line ends. Text that a spreadsheet would
// run as a formula (starting with = + - @, tab or CR, also after leading whitespace) gets a
// leading apostrophe. Cells that are plain numbers are left alone, so "-3" stays a number:
// no formula can be written with digits and a sign alone.
import { cellArticleIds, cellOf } from './cells';
import { articleLink } from './urls';
import type { ExportArticle, ExportCell, ExportClaim, ExportData, ExportOutlet } from './types';

export const CSV_BOM = '\uFEFF';
/** Joins the several quotes, values or articles of one cell. */
export const CSV_LIST_SEPARATOR = ' ¦ ';

export const CSV_COLUMNS = [
  'claim_id',
  'claim_text',
  'claim_gloss',
  'kind',
  'value',
  'comparator',
  'unit',
  'as_of',
  'outlet',
  'outlet_name',
  'stance',
  'quotes',
  'stated_values',
  'article_titles',
  'article_urls',
  'article_dates',
  'last_edited',
] as const;

const PURE_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/** Prefixes an apostrophe to text a spreadsheet would evaluate; plain numbers pass unchanged. */
export function neutraliseFormula(text: string): string {
  if (PURE_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvValue = string | number | null | undefined;

/** One field: neutralised, then quoted when it holds a quote, comma, CR or LF (RFC 4180). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvHeader(): string {
  return CSV_BOM + csvRecord(CSV_COLUMNS);
}

/** An outlet's two fields (slug, name), escaped once for every row of an export. */
const outletFields = new WeakMap<ExportOutlet, string>();
function outletPart(outlet: ExportOutlet): string {
  let part = outletFields.get(outlet);
  if (part === undefined) outletFields.set(outlet, (part = `${csvField(outlet.slug)},${csvField(outlet.name)}`));
  return part;
}

const list = (values: (string | null)[]) => values.filter((v): v is string => v !== null && v !== '').join(CSV_LIST_SEPARATOR);

/**
 * The rows of one claim, one per outlet, in the export's column order. The claim's own fields
 * are the same on each of its rows (one per outlet), so they are escaped once per claim.
 */
export function csvRows(
  claim: ExportClaim,
  outlets: readonly ExportOutlet[],
  articles: ReadonlyMap<number, ExportArticle>,
  baseUrl: string,
): string {
  const head = [claim.id, claim.text, claim.gloss, claim.kind, claim.value, claim.comparator, claim.unit, claim.asOf].map(csvField).join(',');
  const tail = `,${csvField(claim.updatedAt)}\r\n`;
  let out = '';
  for (const outlet of outlets) {
    const cell = cellOf(claim, outlet.slug);
    out += `${head},${outletPart(outlet)},${csvField(cell.stance)},${cellFacts(cell, articles, baseUrl)}${tail}`;
  }
  return out;
}

/** A cell's quotes, stated values and articles (five fields); most cells of a wide table have none. */
function cellFacts(cell: ExportCell, articles: ReadonlyMap<number, ExportArticle>, baseUrl: string): string {
  if (cell.evidence.length === 0 && cell.reviews.length === 0) return ',,,,';
  const cellArticles = cellArticleIds(cell)
    .map((id) => articles.get(id))
    .filter((a): a is ExportArticle => Boolean(a));
  return [
    list(cell.evidence.map((e) => e.exact)),
    list(cell.evidence.map((e) => e.statedValue)),
    list(cellArticles.map((a) => a.title)),
    list(cellArticles.map((a) => articleLink(baseUrl, a))),
    list(cellArticles.map((a) => a.publishedAt)),
  ]
    .map(csvField)
    .join(',');
}

export async function* formatCsv(data: ExportData): AsyncGenerator<string> {
  yield csvHeader();
  for await (const page of data.pages()) {
    const chunk = page.claims.map((claim) => csvRows(claim, data.outlets, page.articles, data.baseUrl)).join('');
    if (chunk) yield chunk;
  }
}
