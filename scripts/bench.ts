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
import os from 'node:os';
import pg from 'pg';
import { checkFloorAgrees } from '../lib/bench/claim-table-floor';
import { loadContext, openBenchDatabase, type BenchContext } from '../lib/bench/context';
import { benchExport } from '../lib/bench/csv-export';
import { finderOperations, removeImportedArticles } from '../lib/bench/finder-operations';
import { judgeMemoryTrend, judgeSoak } from '../lib/bench/memory-trend';
import { cycle, selectOperations, type Operation } from '../lib/bench/operation';
import { parseBenchOptions } from '../lib/bench/options';
import { pageOperations } from '../lib/bench/page-operations';
import { measure, runOperations } from '../lib/bench/run-operations';
import { printSearchCorpus, searchOperations } from '../lib/bench/search-operations';
import { benchFinderOnSeedCorpus } from '../lib/bench/seed-corpus-finder';
import { p95Below } from '../lib/bench/stats';
import { tableOperations } from '../lib/bench/table-operations';
import { startBenchServer, type BenchServer } from '../lib/bench/bench-server';
import { runLighthouse, type LighthousePage } from '../lib/bench/run-lighthouse';
import { migrateDatabase } from '../lib/db/migrate';
import { createPrisma } from '../lib/db/prisma';
import { readRssMb } from '../lib/runtime/process-info';
import { redactUrl } from '../lib/synthetic/synthetic-database';

// --- options ------------------------------------------------------------------------------

const options = parseBenchOptions(process.argv.slice(2), process.env);
const { runs: RUNS, warmup: WARMUP, maxSeconds: MAX_SECONDS, soakLaps: SOAK_LAPS, soakConcurrency: SOAK_CONCURRENCY, concurrency: CONCURRENCY } = options;
const settings = { runs: RUNS, warmup: WARMUP, maxSeconds: MAX_SECONDS, only: options.only };
let HTTP_BASE = options.http;
let SERVER_PID = options.serverPid;

// --- operations -----------------------------------------------------------------------------

/** The ids of the articles the import operation added, removed again at the end of the bench. */
const importedArticleIds: number[] = [];

function buildOperations(ctx: BenchContext): Operation[] {
  return [
    ...tableOperations(ctx),
    ...pageOperations(ctx),
    ...searchOperations(ctx),
    ...(options.skipFinder ? [] : finderOperations(ctx, importedArticleIds)),
  ];
}

// --- HTTP -----------------------------------------------------------------------------------

/** Largest response body per HTTP operation, in bytes. */
const responseBytes = new Map<string, number>();

function buildHttpOperations(base: URL, ctx: BenchContext): Operation[] {
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
async function lighthousePass(ctx: BenchContext, server: BenchServer | undefined): Promise<void> {
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

async function main(): Promise<void> {
  const database = await openBenchDatabase(options.databaseUrl);
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
    const { ctx, counts } = await loadContext(database.url, prisma, pool, options.seed);
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
    await printSearchCorpus(ctx, options.only);
    console.log('\nin-process (data functions and SQL):');
    try {
      await runOperations('in-process (data functions and SQL)', buildOperations(ctx), settings, 1);
    } finally {
      await removeImportedArticles(pool, importedArticleIds);
    }
    if (!options.skipExport) await benchExport(database.url, pool);
    if (!options.skipSeedCorpus) await benchFinderOnSeedCorpus(settings);

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
