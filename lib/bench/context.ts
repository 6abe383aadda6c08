// What the bench's operations run against: the synthetic database (npm run seed:synthetic) and
// what it reads from it once before timing anything (the newest page of claims, samples of
// published claims and articles, the most cited claim, the biggest and smallest outlet, the
// search queries and bodies to import).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/prisma';
import { countCorpus, type CorpusCounts } from '../synthetic/load-corpus';
import { createRng } from '../synthetic/prng';
import { openSyntheticDatabase, syntheticDataDir, type SyntheticDatabase } from '../synthetic/synthetic-database';
import { chooseSearchQueries, type SearchQuery } from './search-queries';

export type BenchContext = {
  databaseUrl: string;
  articleCount: number;
  db: Db;
  pool: pg.Pool;
  /** 50 newest published claims, newest first */
  pageIds: number[];
  publishedIds: number[];
  mostCitedClaimId: number;
  articleIds: number[];
  bigOutlet: string;
  smallOutlet: string;
  /** vocabulary words, from very common to rarer */
  words: string[];
  /** search queries by length and by how often they occur (lib/bench/search-queries.ts) */
  searchQueries: SearchQuery[];
  /** three-character person names: each occurs in a handful of articles */
  rareWords: string[];
  /** an editor, for the evidence finder (editors only); not a stored user */
  editor: Actor;
  /** synthetic article texts not in the corpus, for timing an import with its indexing */
  importTexts: string[];
};

const SEED_MESSAGE = 'the synthetic database is empty: run npm run seed:synthetic first';

/** The evidence finder answers editors only: the bench asks as this one (not a stored user). */
export const BENCH_EDITOR: Actor = { userId: 0, email: 'bench@example.org', name: 'Bench', role: 'editor', disabled: false };

/** The synthetic database: `databaseUrl`, else the embedded one, which must have been seeded. */
export async function openBenchDatabase(databaseUrl: string | undefined): Promise<SyntheticDatabase> {
  if (!databaseUrl && !existsSync(path.join(syntheticDataDir(), 'PG_VERSION'))) throw new Error(SEED_MESSAGE);
  return openSyntheticDatabase({ databaseUrl });
}

/** Reads what the operations need; `seed` makes the samples of claims and articles repeatable. */
export async function loadContext(databaseUrl: string, db: Db, pool: pg.Pool, seed: number): Promise<{ ctx: BenchContext; counts: CorpusCounts }> {
  const client = await pool.connect();
  let counts: CorpusCounts;
  try {
    counts = await countCorpus(client);
  } catch (error) {
    throw new Error(`${SEED_MESSAGE} (${(error as Error).message})`);
  } finally {
    client.release();
  }
  if (counts.claims === 0 || counts.articles === 0) throw new Error(SEED_MESSAGE);

  const rng = createRng(seed, 'bench');
  const sample = <T>(items: T[], n: number) => Array.from({ length: Math.min(n, items.length) }, () => rng.pick(items));
  const [page, published, articles, mostCited, outlets, importTexts] = await Promise.all([
    pool.query<{ id: number }>(`SELECT id FROM claims WHERE status = 'published' ORDER BY created_at DESC, id DESC LIMIT 50`),
    pool.query<{ id: number }>(`SELECT id FROM claims WHERE status = 'published'`),
    pool.query<{ id: number }>(`SELECT id FROM articles`),
    pool.query<{ claim_id: number }>(
      `SELECT e.claim_id FROM evidence e JOIN claims c ON c.id = e.claim_id AND c.status = 'published' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    ),
    pool.query<{ slug: string; n: number }>(
      `SELECT o.slug, count(a.id)::int AS n FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id GROUP BY o.slug ORDER BY n DESC, o.slug`,
    ),
    // bodies of the corpus' kind for the import operation (made unique when imported)
    pool.query<{ text: string }>(`SELECT text FROM articles ORDER BY id LIMIT 20`),
  ]);
  const searchQueries = chooseSearchQueries();
  // 2- to 4-character words of the synthetic vocabulary, from its most common (合作) to rarer ones
  const words = ['合作', '供应链', '稀土', '养老金', '东京', '伙伴关系', '汇率', '芯片', '边境', '人工智能'];
  return {
    counts,
    ctx: {
      databaseUrl,
      articleCount: counts.articles,
      db,
      pool,
      pageIds: page.rows.map((r) => r.id),
      publishedIds: sample(published.rows.map((r) => r.id), 200),
      articleIds: sample(articles.rows.map((r) => r.id), 200),
      mostCitedClaimId: mostCited.rows[0]?.claim_id ?? page.rows[0]!.id,
      bigOutlet: outlets.rows[0]!.slug,
      smallOutlet: outlets.rows.at(-1)!.slug,
      words,
      searchQueries,
      rareWords: searchQueries.find((q) => q.length === '3+' && q.kind === 'rare')!.queries,
      editor: BENCH_EDITOR,
      importTexts: importTexts.rows.map((r) => r.text),
    },
  };
}
