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
import pg from 'pg';
import { checkFloorAgrees } from '../lib/bench/claim-table-floor';
import { loadContext, openBenchDatabase, type BenchContext } from '../lib/bench/context';
import { benchExport } from '../lib/bench/csv-export';
import { finderOperations, removeImportedArticles } from '../lib/bench/finder-operations';
import { benchHttp } from '../lib/bench/http-pass';
import { lighthousePass } from '../lib/bench/lighthouse-pass';
import { cores, describeLoad, describeMachine, loadAverage } from '../lib/bench/machine';
import type { Operation } from '../lib/bench/operation';
import { parseBenchOptions } from '../lib/bench/options';
import { pageOperations } from '../lib/bench/page-operations';
import { runOperations } from '../lib/bench/run-operations';
import { printSearchCorpus, searchOperations } from '../lib/bench/search-operations';
import { benchFinderOnSeedCorpus } from '../lib/bench/seed-corpus-finder';
import { tableOperations } from '../lib/bench/table-operations';
import { startBenchServer, type BenchServer } from '../lib/bench/bench-server';
import { migrateDatabase } from '../lib/db/migrate';
import { createPrisma } from '../lib/db/prisma';
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
    console.log('machine');
    console.log(`  ${describeMachine()}`);
    console.log(`  node ${process.version}, PostgreSQL ${version?.v}${database.embedded ? ' (embedded)' : ''}, database ${redactUrl(database.url)}`);
    console.log('corpus');
    console.log(`  ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`  ${describeLoad()}`);
    console.log(`runs: ${WARMUP} warm-up + ${RUNS} timed per operation, budget ${MAX_SECONDS} s each`);

    if (options.serve) {
      server = await startBenchServer({ appDir: options.appDir, databaseUrl: database.url, label: 'app' });
      HTTP_BASE = new URL(server.base);
      SERVER_PID ??= server.pid;
      console.log(`started the app's own server (scripts/start.ts, pid ${server.pid}) on ${server.base}`);
    }
    if (options.lighthouseOnly) {
      await lighthousePass(ctx, server, { appDir: options.appDir, runs: options.lighthouseRuns });
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
      await benchHttp(HTTP_BASE, ctx, { settings, concurrency: CONCURRENCY, serverPid: SERVER_PID, soakLaps: SOAK_LAPS, soakConcurrency: SOAK_CONCURRENCY });
    } else {
      console.log('\nHTTP: skipped (pass --http http://127.0.0.1:PORT or set BENCH_BASE_URL to time a running server)');
    }

    if (options.lighthouse) await lighthousePass(ctx, server, { appDir: options.appDir, runs: options.lighthouseRuns });

    console.log(`\nload average at the end ${loadAverage()} (cores ${cores()})`);
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
