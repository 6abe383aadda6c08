// Admin read: the whole content of the database as a dump (lib/export/dump.ts): users
// (without sessions, accounts or password hashes), outlets, articles (with the original
// source), claims, evidence, reviews, revisions, the evidence finder's dismissals and the
// topics' display names, each table in id order. Everything is
// read in one REPEATABLE READ, READ ONLY transaction, so the dump is one consistent
// snapshot however long the client takes to read it. Rows are PostgreSQL's own row_to_json
// (with the time zone pinned to UTC), which restore-dump.ts feeds back through
// json_populate_recordset: every column survives exactly, and the text is stable.
// What stays out is TABLES_NOT_DUMPED, each with its reason. The rule: everything people
// wrote (content, decisions, names) is dumped, so a round trip loses nothing; left out are
// only tables derived from what is dumped (rebuilt by the restore), transient counters and
// sign-in state, and credentials (a dump is a download and carries no secret; after a restore
// admins set passwords and issue API tokens anew).
import type { Db } from '../../db/prisma';
import { DUMP_END, DUMP_TABLES, dumpPreamble, dumpRows, dumpTableEnd, dumpTableStart } from '../../export/dump';
import type { Tx } from '../writes/write-context';

/**
 * Every other table, and why it stays out (a test fails when a new table is in neither list).
 * A table holding anything people wrote belongs in DUMP_TABLES (appended, with a new dump
 * version: lib/export/dump.ts), never here.
 */
export const TABLES_NOT_DUMPED: Record<string, string> = {
  // Derived: rebuilt by the restore from the dumped tables.
  claim_cells: 'derived from claims, evidence and reviews; rebuilt on restore',
  outlet_cell_totals: 'derived from claim_cells; rebuild_claim_cells() on restore rebuilds it',
  claim_table_version: 'a cache key kept by triggers; rebuild_claim_cells() on restore moves it on',
  passages: 'the passage index, derived from article text; rebuilt on restore',
  passage_words: 'word statistics of the passage index; rebuilt on restore',
  indexed_articles: 'which articles the passage index covers; rebuilt on restore',
  // Transient sign-in state: worthless in another database, and secret while it lives.
  sessions: 'sign-in secrets; everyone signs in again after a restore',
  verifications: 'one-time sign-in values',
  rate_limits: 'transient sign-in counters',
  sign_in_failures: 'transient per-account sign-in counters',
  // Credentials: a dump is a download and carries no secret.
  accounts: 'password hashes; passwords are set after a restore (npm run users -- password)',
  api_tokens: 'credentials (token hashes); tokens are issued anew after a restore',
  _prisma_migrations: 'written by the migrator, which runs before a restore',
};

export const DUMP_BATCH_ROWS = 500;
/** A dump over a slow connection may take a while; the snapshot is held that long. */
const DUMP_TRANSACTION_TIMEOUT_MS = 60 * 60_000;

class ReaderGone extends Error {}

/**
 * Runs `body` in a read-only snapshot transaction and yields what it emits, one chunk ahead
 * of the reader at most. If the reader stops early, the next emit throws and the transaction
 * ends.
 */
async function* readInSnapshot(db: Db, body: (tx: Tx, emit: (chunk: string) => Promise<void>) => Promise<void>): AsyncGenerator<string> {
  const queue: string[] = [];
  // Held in an object: TypeScript does not see the callbacks assign them.
  const wake: { reader: (() => void) | null; writer: (() => void) | null } = { reader: null, writer: null };
  let finished = false;
  let failure: unknown = null;
  let readerGone = false;

  const emit = async (chunk: string) => {
    if (readerGone) throw new ReaderGone();
    queue.push(chunk);
    wake.reader?.();
    await new Promise<void>((resolve) => (wake.writer = resolve));
    if (readerGone) throw new ReaderGone();
  };
  const run = db
    .$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('SET TRANSACTION READ ONLY');
        // The text of a row must not depend on the server's settings: times in UTC, and
        // floats in their shortest exact form (extra_float_digits <= 0 would round them).
        await tx.$executeRawUnsafe("SET LOCAL TIME ZONE 'UTC'");
        await tx.$executeRawUnsafe('SET LOCAL extra_float_digits = 3');
        await body(tx, emit);
      },
      { isolationLevel: 'RepeatableRead', timeout: DUMP_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    )
    .then(
      () => undefined,
      (error: unknown) => {
        if (!(error instanceof ReaderGone)) failure = error;
      },
    )
    .finally(() => {
      finished = true;
      wake.reader?.();
    });

  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk !== undefined) {
        // Let the writer fetch the next batch while this one goes out.
        wake.writer?.();
        wake.writer = null;
        yield chunk;
        continue;
      }
      if (finished) {
        if (failure) throw failure;
        return;
      }
      await new Promise<void>((resolve) => (wake.reader = resolve));
      wake.reader = null;
    }
  } finally {
    readerGone = true;
    wake.writer?.();
    await run;
  }
}

export type DumpDatabaseOptions = { createdAt?: Date; batchRows?: number };

export function dumpDatabase(db: Db, options: DumpDatabaseOptions = {}): AsyncGenerator<string> {
  const batchRows = options.batchRows ?? DUMP_BATCH_ROWS;
  const createdAt = (options.createdAt ?? new Date()).toISOString();
  return readInSnapshot(db, async (tx, emit) => {
    await emit(dumpPreamble(createdAt));
    for (const [index, table] of DUMP_TABLES.entries()) {
      await emit(dumpTableStart(table, index === 0));
      let after = '0';
      let written = 0;
      for (;;) {
        // Table names come from DUMP_TABLES, never from input.
        const rows = await tx.$queryRawUnsafe<{ id: string; row: string }[]>(
          `SELECT t.id::text AS id, row_to_json(t)::text AS row
             FROM (SELECT * FROM "${table}" WHERE id > $1::bigint ORDER BY id LIMIT ${batchRows}) t
            ORDER BY t.id`,
          after,
        );
        if (rows.length === 0) break;
        await emit(dumpRows(rows.map((r) => r.row), written > 0));
        written += rows.length;
        after = rows[rows.length - 1]!.id;
        if (rows.length < batchRows) break;
      }
      await emit(dumpTableEnd(written > 0));
    }
    await emit(DUMP_END);
  });
}
