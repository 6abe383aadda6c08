// The dump file: every table Claimgrid's content lives in, as versioned JSON
//   {"format":"claimgrid-dump","version":2,"createdAt":"…","tables":{
//   "users":[
//   {…one row…},
//   {…}
//   ],
//   "outlets":[
//   …
//   ]
//   }}
// One row per line (rows are PostgreSQL's row_to_json, which never holds a raw line break),
// so a dump streams out and restores a line at a time; it is still one JSON document, and a
// copy pretty-printed by another tool is read too (whole, in memory).
//
// Versions: a later version only appends tables, so the tables of version N are the first
// DUMP_TABLES_OF_VERSION[N] of DUMP_TABLES, in the same order. A dump of an older version is
// read, and the tables it did not hold restore as empty (their rows were never written to it).
// Within its version a dump must hold every table, in order: a missing one means a damaged
// file, and it is refused.
//   1: users … revisions
//   2: + suggestion_dismissals (the evidence finder's dismissals), topic_names (display names)
export const DUMP_FORMAT = 'claimgrid-dump';
export const DUMP_VERSION = 2;

/** In restore order: a table only refers to tables before it. */
export const DUMP_TABLES = ['users', 'outlets', 'articles', 'claims', 'evidence', 'reviews', 'revisions', 'suggestion_dismissals', 'topic_names'] as const;
export type DumpTable = (typeof DUMP_TABLES)[number];

/** How many of DUMP_TABLES (from the start) each readable version holds. */
export const DUMP_TABLES_OF_VERSION: Readonly<Record<number, number>> = { 1: 7, 2: DUMP_TABLES.length };

export function dumpPreamble(createdAt: string): string {
  return `${JSON.stringify({ format: DUMP_FORMAT, version: DUMP_VERSION, createdAt }).slice(0, -1)},"tables":{\n`;
}

export function dumpTableStart(table: DumpTable, first: boolean): string {
  return `${first ? '' : ',\n'}${JSON.stringify(table)}:[\n`;
}

/** Rows as JSON texts; `continues` when rows of the same table were written before. */
export function dumpRows(rows: readonly string[], continues: boolean): string {
  return rows.length ? `${continues ? ',\n' : ''}${rows.join(',\n')}` : '';
}

export function dumpTableEnd(hadRows: boolean): string {
  return `${hadRows ? '\n' : ''}]`;
}

export const DUMP_END = '\n}}\n';

export type DumpEvent =
  | { type: 'header'; createdAt: string; version: number }
  | { type: 'table'; table: DumpTable }
  | { type: 'row'; json: string }
  | { type: 'end' };

export class DumpFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DumpFormatError';
  }
}

type Header = { createdAt: string; version: number; tables: readonly DumpTable[] };

function checkHeader(header: { format?: unknown; version?: unknown; createdAt?: unknown }): Header {
  if (header.format !== DUMP_FORMAT) throw new DumpFormatError(`Not a Claimgrid dump (format is ${JSON.stringify(header.format)}).`);
  const count = typeof header.version === 'number' && Object.hasOwn(DUMP_TABLES_OF_VERSION, header.version) ? DUMP_TABLES_OF_VERSION[header.version] : undefined;
  if (count === undefined) {
    const readable = Object.keys(DUMP_TABLES_OF_VERSION).join(', ');
    throw new DumpFormatError(`Dump version ${JSON.stringify(header.version)} is not supported; this Claimgrid reads versions ${readable}.`);
  }
  return { createdAt: typeof header.createdAt === 'string' ? header.createdAt : '', version: header.version as number, tables: DUMP_TABLES.slice(0, count) };
}

function headerEvent(header: Header): DumpEvent {
  return { type: 'header', createdAt: header.createdAt, version: header.version };
}

function checkTable(name: string, seen: DumpTable[], tables: readonly DumpTable[]): DumpTable {
  const expected = tables[seen.length];
  if (name !== expected) {
    throw new DumpFormatError(`Expected table ${JSON.stringify(expected ?? '(end)')} next in the dump, found ${JSON.stringify(name)}.`);
  }
  seen.push(expected);
  return expected;
}

function* eventsOfDocument(document: unknown): Generator<DumpEvent> {
  if (!document || typeof document !== 'object') throw new DumpFormatError('A dump is a JSON object.');
  const dump = document as { format?: unknown; version?: unknown; createdAt?: unknown; tables?: unknown };
  const header = checkHeader(dump);
  yield headerEvent(header);
  if (!dump.tables || typeof dump.tables !== 'object') throw new DumpFormatError('The dump has no "tables".');
  const seen: DumpTable[] = [];
  for (const [name, rows] of Object.entries(dump.tables)) {
    yield { type: 'table', table: checkTable(name, seen, header.tables) };
    if (!Array.isArray(rows)) throw new DumpFormatError(`Table ${name} is not an array of rows.`);
    for (const row of rows) yield { type: 'row', json: JSON.stringify(row) };
  }
  if (seen.length !== header.tables.length) throw new DumpFormatError(`The dump ends before table ${header.tables[seen.length]}.`);
  yield { type: 'end' };
}

const TABLE_START = /^"([a-z_]+)":\[$/;

/** The dump's header, tables and rows, in order; throws DumpFormatError on anything else. */
export async function* parseDumpLines(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<DumpEvent> {
  const iterator = (Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : (lines as Iterable<string>)[Symbol.iterator]()) as
    | AsyncIterator<string>
    | Iterator<string>;
  const next = async () => {
    const result = await iterator.next();
    return result.done ? null : result.value;
  };

  let first = await next();
  while (first !== null && first.trim() === '') first = await next();
  if (first === null) throw new DumpFormatError('The dump is empty.');
  if (!first.trimEnd().endsWith('"tables":{')) {
    // Not our layout (pretty-printed, minified, …): read the whole document.
    const rest: string[] = [first];
    for (let line = await next(); line !== null; line = await next()) rest.push(line);
    let document: unknown;
    try {
      document = JSON.parse(rest.join('\n'));
    } catch (error) {
      throw new DumpFormatError(`The dump is not valid JSON: ${(error as Error).message}`);
    }
    yield* eventsOfDocument(document);
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(`${first.trimEnd()}}}`);
  } catch {
    throw new DumpFormatError('The dump header is not valid JSON.');
  }
  const header = checkHeader(parsed as object);
  yield headerEvent(header);

  const seen: DumpTable[] = [];
  let inTable = false;
  let ended = false;
  for (let line = await next(); line !== null; line = await next()) {
    const text = line.trimEnd();
    if (text === '') continue;
    if (ended) throw new DumpFormatError('Text after the end of the dump.');
    if (!inTable) {
      const start = TABLE_START.exec(text);
      if (start) {
        yield { type: 'table', table: checkTable(start[1]!, seen, header.tables) };
        inTable = true;
      } else if (text === '}}') {
        ended = true;
      } else {
        throw new DumpFormatError(`Unexpected line between tables: ${text.slice(0, 80)}`);
      }
    } else if (text === ']' || text === '],') {
      inTable = false;
    } else if (text.startsWith('{')) {
      yield { type: 'row', json: text.endsWith(',') ? text.slice(0, -1) : text };
    } else {
      throw new DumpFormatError(`Unexpected line in table ${seen[seen.length - 1]}: ${text.slice(0, 80)}`);
    }
  }
  if (!ended) throw new DumpFormatError('The dump is cut short (no closing "}}").');
  if (seen.length !== header.tables.length) throw new DumpFormatError(`The dump ends before table ${header.tables[seen.length]}.`);
  yield { type: 'end' };
}
