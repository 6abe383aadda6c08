// One run of `npm run bench`, in the order it prints: the synthetic database (migrated to the
// schema the app runs on), the machine and the corpus, the floor check and the search corpus,
// the in-process operations (table, pages, search, the finder), the CSV export, the finder on
// the seed corpus, the pass over HTTP with its soak, the Lighthouse pass, and the bench process's
// own memory. Every server and database it started is stopped again, whatever fails.
import pg from 'pg';
import { migrateDatabase } from '../db/migrate';
import { createPrisma } from '../db/prisma';
import { redactUrl } from '../synthetic/synthetic-database';
import { startBenchServer, type BenchServer } from './bench-server';
import { checkFloorAgrees } from './claim-table-floor';
import { loadContext, openBenchDatabase, type BenchContext } from './context';
import { benchExport } from './csv-export';
import { finderOperations, removeImportedArticles } from './finder-operations';
import { runHttpPassInFreshProcess } from './http-child';
import { benchHttp } from './http-pass';
import { lighthousePass } from './lighthouse-pass';
import { cores, describeLoad, describeMachine, loadAverage, settle } from './machine';
import type { Operation } from './operation';
import type { BenchOptions } from './options';
import { pageOperations } from './page-operations';
import { runOperations } from './run-operations';
import { printSearchCorpus, searchOperations } from './search-operations';
import { benchFinderOnSeedCorpus } from './seed-corpus-finder';
import { tableOperations } from './table-operations';

/** Timed in the bench's own process: the data functions and SQL, in this order. */
function inProcessOperations(ctx: BenchContext, { skipFinder, importedArticleIds }: { skipFinder: boolean; importedArticleIds: number[] }): Operation[] {
  return [...tableOperations(ctx), ...pageOperations(ctx), ...searchOperations(ctx), ...(skipFinder ? [] : finderOperations(ctx, importedArticleIds))];
}

export async function runBench(options: BenchOptions): Promise<void> {
  const settings = { runs: options.runs, warmup: options.warmup, maxSeconds: options.maxSeconds, only: options.only };
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
    console.log(`runs: ${options.warmup} warm-up + ${options.runs} timed per operation, budget ${options.maxSeconds} s each`);

    let http = options.http;
    let serverPid = options.serverPid;
    if (options.serve) {
      server = await startBenchServer({ appDir: options.appDir, databaseUrl: database.url, label: 'app' });
      http = new URL(server.base);
      serverPid ??= server.pid;
      console.log(`started the app's own server (scripts/start.ts, pid ${server.pid}) on ${server.base}`);
    }
    const lighthouse = { appDir: options.appDir, runs: options.lighthouseRuns };
    if (options.lighthouseOnly) {
      await lighthousePass(ctx, server, lighthouse);
      return;
    }

    if (options.httpOnly) {
      if (!http) throw new Error('--http-only needs a server: --http URL or --serve');
      await benchHttp(http, ctx, { settings, concurrency: options.concurrency, serverPid, soakLaps: options.soakLaps, soakConcurrency: options.soakConcurrency });
      return;
    }

    await checkFloorAgrees(ctx);
    await printSearchCorpus(ctx, options.only);
    console.log('\nin-process (data functions and SQL):');
    // the import operation's articles, taken out again afterwards
    const importedArticleIds: number[] = [];
    try {
      await runOperations('in-process (data functions and SQL)', inProcessOperations(ctx, { skipFinder: options.skipFinder, importedArticleIds }), settings, 1);
    } finally {
      await removeImportedArticles(pool, importedArticleIds);
    }
    if (!options.skipExport) await benchExport(database.url, pool);
    if (!options.skipSeedCorpus) await benchFinderOnSeedCorpus(settings);

    if (http) {
      await settle('\nHTTP');
      // in a fresh process: this one's heap and its collector would compete with the server (http-child.ts)
      await runHttpPassInFreshProcess(options, http, serverPid, database.url);
    } else {
      console.log('\nHTTP: skipped (pass --http http://127.0.0.1:PORT or set BENCH_BASE_URL to time a running server)');
    }

    if (options.lighthouse) await lighthousePass(ctx, server, lighthouse);

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
