// Indexes the articles the passage index does not cover yet (written before it existed, by a
// bulk load such as the synthetic corpus, or with an older version of the finder's indexing).
// Run at start-up, by `npm run db:migrate` and by `npm run seed:synthetic`. Articles go in
// batches, one transaction each, so a long backfill can stop and resume; the next batch is
// segmented (on worker threads when it is large) while the previous one is written.
// A build of most of the corpus (the synthetic corpus, a new PASSAGE_INDEX_VERSION) drops the
// GIN indexes over words and numbers first and builds them once at the end: GIN takes millions
// of scattered inserts badly, and one sorted build is several times faster. The indexes are
// made again by any later backfill should a build stop half-way.
// A no-op, two small queries, once everything is current.
import type { Db } from '../../db/prisma';
import { PASSAGE_INDEX_VERSION } from '../../finder/index-article';
import { createPassageRowsPool } from './compute-passage-rows';
import { indexManyArticlePassages } from './index-article-passages';
import { takeWithinChars } from '../../text/take-within-chars';

const BATCH = 250;
/**
 * ...and at most this many characters of text (at least one article). A batch's clause rows,
 * and the statement that carries them, grow with its text: 250 synthetic articles (677,000
 * characters, 63,000 clauses, 8.4 million characters of JSON) with the next batch on its way
 * outgrew the app's 320 MB heap when `npm start` indexed the 5x corpus. Long articles go in
 * smaller batches.
 */
export const BATCH_CHARS = 150_000;


/** A build is bulk (indexes dropped for it) from this many articles, when they are most of the corpus too. */
export const BULK_BUILD_ARTICLES = 2000;

/** The passage index's GIN indexes, as migrations 20261122070000 and 20261207121000 leave them. */
const SEARCH_INDEXES: readonly { name: string; create: string }[] = [
  { name: 'passages_words_idx', create: 'CREATE INDEX IF NOT EXISTS "passages_words_idx" ON "passages" USING GIN ("words") WITH (fastupdate = off)' },
  { name: 'passages_numbers_idx', create: 'CREATE INDEX IF NOT EXISTS "passages_numbers_idx" ON "passages" USING GIN ("numbers") WITH (fastupdate = off)' },
];

async function missingSearchIndexes(db: Db): Promise<typeof SEARCH_INDEXES> {
  const present = await db.$queryRaw<{ name: string }[]>`
    SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'passages'`;
  const names = new Set(present.map((r) => r.name));
  return SEARCH_INDEXES.filter((index) => !names.has(index.name));
}

async function createSearchIndexes(db: Db, indexes: typeof SEARCH_INDEXES): Promise<void> {
  for (const index of indexes) {
    await db.$transaction(
      async (tx) => {
        // the build sorts every clause's words: more memory than the default 64 MB spares it runs on disk
        await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '256MB'`);
        await tx.$executeRawUnsafe(index.create);
      },
      { timeout: 1_800_000 },
    );
  }
}

export async function backfillPassageIndex(
  db: Db,
  options: { log?: (line: string) => void; workers?: number; /** BATCH_CHARS unless given */ batchChars?: number } = {},
): Promise<{ articles: number; bulk: boolean }> {
  // a bulk build that stopped before its end left the indexes out
  const missing = await missingSearchIndexes(db);
  if (missing.length) {
    options.log?.(`passage index: making ${missing.map((m) => m.name).join(', ')} again`);
    await createSearchIndexes(db, missing);
  }
  const [{ stale, total } = { stale: 0, total: 0 }] = await db.$queryRaw<{ stale: number; total: number }[]>`
    SELECT count(*) FILTER (WHERE i."article_id" IS NULL OR i."version" < ${PASSAGE_INDEX_VERSION})::int AS stale, count(*)::int AS total
      FROM "articles" a LEFT JOIN "indexed_articles" i ON i."article_id" = a."id"`;
  if (stale === 0) return { articles: 0, bulk: false };
  const bulk = stale >= BULK_BUILD_ARTICLES && stale * 2 >= total;
  if (bulk) {
    for (const index of SEARCH_INDEXES) await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "${index.name}"`);
    options.log?.(`passage index: ${stale} of ${total} articles to index; GIN indexes dropped until the end`);
  }

  const pool = createPassageRowsPool(options.workers);
  let articles = 0;
  let afterId = 0;
  const nextBatch = async () => {
    const rows = await db.article.findMany({
      where: { id: { gt: afterId }, OR: [{ indexed: null }, { indexed: { version: { lt: PASSAGE_INDEX_VERSION } } }] },
      select: { id: true, text: true },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    if (rows.length === 0) return null;
    rows.length = takeWithinChars(rows.map((r) => r.text.length), options.batchChars ?? BATCH_CHARS);
    afterId = rows.at(-1)!.id;
    const passages = await pool.compute(rows.map((r) => r.text));
    return rows.map((r, i) => ({ articleId: r.id, rows: passages[i]! }));
  };
  try {
    let batch = await nextBatch();
    while (batch) {
      const current = batch;
      const [next] = await Promise.all([
        nextBatch(),
        db.$transaction((tx) => indexManyArticlePassages(tx, current), { timeout: 120_000 }),
      ]);
      articles += current.length;
      if (articles % 1000 < current.length) options.log?.(`passage index: ${articles} article(s) indexed`);
      batch = next;
    }
  } finally {
    await pool.close();
    if (bulk) {
      const t0 = performance.now();
      await createSearchIndexes(db, SEARCH_INDEXES);
      await db.$executeRawUnsafe('ANALYZE "passages", "passage_words"');
      options.log?.(`passage index: GIN indexes built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  return { articles, bulk };
}
