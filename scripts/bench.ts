// `npm run bench [-- --runs 50 --warmup 5 --database-url URL --only substring --max-seconds 120
//  --skip-export --skip-seed-corpus --skip-finder --soak-laps 4 --soak-concurrency 100 --http http://127.0.0.1:3000 --server-pid PID | --serve [--app-dir DIR]
//  --lighthouse | --lighthouse-only [--lighthouse-runs 3]]`
// Times the claim table, claim/outlet/article pages, history, search and the evidence finder
// against the synthetic corpus (npm run seed:synthetic), the finder also on the seed corpus
// (a scratch database of its own), and optionally a production server over HTTP: one already
// running on this machine (--http, with --server-pid to watch its memory), or the app's own
// server (scripts/start.ts, as `npm start` runs it; it builds first when the build in DIR/.next
// is stale) that the bench starts on the synthetic database (--serve) and stops at the end.
// --lighthouse adds a Lighthouse pass (mobile preset) over `/`, a claim page and an article
// page of the app's own server on the synthetic corpus and on the seed corpus
// (lib/bench/run-lighthouse.ts), each page --lighthouse-runs times (default 3) keeping its median
// run; --lighthouse-only runs just that.
// Operations are a plain list of { name, run }: add one to `buildOperations` (or to
// `buildHttpOperations`) to measure it. Every operation gets warm-up runs, then timed runs, and
// reports median / p95 / min / max (and the bench process's CPU per run: PostgreSQL's is not in
// it) next to its target, if it has one (lib/bench/stats.ts, lib/bench/report.ts). Over HTTP,
// more untimed laps over the same pages (--soak-laps, 0 to skip) show whether the server's
// memory stays flat.
import { benchExport } from '../lib/bench/csv-export';
import { readRssMb } from '../lib/runtime/process-info';
import { judgeMemoryTrend, judgeSoak } from '../lib/bench/memory-trend';
import { cycle, selectOperations, type Operation } from '../lib/bench/operation';
import { measure, runOperations } from '../lib/bench/run-operations';
import { p95Below } from '../lib/bench/stats';
import { chooseSearchQueries, type SearchQuery } from '../lib/bench/search-queries';
import { parseBenchOptions } from '../lib/bench/options';
import { startBenchServer, type BenchServer } from '../lib/bench/bench-server';
import { runLighthouse, type LighthousePage } from '../lib/bench/run-lighthouse';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEFAULT_TABLE_QUERY, type ClaimTableQuery } from '../lib/claims/table-query';
import type { Actor } from '../lib/auth/actor';
import { findArticleSuggestions } from '../lib/data/reads/find-article-suggestions';
import { findClaimSuggestions, findManyClaimSuggestions } from '../lib/data/reads/find-claim-suggestions';
import { findClaimHistory } from '../lib/data/reads/find-claim-history';
import { clearViewCache, findClaimTable } from '../lib/data/claim-table';
import { importArticle, prepareArticleImport } from '../lib/data/workflows/import-article';
import type { ParsedArticle } from '../lib/importer';
import { getOutletRecord } from '../lib/data/reads/get-outlet-record';
import { searchEverything } from '../lib/data/reads/search-everything';
import { findClaims } from '../lib/data/claim-table';
import { getArticle } from '../lib/data/reads/get-article';
import { getClaim } from '../lib/data/reads/get-claim';
import { searchClaims } from '../lib/data/reads/search-claims';
import { foldForSearch } from '../lib/text/fold-for-search';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres';
import { migrateDatabase } from '../lib/db/migrate';
import { seedCorpus } from '../lib/data/workflows/seed-corpus';
import { createPrisma, type Db } from '../lib/db/prisma';
import { countCorpus, type CorpusCounts } from '../lib/synthetic/load-corpus';
import { createRng } from '../lib/synthetic/prng';
import { openSyntheticDatabase, redactUrl, syntheticDataDir, type SyntheticDatabase } from '../lib/synthetic/synthetic-database';

// --- options ------------------------------------------------------------------------------

const options = parseBenchOptions(process.argv.slice(2), process.env);
const { runs: RUNS, warmup: WARMUP, maxSeconds: MAX_SECONDS, soakLaps: SOAK_LAPS, soakConcurrency: SOAK_CONCURRENCY, concurrency: CONCURRENCY } = options;
const settings = { runs: RUNS, warmup: WARMUP, maxSeconds: MAX_SECONDS, only: options.only };
let HTTP_BASE = options.http;
let SERVER_PID = options.serverPid;
const SEED_MESSAGE = 'the synthetic database is empty: run npm run seed:synthetic first';

// --- operations -----------------------------------------------------------------------------

type Context = {
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

/**
 * The claim table's first page (50 newest published claims, every outlet) through the app's
 * data layer. The ONE place to change when the data function changes.
 */
async function loadClaimTablePage(ctx: Context) {
  // As the claim table page asks for its rows (the grid's cell detail); its per-outlet totals
  // are a separate query, timed as 'claim table totals'.
  return findClaimTable(ctx.db, { ...DEFAULT_TABLE_QUERY, page: 1 }, {}, { detail: 'table', totals: false });
}

/**
 * The floor: one hand-written query for the first page of the claim table: the 50 newest
 * published claims with the cell of every outlet that is not unchecked (states / contradicts /
 * mixed / omits from claim_cells; predates when there is no evidence and all the outlet's
 * coverage is older than the claim's as-of date; an outlet missing from `cells` is unchecked)
 * and the first quote of each cell (oldest article first, then offset, as the app orders evidence).
 * MATERIALIZED keeps PostgreSQL from re-running the per-outlet max() once per cell; grouping
 * once instead of a subquery per claim saves rebuilding the quote hash 50 times.
 */
const CLAIM_TABLE_FLOOR_SQL = `
WITH page AS MATERIALIZED (
  SELECT id, text, gloss, topics, kind, value, comparator, unit, as_of, status, version, created_at, updated_at
    FROM claims
   WHERE status = 'published'
   ORDER BY created_at DESC, id DESC
   LIMIT 50
), outlet_latest AS MATERIALIZED (
  SELECT o.id, o.slug, (SELECT max(a.published_at) FROM articles a WHERE a.outlet_id = o.id) AS latest
    FROM outlets o
), first_quote AS (
  SELECT DISTINCT ON (e.claim_id, a.outlet_id)
         e.claim_id, a.outlet_id, e.id, e.article_id, e.stance, e.exact, e.prefix, e.suffix, e.start, e."end"
    FROM evidence e
    JOIN articles a ON a.id = e.article_id
   WHERE e.claim_id IN (SELECT id FROM page)
   ORDER BY e.claim_id, a.outlet_id, a.published_at, e.article_id, e.start, e.id
), cells AS (
  SELECT cc.claim_id, cc.outlet_id, cc.stance FROM claim_cells cc WHERE cc.claim_id IN (SELECT id FROM page)
  UNION ALL
  SELECT p.id, ol.id, 'omits'
    FROM page p JOIN outlet_latest ol ON p.as_of IS NOT NULL AND ol.latest < p.as_of
   WHERE NOT EXISTS (SELECT 1 FROM claim_cells cc WHERE cc.claim_id = p.id AND cc.outlet_id = ol.id)
), grid AS (
  SELECT x.claim_id,
         json_object_agg(o.slug, json_build_object(
           'stance', CASE WHEN x.stance = 'omits' AND p.as_of IS NOT NULL AND o.latest < p.as_of THEN 'predates' ELSE x.stance END,
           'quote', CASE WHEN q.id IS NULL THEN NULL ELSE json_build_object(
             'id', q.id, 'articleId', q.article_id, 'stance', q.stance, 'exact', q.exact,
             'prefix', q.prefix, 'suffix', q.suffix, 'start', q.start, 'end', q."end") END)) AS cells
    FROM cells x
    JOIN page p ON p.id = x.claim_id
    JOIN outlet_latest o ON o.id = x.outlet_id
    LEFT JOIN first_quote q ON q.claim_id = x.claim_id AND q.outlet_id = x.outlet_id
   GROUP BY x.claim_id
)
SELECT p.*, g.cells
  FROM page p LEFT JOIN grid g ON g.claim_id = p.id
 ORDER BY p.created_at DESC, p.id DESC`;

type FloorRow = { id: number; cells: Record<string, { stance: string; quote: { exact: string } | null }> | null };

const SEARCH_CLAIMS_SQL = `SELECT id, text, status FROM claims WHERE search_text ILIKE '%' || $1 || '%' LIMIT 20`;
const SEARCH_ARTICLES_SQL = `
  SELECT id, title,
         substr(text, greatest(strpos(search_text, $1) - 30, 1), 60 + char_length($1)) AS passage
    FROM articles
   WHERE search_text ILIKE '%' || $1 || '%'
   LIMIT 20`;

function buildOperations(ctx: Context): Operation[] {
  const anyPublished = cycle(ctx.publishedIds);
  const anyArticle = cycle(ctx.articleIds);
  const words = cycle(ctx.words);
  const rareWords = cycle(ctx.rareWords);
  const tableQuery = (overrides: Partial<ClaimTableQuery>): ClaimTableQuery => ({ ...DEFAULT_TABLE_QUERY, ...overrides });
  const searchOp = (name: string, query: () => string): Operation => ({
    name,
    run: () => searchEverything(ctx.db, { query: query() }),
    target: p95Below(100),
  });
  const filtered = (name: string, overrides: Partial<ClaimTableQuery>, target = 300): Operation => ({
    name: `filtered view: ${name}`,
    run: () => findClaimTable(ctx.db, tableQuery(overrides), {}, { detail: 'table' }),
    target: p95Below(target),
  });

  return [
    { name: 'claim table floor (SQL)', run: () => ctx.pool.query(CLAIM_TABLE_FLOOR_SQL) },
    {
      name: 'claim table (data function)',
      run: () => loadClaimTablePage(ctx),
      target: (stats, all) => {
        const floor = all.get('claim table floor (SQL)');
        const ratio = floor ? stats.p95 / floor.p95 : Number.NaN;
        return {
          ok: stats.p95 < 100 && ratio <= 1.5,
          text: `p95 < 100 ms, ≤ 1.5× floor (${Number.isFinite(ratio) ? ratio.toFixed(1) : '?'}×)`,
        };
      },
    },
    // The count and totals of a view are computed once per view and data version: 'totals'
    // is every visit after the first, 'uncached' the first visit after a write.
    {
      name: 'claim table totals',
      run: () => findClaimTable(ctx.db, tableQuery({ page: 1, pageSize: 1 }), {}, { detail: 'table' }),
      target: p95Below(150),
    },
    {
      name: 'claim table totals, uncached (first visit after a write)',
      run: () => {
        clearViewCache(ctx.db);
        return findClaimTable(ctx.db, tableQuery({ page: 1, pageSize: 1 }), {}, { detail: 'table' });
      },
    },
    {
      name: 'claim table page (rows + totals)',
      run: () => findClaimTable(ctx.db, tableQuery({ page: 1 }), {}, { detail: 'table' }),
      target: p95Below(200),
    },
    {
      // what GET /api/v1/claims asks for: 100 claims with every quote and review, no totals
      name: 'API claim list (findClaimTable, full rows, 100)',
      run: () => findClaimTable(ctx.db, tableQuery({ page: 1, pageSize: 100 }), {}, { totals: false }),
      target: p95Below(200),
    },
    {
      name: 'next page after one shown (page 2 by sort key)',
      run: async () => {
        await findClaimTable(ctx.db, tableQuery({ page: 1, sort: 'coverage' }), {}, { detail: 'table', totals: false });
        return findClaimTable(ctx.db, tableQuery({ page: 2, sort: 'coverage' }), {}, { detail: 'table' });
      },
    },
    { name: 'claim rows of page (findClaims ids)', run: () => findClaims(ctx.db, { ids: ctx.pageIds }) },
    filtered('omitted by outlet-003', { stance: 'omits', outlet: 'outlet-003' }, 100),
    filtered('contested, sort contested', { contested: true, sort: 'contested' }, 200),
    // as the page asks for it: no columns chosen, the 12 outlets that publish most (the ops
    // above show every outlet: 50 x 200 cells at 5x, each with its first quote)
    {
      name: 'filtered view: contested, sort contested, as the page (12 columns)',
      run: () => findClaimTable(ctx.db, tableQuery({ contested: true, sort: 'contested' }), {}, { detail: 'table', maxDefaultColumns: 12 }),
      target: p95Below(200),
    },
    {
      name: 'filtered view: topic trade, sort coverage, as the page (12 columns)',
      run: () => findClaimTable(ctx.db, tableQuery({ topic: 'trade', sort: 'coverage' }), {}, { detail: 'table', maxDefaultColumns: 12 }),
      target: p95Below(200),
    },
    filtered('topic trade, sort coverage', { topic: 'trade', sort: 'coverage' }, 200),
    filtered('text 合作', { q: '合作' }),
    filtered('page 100', { page: 100 }, 200),
    filtered('5 columns', { cols: ['outlet-001', 'outlet-002', 'outlet-003', 'outlet-050', 'outlet-100'] }),
    { name: 'claim page (getClaim, random)', run: () => getClaim(ctx.db, anyPublished()), target: p95Below(100) },
    { name: 'claim page (getClaim, most cited)', run: () => getClaim(ctx.db, ctx.mostCitedClaimId), target: p95Below(100) },
    {
      name: `outlet page (${ctx.bigOutlet}, biggest)`,
      run: () => getOutletRecord(ctx.db, ctx.bigOutlet),
      target: p95Below(100),
    },
    {
      name: `outlet page (${ctx.smallOutlet}, smallest)`,
      run: () => getOutletRecord(ctx.db, ctx.smallOutlet),
      target: p95Below(100),
    },
    { name: 'article page (getArticle, random)', run: () => getArticle(ctx.db, anyArticle()), target: p95Below(100) },
    { name: 'claim history (findClaimHistory)', run: () => findClaimHistory(ctx.db, anyPublished()) },
    // References, not the app's search: unordered first matches straight from SQL. The 2-character
    // one reads every article body (trigrams need 3 characters), which the app avoids.
    { name: 'search claims (SQL reference)', run: () => ctx.pool.query(SEARCH_CLAIMS_SQL, [words()]) },
    { name: 'search articles (SQL reference)', run: () => ctx.pool.query(SEARCH_ARTICLES_SQL, [words()]) },
    { name: 'search articles, rare name (SQL reference)', run: () => ctx.pool.query(SEARCH_ARTICLES_SQL, [rareWords()]) },
    { name: 'search articles, 2-char no hit (SQL reference)', run: () => ctx.pool.query(SEARCH_ARTICLES_SQL, ['鑫淼']) },
    { name: 'search claims (searchClaims)', run: () => searchClaims(ctx.db, { query: words() }), target: p95Below(200) },
    // the search box (claims and articles, 20 of each) for every query length, common words,
    // rare names and misses: issue 15's target is p95 < 100 ms for all of them
    ...ctx.searchQueries.map((q) => searchOp(`search ${q.length}-char ${q.kind} (${q.queries.slice(0, 2).join(' ')}…)`, cycle(q.queries))),
    ...(options.skipFinder ? [] : finderOperations(ctx)),
  ];
}

/** A parsed article as the importer hands it to importArticle (a synthetic body of the corpus' kind). */
function parseBenchArticle(outlet: string, n: number, text: string): ParsedArticle {
  return {
    title: `基准导入 ${n}`,
    // an existing outlet: the import only looks it up
    outlet: { slug: outlet, name: outlet, homepage: `https://${outlet}.example`, language: 'zh-Hans' },
    url: null,
    author: null,
    publishedAt: new Date(),
    publishedAtEvidence: { source: 'bench', precision: 'second', estimated: false },
    language: 'zh-Hans',
    text,
    format: 'text',
  };
}

/** The ids of the articles the import operation added, removed again at the end of the bench. */
const importedArticleIds: number[] = [];

/** The evidence finder (issue 12): suggestions per claim and per article, and an import with its indexing. */
function finderOperations(ctx: Context): Operation[] {
  const anyPublished = cycle(ctx.publishedIds);
  const anyArticle = cycle(ctx.articleIds);
  const texts = cycle(ctx.importTexts);
  let imported = 0;
  return [
    {
      name: 'finder: claim suggestions, all outlets (findClaimSuggestions)',
      run: () => findClaimSuggestions(ctx.db, { actor: ctx.editor, claimId: anyPublished(), limit: 5 }),
      target: p95Below(200),
    },
    {
      name: 'finder: claim suggestions, one outlet',
      run: () => findClaimSuggestions(ctx.db, { actor: ctx.editor, claimId: anyPublished(), outlet: ctx.bigOutlet, limit: 5 }),
    },
    {
      name: "finder: an article's claim matches (findArticleSuggestions)",
      run: () => findArticleSuggestions(ctx.db, { actor: ctx.editor, articleId: anyArticle() }),
      target: p95Below(300),
    },
    {
      // as the importer does it: segmenting before the transaction, then the article and its index rows
      name: 'finder: import one article with its indexing (importArticle)',
      run: async () => {
        const n = ++imported;
        const text = `${texts()}\n\n（基准导入 ${process.pid}-${Date.now()}-${n}）`;
        const source = `title: 基准导入 ${n}\noutlet: ${ctx.bigOutlet}\n\n${text}`;
        const prepared = prepareArticleImport({ parsed: parseBenchArticle(ctx.bigOutlet, n, text), source, filename: `bench-${n}.txt` });
        const result = await importArticle(ctx.db, prepared);
        importedArticleIds.push(result.articleId);
      },
      target: p95Below(1000),
    },
  ];
}


// --- HTTP -----------------------------------------------------------------------------------

/** Largest response body per HTTP operation, in bytes. */
const responseBytes = new Map<string, number>();

function buildHttpOperations(base: URL, ctx: Context): Operation[] {
  const get = (pathFor: () => string) => async () => {
    const target = pathFor();
    const response = await fetch(new URL(target, base), { signal: AbortSignal.timeout(60_000), redirect: 'manual' });
    const body = await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`HTTP ${response.status} for ${target}`);
    return body.byteLength;
  };
  const anyPublished = cycle(ctx.publishedIds);
  const anyArticle = cycle(ctx.articleIds);
  const words = cycle(ctx.words);
  const rareNames = cycle(ctx.searchQueries.find((q) => q.length === '2' && q.kind === 'rare')!.queries);
  const page = p95Below(300);
  const sized = (op: Operation): Operation => ({
    ...op,
    run: async () => {
      const bytes = (await op.run()) as number;
      responseBytes.set(op.name, Math.max(responseBytes.get(op.name) ?? 0, bytes));
      return bytes;
    },
  });
  return [
    { name: 'GET /', run: get(() => '/'), target: page },
    { name: 'GET /?sort=contested&page=2', run: get(() => '/?sort=contested&page=2'), target: page },
    { name: 'GET /claims/<id>', run: get(() => `/claims/${anyPublished()}`), target: page },
    { name: `GET /outlets/${ctx.bigOutlet}`, run: get(() => `/outlets/${ctx.bigOutlet}`), target: page },
    { name: 'GET /articles/<id>', run: get(() => `/articles/${anyArticle()}`), target: page },
    { name: 'GET /articles?page=100', run: get(() => '/articles?page=100'), target: page },
    { name: 'GET /search?q=<word>', run: get(() => `/search?q=${encodeURIComponent(words())}`), target: page },
    { name: 'GET /search?q=<rare name>', run: get(() => `/search?q=${encodeURIComponent(rareNames())}`), target: page },
    { name: 'GET /search?q=<2-char word, no hit>', run: get(() => `/search?q=${encodeURIComponent('鑫淼')}`), target: page },
    { name: 'GET /api/v1/claims?page=1', run: get(() => '/api/v1/claims?page=1'), target: page },
    { name: 'GET /api/v1/claims/<id>', run: get(() => `/api/v1/claims/${anyPublished()}`), target: page },
    { name: 'GET /api/v1/outlets', run: get(() => '/api/v1/outlets'), target: page },
  ].map(sized);
}


/**
 * The Lighthouse pass: `/`, a claim page and an article page of the app's own server, on the
 * synthetic corpus (`server`) and on the seed corpus (a server of its own on a scratch folder).
 */
async function lighthousePass(ctx: Context, server: BenchServer | undefined): Promise<void> {
  const appDir = options.appDir;
  const synthetic = server ?? (await startBenchServer({ appDir, databaseUrl: ctx.databaseUrl, label: 'app, synthetic corpus' }));
  try {
    const pages: LighthousePage[] = [
      { name: 'synthetic: /', path: '/' },
      { name: 'synthetic: claim page (most cited)', path: `/claims/${ctx.mostCitedClaimId}` },
      { name: 'synthetic: article page', path: `/articles/${ctx.articleIds[0]}` },
    ];
    console.log(`\nLighthouse (mobile preset) on the synthetic corpus, load average ${loadAverage()}:`);
    await runLighthouse('Lighthouse, synthetic corpus (mobile preset, first visit)', synthetic.base, pages, options.lighthouseRuns);
  } finally {
    if (!server) await synthetic.stop();
  }
  const seed = await startBenchServer({ appDir, label: 'app, seed corpus' });
  try {
    // a claim with quotes, and one of its articles
    const list = (await (await fetch(`${seed.base}/api/v1/claims?page=1`)).json()) as { claims?: { id: number }[] };
    const claimId = list.claims?.[0]?.id;
    if (claimId === undefined) throw new Error('the seed corpus server lists no claims');
    const claimHtml = await (await fetch(`${seed.base}/claims/${claimId}`)).text();
    const articleId = /href="\/articles\/(\d+)/.exec(claimHtml)?.[1] ?? '1';
    console.log(`\nLighthouse (mobile preset) on the seed corpus, load average ${loadAverage()}:`);
    await runLighthouse('Lighthouse, seed corpus (mobile preset, first visit)', seed.base, [
      { name: 'seed: /', path: '/' },
      { name: `seed: claim page`, path: `/claims/${claimId}` },
      { name: `seed: article page`, path: `/articles/${articleId}` },
    ], options.lighthouseRuns);
  } finally {
    await seed.stop();
  }
}

// --- measuring ------------------------------------------------------------------------------

const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(' / ');

// --- setup ----------------------------------------------------------------------------------

async function openDatabase(): Promise<SyntheticDatabase> {
  const configured = options.databaseUrl;
  if (!configured && !existsSync(path.join(syntheticDataDir(), 'PG_VERSION'))) throw new Error(SEED_MESSAGE);
  return openSyntheticDatabase({ databaseUrl: configured });
}

async function loadContext(databaseUrl: string, db: Db, pool: pg.Pool): Promise<{ ctx: Context; counts: CorpusCounts }> {
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

  const rng = createRng(options.seed, 'bench');
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
      editor: { userId: 0, email: 'bench@example.org', name: 'Bench', role: 'editor', disabled: false },
      importTexts: importTexts.rows.map((r) => r.text),
    },
  };
}

/**
 * The evidence finder on the seed corpus, in a scratch embedded database (deleted afterwards):
 * what the editor's pages ask of it. The claim page asks for every unsettled outlet of a claim,
 * the review queue for every claim; on a small corpus the fixed costs per call decide.
 */
async function benchFinderOnSeedCorpus(): Promise<void> {
  const server = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `claimgrid-bench-seed-${randomBytes(4).toString('hex')}`),
    database: 'claimgrid_bench_seed',
    ephemeral: true,
  });
  const db = createPrisma(server.url);
  try {
    await migrateDatabase(server.url);
    await seedCorpus(db);
    const claims = (await db.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
    const articles = (await db.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
    const outlets = (await db.outlet.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } })).map((o) => o.slug);
    console.log(`\nevidence finder on the seed corpus (${articles.length} articles, ${outlets.length} outlets, ${claims.length} claims):`);
    const editor: Actor = { userId: 0, email: 'bench@example.org', name: 'Bench', role: 'editor', disabled: false };
    const anyClaim = cycle(claims);
    const anyArticle = cycle(articles);
    const ops: Operation[] = [
      {
        name: 'finder (seed corpus): claim suggestions, all outlets (one call)',
        run: () => findClaimSuggestions(db, { actor: editor, claimId: anyClaim(), limit: 5 }),
        target: p95Below(200),
      },
      {
        name: `finder (seed corpus): claim page, one call per outlet (${outlets.length} calls)`,
        run: async () => {
          const claimId = anyClaim();
          for (const outlet of outlets) await findClaimSuggestions(db, { actor: editor, claimId, outlet, limit: 5 });
        },
      },
      {
        // as the review queue asks (findReviewQueue): one call for the claims of its page
        name: `finder (seed corpus): review queue, every claim (one call for ${claims.length})`,
        run: () => findManyClaimSuggestions(db, { actor: editor, claimIds: claims, limit: 1 }),
      },
      {
        name: "finder (seed corpus): an article's claim matches",
        run: () => findArticleSuggestions(db, { actor: editor, articleId: anyArticle() }),
        target: p95Below(300),
      },
    ];
    await runOperations('evidence finder on the seed corpus', ops, settings, 1);
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}

/** Takes the import operation's articles out again, with their words in the passage statistics. */
async function removeImportedArticles(pool: pg.Pool): Promise<void> {
  if (importedArticleIds.length === 0) return;
  const ids = importedArticleIds.splice(0);
  await pool.query(
    `UPDATE passage_words w SET articles = w.articles - old.n
       FROM (SELECT word, count(DISTINCT p.article_id)::int AS n FROM passages p, unnest(p.words) AS word
              WHERE p.article_id = ANY($1::int[]) GROUP BY word) old
      WHERE w.word = old.word`,
    [ids],
  );
  await pool.query(`DELETE FROM articles WHERE id = ANY($1::int[])`, [ids]);
}

/**
 * How many articles hold each search query (so "common" and "rare" say what they mean) and the
 * size of the search indexes (their build time is printed by seed:synthetic, which builds them).
 */
async function printSearchCorpus(ctx: Context): Promise<void> {
  const COUNT_CAP = 1000;
  if (options.only && !'search'.includes(options.only) && !options.only.includes('search')) return;
  console.log(`search queries: articles holding each (of ${ctx.articleCount}; counted up to 1000)`);
  for (const q of ctx.searchQueries) {
    const counts: string[] = [];
    for (const query of q.queries) {
      const folded = foldForSearch(query);
      // counted up to a cap: a common word's count is only a share, and counting every article
      // that holds one character rechecks each through search_grams() (minutes at 5x)
      const condition = [...folded].length < 3 ? `search_grams(search_text) @> ARRAY[$1]::text[]` : `search_text LIKE '%' || $1 || '%'`;
      const { rows } = await ctx.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM articles WHERE ${condition} LIMIT ${COUNT_CAP}) x`, [folded]);
      counts.push(`${query} ${rows[0]!.n >= COUNT_CAP ? `${COUNT_CAP}+` : rows[0]!.n}`);
    }
    console.log(`  ${q.length}-char ${q.kind}: ${counts.join(', ')}`);
  }
  const { rows } = await ctx.pool.query<{ name: string; table: string; bytes: string }>(
    `SELECT i.indexrelid::regclass::text AS name, i.indrelid::regclass::text AS "table", pg_relation_size(i.indexrelid)::text AS bytes
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid IN ('articles'::regclass, 'claims'::regclass)
        AND (pg_get_indexdef(i.indexrelid) LIKE '%search_grams%' OR pg_get_indexdef(i.indexrelid) LIKE '%trgm%')
      ORDER BY 1`,
  );
  const { rows: [table] } = await ctx.pool.query<{ bytes: string }>(`SELECT pg_total_relation_size('articles')::text AS bytes`);
  console.log(
    `search indexes: ${rows.map((r) => `${r.name} ${(Number(r.bytes) / 2 ** 20).toFixed(0)} MB`).join(', ')} (articles with TOAST and every index: ${(Number(table!.bytes) / 2 ** 20).toFixed(0)} MB)`,
  );
}

/** The floor must be correct to be a floor: its cells and first quotes must equal the data function's. */
async function checkFloorAgrees(ctx: Context): Promise<void> {
  const [floor, table] = await Promise.all([ctx.pool.query<FloorRow>(CLAIM_TABLE_FLOOR_SQL), loadClaimTablePage(ctx)]);
  let mismatches = 0;
  const examples: string[] = [];
  const byId = new Map(table.claims.map((c) => [c.id, c]));
  if (floor.rows.map((r) => r.id).join() !== ctx.pageIds.join()) {
    mismatches++;
    examples.push('page order differs');
  }
  for (const row of floor.rows) {
    const claim = byId.get(row.id);
    if (!claim) {
      mismatches++;
      examples.push(`claim ${row.id} missing from the data function`);
      continue;
    }
    for (const [slug, other] of Object.entries(claim.cells)) {
      const cell = row.cells?.[slug] ?? { stance: 'unchecked', quote: null };
      const firstExact = other.evidence[0]?.exact ?? null;
      if (other.stance !== cell.stance || firstExact !== (cell.quote?.exact ?? null)) {
        mismatches++;
        if (examples.length < 3) examples.push(`claim ${row.id} × ${slug}: floor ${cell.stance}, data function ${other.stance}`);
      }
    }
  }
  console.log(
    mismatches === 0
      ? `floor check: ✓ the floor SQL returns the same ${floor.rows.length} claims, cells (${floor.rows.reduce((n, r) => n + Object.keys(r.cells ?? {}).length, 0)} not unchecked) and first quotes as the data function`
      : `floor check: ✗ ${mismatches} differences from the data function (${examples.join('; ')})`,
  );
}

async function main(): Promise<void> {
  const database = await openDatabase();
  // The corpus may predate the newest migrations (indexes above all): time the schema the app
  // runs on, not an older one.
  const migrated = await migrateDatabase(database.url);
  if (migrated.applied.length) console.log(`applied pending migrations to the synthetic database: ${migrated.applied.join(', ')}`);
  const prisma = createPrisma(database.url);
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  // pool.end() resolves before its idle connections have closed; when the embedded server then
  // stops, they report its shutdown as an error: expected then, worth a line at any other time.
  let stopping = false;
  pool.on('error', (error) => {
    if (!stopping) console.error(`[bench] idle database connection: ${error.message}`);
  });
  let server: BenchServer | undefined;
  try {
    const { ctx, counts } = await loadContext(database.url, prisma, pool);
    const { rows: [version] } = await pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    const cpus = os.cpus();
    console.log('machine');
    console.log(`  cores ${cpus.length} (${cpus[0]?.model.trim() ?? 'unknown'}), memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}`);
    console.log(`  node ${process.version}, PostgreSQL ${version?.v}${database.embedded ? ' (embedded)' : ''}, database ${redactUrl(database.url)}`);
    console.log('corpus');
    console.log(`  ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`  load average ${loadAverage()}${os.loadavg()[0]! > cpus.length ? ' — busier than its cores: other work is running, figures will be inflated' : ''}`);
    console.log(`runs: ${WARMUP} warm-up + ${RUNS} timed per operation, budget ${MAX_SECONDS} s each`);

    if (options.serve) {
      server = await startBenchServer({ appDir: options.appDir, databaseUrl: database.url, label: 'app' });
      HTTP_BASE = new URL(server.base);
      SERVER_PID ??= server.pid;
      console.log(`started the app's own server (scripts/start.ts, pid ${server.pid}) on ${server.base}`);
    }
    if (options.lighthouseOnly) {
      await lighthousePass(ctx, server);
      return;
    }

    await checkFloorAgrees(ctx);
    await printSearchCorpus(ctx);
    console.log('\nin-process (data functions and SQL):');
    try {
      await runOperations('in-process (data functions and SQL)', buildOperations(ctx), settings, 1);
    } finally {
      await removeImportedArticles(pool);
    }
    if (!options.skipExport) await benchExport(database.url, pool);
    if (!options.skipSeedCorpus) await benchFinderOnSeedCorpus();

    if (HTTP_BASE) {
      const base = HTTP_BASE;
      console.log(`\nHTTP against ${base.origin}, concurrency ${CONCURRENCY}:`);
      const rss: number[] = [];
      const sample = () => {
        if (SERVER_PID === undefined) return;
        const mb = readRssMb(SERVER_PID);
        if (mb !== undefined) rss.push(mb);
      };
      sample();
      const before = rss[0];
      const timer = SERVER_PID !== undefined ? setInterval(sample, 250) : undefined;
      const afterEach: string[] = [];
      try {
        await runOperations(`HTTP ${base.origin} (concurrency ${CONCURRENCY})`, buildHttpOperations(base, ctx), settings, CONCURRENCY, () => {
          const mb = SERVER_PID !== undefined ? readRssMb(SERVER_PID) : undefined;
          if (mb !== undefined) afterEach.push(mb.toFixed(0));
        });
      } catch (error) {
        if (timer) clearInterval(timer);
        throw error;
      }
      // Memory is flat when more laps over the same pages leave the server where the earlier
      // ones did: growth in the first laps is the heap and caches settling, growth that goes on
      // lap after lap would be a leak.
      const laps: number[] = [];
      let soakPeak = 0;
      const first = SERVER_PID !== undefined ? readRssMb(SERVER_PID) : undefined;
      if (first !== undefined && SOAK_LAPS > 0) {
        // Each lap: every page, at least two requests per reader, SOAK_CONCURRENCY readers at once.
        const ops = selectOperations(buildHttpOperations(base, ctx), options.only);
        const peakWatch = setInterval(() => {
          const mb = readRssMb(SERVER_PID!);
          if (mb !== undefined) soakPeak = Math.max(soakPeak, mb);
        }, 100);
        try {
          for (let lap = 1; lap <= SOAK_LAPS; lap++) {
            console.log(`soak lap ${lap} of ${SOAK_LAPS}: every page, ${SOAK_CONCURRENCY} concurrent readers (untimed), watching server memory …`);
            let failed = 0;
            for (const op of ops) failed += (await measure(op, { ...settings, runs: Math.max(RUNS, SOAK_CONCURRENCY * 2), warmup: 0 }, SOAK_CONCURRENCY)).errors;
            const mb = readRssMb(SERVER_PID!);
            if (mb !== undefined) laps.push(mb);
            console.log(`  ends at ${mb?.toFixed(0) ?? '?'} MB${failed ? `, ${failed} failed requests` : ''}`);
          }
        } finally {
          clearInterval(peakWatch);
        }
      }
      if (timer) clearInterval(timer);
      sample();
      console.log(`largest response bodies: ${[...responseBytes].map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KiB`).join(', ')}`);
      if (SERVER_PID !== undefined) {
        if (before === undefined) console.log(`server RSS: cannot read /proc/${SERVER_PID}/status`);
        else {
          console.log(
            `server RSS (pid ${SERVER_PID}): before ${before.toFixed(0)} MB, peak ${Math.max(...rss).toFixed(0)} MB, after ${rss.at(-1)!.toFixed(0)} MB; after each operation: ${afterEach.join(', ')} MB`,
          );
          if (laps.length >= 3) {
            const verdict = judgeMemoryTrend(laps);
            console.log(
              `server RSS at the end of each soak lap (${SOAK_CONCURRENCY} concurrent readers): ${laps.map((mb) => mb.toFixed(0)).join(', ')} MB, ` +
                `peak ${soakPeak.toFixed(0)} MB; ${verdict.flat ? '✓ flat' : '✗ not flat'}: ${verdict.reason}`,
            );
            const soak = judgeSoak(laps, soakPeak);
            console.log(`soak targets (peak < 500 MB, every lap ends within 10% of the first): ${soak.ok ? '✓' : `✗ ${soak.reasons.join('; ')}`}`);
          }
        }
      }
    } else {
      console.log('\nHTTP: skipped (pass --http http://127.0.0.1:PORT or set BENCH_BASE_URL to time a running server)');
    }

    if (options.lighthouse) await lighthousePass(ctx, server);

    console.log(`\nload average at the end ${loadAverage()} (cores ${cpus.length})`);
    const mem = process.memoryUsage();
    console.log(
      `\nbench process: rss ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB of ${(mem.heapTotal / 2 ** 20).toFixed(0)} MB`,
    );
  } finally {
    await server?.stop();
    await prisma.$disconnect();
    await pool.end();
    stopping = true;
    await database.stop();
  }
}

main()
  .catch((error) => {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  // An explicit exit with the code set above: nothing still open (a pool, a timer) keeps the process alive.
  .finally(() => process.exit(process.exitCode ?? 0));
