import { describe, expect, it } from 'vitest';
import { DUMP_END, DUMP_TABLES, DUMP_TABLES_OF_VERSION, DUMP_VERSION, dumpPreamble, dumpRows, dumpTableEnd, dumpTableStart, parseDumpLines, type DumpEvent } from './dump';

function writeDump(tables: Partial<Record<(typeof DUMP_TABLES)[number], string[][]>>): string {
  let out = dumpPreamble('2025-01-01T00:00:00.000Z');
  DUMP_TABLES.forEach((table, index) => {
    out += dumpTableStart(table, index === 0);
    let written = 0;
    for (const batch of tables[table] ?? []) {
      out += dumpRows(batch, written > 0);
      written += batch.length;
    }
    out += dumpTableEnd(written > 0);
  });
  return out + DUMP_END;
}

async function events(text: string): Promise<DumpEvent[]> {
  const out: DumpEvent[] = [];
  for await (const event of parseDumpLines(text.split('\n'))) out.push(event);
  return out;
}

const sample = writeDump({ users: [['{"id":1,"email":"a@b"}', '{"id":2,"email":"c@d"}'], ['{"id":3,"email":"e,]@f"}']], claims: [['{"id":9,"text":"},\\n{"}']] });

describe('the dump layout', () => {
  it('is one JSON document', () => {
    const document = JSON.parse(sample);
    expect(document.format).toBe('claimgrid-dump');
    expect(document.version).toBe(2);
    expect(Object.keys(document.tables)).toEqual([...DUMP_TABLES]);
    expect(document.tables.users.map((u: { id: number }) => u.id)).toEqual([1, 2, 3]);
    expect(document.tables.claims[0].text).toBe('},\n{');
    expect(document.tables.outlets).toEqual([]);
  });

  it('holds one row per line', () => {
    expect(sample.split('\n').filter((l) => l.startsWith('{"id"'))).toHaveLength(4);
  });
});

/** The sample as version 1 wrote it: without the tables version 2 appended. */
const version1 = `${sample.slice(0, sample.indexOf(',\n"suggestion_dismissals":[')).replace('"version":2,', '"version":1,')}${DUMP_END}`;

describe('dump versions', () => {
  it('only ever append tables: each version holds a prefix of DUMP_TABLES, the current one all', () => {
    expect(DUMP_TABLES_OF_VERSION[DUMP_VERSION]).toBe(DUMP_TABLES.length);
    expect(DUMP_TABLES.slice(DUMP_TABLES_OF_VERSION[1])).toEqual(['suggestion_dismissals', 'topic_names']);
    const counts = Object.keys(DUMP_TABLES_OF_VERSION).map(Number).sort((a, b) => a - b).map((v) => DUMP_TABLES_OF_VERSION[v]!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('reads a version 1 dump: its tables, without those it did not have', async () => {
    const read = await events(version1);
    expect(read[0]).toEqual({ type: 'header', createdAt: '2025-01-01T00:00:00.000Z', version: 1 });
    expect(read.filter((e) => e.type === 'table').map((e) => (e as { table: string }).table)).toEqual(DUMP_TABLES.slice(0, 7));
    expect(read.filter((e) => e.type === 'row')).toHaveLength(4);
    expect(read[read.length - 1]).toEqual({ type: 'end' });
  });

  it('reads a pretty-printed version 1 dump', async () => {
    const read = await events(JSON.stringify(JSON.parse(version1), null, 2));
    expect(read[0]).toMatchObject({ version: 1 });
    expect(read.filter((e) => e.type === 'table')).toHaveLength(7);
  });
});

describe('parseDumpLines', () => {
  it('reads back the header, the tables in order and every row verbatim', async () => {
    const read = await events(sample);
    expect(read[0]).toEqual({ type: 'header', createdAt: '2025-01-01T00:00:00.000Z', version: 2 });
    expect(read.filter((e) => e.type === 'table').map((e) => (e as { table: string }).table)).toEqual([...DUMP_TABLES]);
    expect(read.filter((e) => e.type === 'row').map((e) => (e as { json: string }).json)).toEqual([
      '{"id":1,"email":"a@b"}',
      '{"id":2,"email":"c@d"}',
      '{"id":3,"email":"e,]@f"}',
      '{"id":9,"text":"},\\n{"}',
    ]);
    expect(read[read.length - 1]).toEqual({ type: 'end' });
  });

  it('reads a copy another tool pretty-printed', async () => {
    const pretty = JSON.stringify(JSON.parse(sample), null, 2);
    const rows = (await events(pretty)).filter((e) => e.type === 'row').map((e) => JSON.parse((e as { json: string }).json));
    expect(rows).toEqual([{ id: 1, email: 'a@b' }, { id: 2, email: 'c@d' }, { id: 3, email: 'e,]@f' }, { id: 9, text: '},\n{' }]);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['another format', '{"format":"other","version":1,"tables":{\n}}', /Not a Claimgrid dump/],
    ['a newer version', '{"format":"claimgrid-dump","version":3,"createdAt":"x","tables":{\n}}', /version 3 is not supported; this Claimgrid reads versions 1, 2/],
    ['a version that is not a number', '{"format":"claimgrid-dump","version":"2","createdAt":"x","tables":{\n}}', /version "2" is not supported/],
    ['a version 2 dump without its last tables', version1.replace('"version":1,', '"version":2,'), /ends before table suggestion_dismissals/],
    ['a version 1 dump with a table of version 2', sample.replace('"version":2,', '"version":1,'), /Expected table "\(end\)" next in the dump, found "suggestion_dismissals"/],
    ['a missing table', sample.replace('"outlets":[\n],\n', ''), /Expected table "outlets" next in the dump, found "articles"/],
    ['a cut-short file', sample.slice(0, sample.indexOf('"claims"')), /cut short/],
    ['a stray line', sample.replace('"outlets":[\n', '"outlets":[\nDROP TABLE users;\n'), /Unexpected line in table outlets/],
    ['an unknown table', sample.replace('"users":[', '"accounts":['), /Expected table "users" next in the dump, found "accounts"/],
    ['broken JSON', '{\n"format": ', /not valid JSON/],
  ])('refuses %s', async (_name, text, message) => {
    await expect(events(text)).rejects.toThrow(message);
  });
});
