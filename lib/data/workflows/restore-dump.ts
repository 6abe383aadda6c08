// Admin write: loads a dump (lib/export/dump.ts) into an EMPTY database, in one transaction:
// a bad line, a row the constraints or the evidence anchor trigger refuse, or a database
// that already holds content leaves the database as it was. Ids are kept and each id
// sequence is moved past the highest restored id. claim_cells is rebuilt once at the end
// instead of row by row (its triggers are off inside the transaction only); every other
// trigger runs, so evidence must still anchor in its article, and revisions are inserted
// (the log stays append-only). A dump of an older format version (lib/export/dump.ts) lacks
// the tables later versions appended (version 1: suggestion_dismissals and topic_names);
// they restore as empty, and their count in the result is 0.
import type { Db } from '../../db/prisma';
import { DUMP_TABLES, parseDumpLines, type DumpTable } from '../../export/dump';
import { AppError, errorMessage } from '../../errors';
import { indexArticlePassages } from './index-article-passages';
import type { Tx } from '../writes/write-context';

export type RestoreDumpResult = { createdAt: string; version: number; rows: Record<DumpTable, number> };

/** Tables that must be empty before a restore: the dumped ones, and those holding credentials. */
const MUST_BE_EMPTY = [...DUMP_TABLES, 'accounts', 'sessions', 'api_tokens'];
const BATCH_ROWS = 500;
// Prisma's driver adapter keeps the arguments of its last 100 queries for its debug log, so a
// batch's size, times 100, is memory held until the restore ends: keep batches small.
const BATCH_CHARS = 500_000;
const RESTORE_TRANSACTION_TIMEOUT_MS = 60 * 60_000;

async function refuseUnlessEmpty(tx: Tx): Promise<void> {
  const present = await tx.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY(${MUST_BE_EMPTY})`;
  const names = new Set(present.map((t) => t.name));
  // Names from MUST_BE_EMPTY only, in its order.
  const counts = await tx.$queryRawUnsafe<{ table: string; n: bigint }[]>(
    MUST_BE_EMPTY.filter((t) => names.has(t))
      .map((t) => `SELECT '${t}' AS "table", count(*) AS n FROM "${t}"`)
      .join(' UNION ALL '),
  );
  const filled = counts.filter((c) => c.n > 0n);
  if (filled.length) {
    const list = filled.map((c) => `${c.n} ${c.table}`).join(', ');
    throw new AppError('conflict', errorMessage('dump.notEmpty', { tables: list }));
  }
}

async function insertRows(tx: Tx, table: DumpTable, rows: string[]): Promise<void> {
  if (rows.length === 0) return;
  // The table name comes from DUMP_TABLES (checked by the parser), never from the file.
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    `[${rows.join(',')}]`,
  );
}

export async function restoreDump(
  db: Db,
  lines: AsyncIterable<string> | Iterable<string>,
  options: { log?: (line: string) => void } = {},
): Promise<RestoreDumpResult> {
  const log = options.log ?? (() => {});
  return db.$transaction(
    async (tx) => {
      await refuseUnlessEmpty(tx);
      await tx.$executeRawUnsafe('ALTER TABLE "evidence" DISABLE TRIGGER "evidence_claim_cells"');
      await tx.$executeRawUnsafe('ALTER TABLE "reviews" DISABLE TRIGGER "reviews_claim_cells"');
      await tx.$executeRawUnsafe('ALTER TABLE "articles" DISABLE TRIGGER "articles_outlet_stats"');

      const rows = Object.fromEntries(DUMP_TABLES.map((t) => [t, 0])) as Record<DumpTable, number>;
      let createdAt = '';
      let version = 0;
      let table: DumpTable | null = null;
      let batch: string[] = [];
      let batchChars = 0;
      const flush = async () => {
        if (table) await insertRows(tx, table, batch);
        batch = [];
        batchChars = 0;
      };

      for await (const event of parseDumpLines(lines)) {
        if (event.type === 'header') {
          createdAt = event.createdAt;
          version = event.version;
        }
        else if (event.type === 'table') {
          await flush();
          if (table) log(`restored ${rows[table]} ${table}`);
          table = event.table;
        } else if (event.type === 'row') {
          batch.push(event.json);
          batchChars += event.json.length;
          rows[table!] += 1;
          if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) await flush();
        } else {
          await flush();
          if (table) log(`restored ${rows[table]} ${table}`);
        }
      }

      await tx.$executeRawUnsafe('ALTER TABLE "evidence" ENABLE TRIGGER "evidence_claim_cells"');
      await tx.$executeRawUnsafe('ALTER TABLE "reviews" ENABLE TRIGGER "reviews_claim_cells"');
      await tx.$executeRawUnsafe('ALTER TABLE "articles" ENABLE TRIGGER "articles_outlet_stats"');
      await tx.$executeRawUnsafe('SELECT rebuild_claim_cells()');
      await tx.$executeRawUnsafe('SELECT rebuild_outlet_stats()');
      // The passage index is derived, not dumped: rebuild it for the restored articles here.
      const restored = await tx.article.findMany({ select: { id: true, text: true }, orderBy: { id: 'asc' } });
      for (const article of restored) await indexArticlePassages(tx, article.id, article.text);
      if (restored.length) log(`indexed passages of ${restored.length} articles`);
      for (const t of DUMP_TABLES) {
        await tx.$queryRawUnsafe(
          `SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), COALESCE(max(id), 1), max(id) IS NOT NULL) FROM "${t}"`,
        );
      }
      return { createdAt, version, rows };
    },
    { timeout: RESTORE_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}
