// `npm start`: build if needed, bring up the database (embedded unless DATABASE_URL is set),
// apply migrations, import the seed corpus into an empty database, then serve through
// lib/runtime/app-server.ts (Next's request handler, health routes, 503 while the database is
// down) until stopped. `npm run dev` does the same with Next's dev server and no build.
//
// This process supervises the embedded PostgreSQL: when the postmaster dies it is started again
// on the same folder and port (given up after a minute: then we exit 1 for an outer supervisor).
// It stops on SIGTERM, SIGINT or SIGHUP, and also when the process that launched it (npm, the
// shell npm runs, tsx) goes away, since npm does not pass a signal on: the web server drains
// first, then the database stops.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrateDatabase } from '../lib/db/migrate';
import { postmasterPid, readServerRecord, serverRecordFile, startEmbeddedPostgres, type SupervisedDatabase } from '../lib/db/embedded-postgres';
import { buildStampPath, computeBuildFingerprint, isBuildCurrent } from '../lib/runtime/build-fingerprint';
import { ensureAuthSecret } from '../lib/runtime/auth-secret';
import { createDatabaseMonitor, type DatabaseMonitor } from '../lib/runtime/database-monitor';
import { isProcessAlive, launcherChain } from '../lib/runtime/process-info';
import { dataDir, embeddedDataDir } from '../lib/runtime/resolve-database';
import { seedIfEmpty } from '../lib/data/workflows/seed-corpus';
import { announceSetupLink } from '../lib/runtime/announce-setup-link';
import type { AppServer } from '../lib/runtime/app-server';
import { describeMemory } from '../lib/runtime/heap-limit';
import { getHeapStatistics } from 'node:v8';

// Whoever reads our output may go away first (a closed terminal, a killed test runner): a line
// written then fails with EPIPE. Drop the output and carry on stopping; unhandled, the error would
// reach the handlers that log errors, whose own writes fail in turn, looping for ever.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'EIO') throw error;
  });
}

const root = process.cwd();
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const graceMs = Number(process.env.CLAIMGRID_SHUTDOWN_GRACE ?? 8) * 1000;
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const say = (line: string) => console.log(`[claimgrid] ${line}`);
const pgLog = process.env.CLAIMGRID_PG_LOG ? (line: string) => console.log(`[postgres] ${line}`) : undefined;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
process.env.NEXT_TELEMETRY_DISABLED = '1';
(process.env as Record<string, string>).NODE_ENV = dev ? 'development' : 'production';

function ensureBuild(): void {
  const fingerprint = computeBuildFingerprint(root);
  if (isBuildCurrent(root, fingerprint)) {
    say('production build is current');
    return;
  }
  say('building the app (next build)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error('[claimgrid] next build failed');
    process.exit(result.status ?? 1);
  }
  writeFileSync(buildStampPath(root), JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }));
}

let db: SupervisedDatabase | undefined;
let monitor: DatabaseMonitor | undefined;
let appServer: AppServer | undefined;
let stopping: Promise<void> | null = null;

/** Stops in order: web server (drained), health probes, database; then exits with `code`. */
function shutdown(reason: string, code = 0): Promise<void> {
  if (stopping) return stopping;
  const started = Date.now();
  say(`${reason}: stopping`);
  stopping = (async () => {
    await appServer?.close(graceMs).catch(() => {});
    await monitor?.close();
    await db?.stop().catch((error: unknown) => say(`stopping the database failed: ${(error as Error).message}`));
    say(`stopped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(code);
  })();
  return stopping;
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // A second signal (Ctrl-C twice): stop waiting for slow requests.
    if (stopping) appServer?.server.closeAllConnections();
    void shutdown(`received ${signal}`);
  });
}

/** npm passes no signal on to its script: watch the launching processes and stop when one goes. */
function watchLauncher(): void {
  const launchers = launcherChain();
  const parent = process.ppid;
  const timer = setInterval(() => {
    const gone = process.ppid !== parent ? parent : launchers.find((pid) => !isProcessAlive(pid));
    if (gone === undefined) return;
    clearInterval(timer);
    void shutdown(`the launching process (pid ${gone}) exited`);
  }, 200);
  timer.unref();
}

/** A record left by a run that was killed (its supervisor gone) may name a postmaster still running. */
async function takeOverDataFolder(pgDir: string): Promise<void> {
  const record = readServerRecord(pgDir);
  if (!record) return;
  if (record.supervisorPid !== process.pid && isProcessAlive(record.supervisorPid)) {
    throw new Error(`the app is already running on this data folder (pid ${record.supervisorPid}); stop it, or set another CLAIMGRID_DATA_DIR`);
  }
  if (isProcessAlive(record.postmasterPid) && postmasterPid(pgDir) === record.postmasterPid) {
    say(`stopping the embedded PostgreSQL (pid ${record.postmasterPid}) that a killed run left behind`);
    process.kill(record.postmasterPid, 'SIGINT');
    for (let waited = 0; isProcessAlive(record.postmasterPid); waited += 100) {
      if (waited > 30_000) throw new Error(`the embedded PostgreSQL left behind (pid ${record.postmasterPid}) did not stop`);
      await sleep(100);
    }
  }
  rmSync(serverRecordFile(pgDir), { force: true });
}

/** Brings the embedded server back after its postmaster died; exits 1 when it cannot. */
async function restartDatabase(reason: string): Promise<void> {
  if (stopping || !db) return;
  monitor?.markDown(`embedded PostgreSQL ${reason}`);
  say(`embedded PostgreSQL ${reason}; restarting it`);
  const deadline = Date.now() + 60_000;
  for (let delay = 200; !stopping; delay = Math.min(delay * 2, 2_000)) {
    try {
      await db.restart();
      say(`embedded PostgreSQL is back on port ${db.port}`);
      void monitor?.check();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        say(`could not restart the embedded PostgreSQL: ${(error as Error).message}`);
        await shutdown('the database could not be restarted', 1);
        return;
      }
      say(`embedded PostgreSQL did not start (${(error as Error).message}); trying again in ${delay} ms`);
      await sleep(delay);
    }
  }
}

async function main(): Promise<void> {
  watchLauncher();
  if (!dev) ensureBuild();

  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    say('using DATABASE_URL');
  } else {
    const pgDir = embeddedDataDir();
    await takeOverDataFolder(pgDir);
    db = await startEmbeddedPostgres({
      dataDir: pgDir,
      database: 'claimgrid',
      port: process.env.CLAIMGRID_PG_PORT ? Number(process.env.CLAIMGRID_PG_PORT) : undefined,
      record: true,
      log: pgLog ?? ((line) => /switched the embedded PostgreSQL/.test(line) && say(line)),
    });
    db.onUnexpectedExit((reason) => void restartDatabase(reason));
    databaseUrl = db.url;
    say(`embedded PostgreSQL on 127.0.0.1:${db.port} (data in ${path.relative(root, pgDir) || '.'}; its URL is in ${path.relative(root, serverRecordFile(pgDir))} while it runs)`);
  }
  if (stopping) return;

  const migrated = await migrateDatabase(databaseUrl, { log: say });
  if (migrated.applied.length === 0) say('database schema is up to date');
  const seeded = await seedIfEmpty(databaseUrl, { log: say });
  if (!seeded.seeded) say('seed corpus already present; nothing imported');
  if (stopping) return;

  process.env.DATABASE_URL = databaseUrl;
  process.env.BETTER_AUTH_SECRET = ensureAuthSecret(dataDir());
  process.env.BETTER_AUTH_URL ??= `http://localhost:${port}`;
  monitor = createDatabaseMonitor(databaseUrl, { log: say });
  // Imported only now: Next reads NODE_ENV and the environment as it loads.
  const { startAppServer } = await import('../lib/runtime/app-server');
  appServer = await startAppServer({ dev, dir: root, port, monitor, log: say });
  if (stopping) {
    await appServer.close();
    return;
  }
  await announceSetupLink(databaseUrl, process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`, say);
  say(`serving on http://localhost:${port} (heap limit ${(getHeapStatistics().heap_size_limit / 2 ** 20).toFixed(0)} MB)`);
  // CLAIMGRID_MEMORY_LOG=<seconds>: say the process's memory every so often (what holds it: V8's
  // heap, buffers outside it, or neither, i.e. native memory such as the allocator's)
  const every = Number(process.env.CLAIMGRID_MEMORY_LOG ?? 0);
  if (every > 0) setInterval(() => say(`memory: ${describeMemory(process.memoryUsage())}`), every * 1000).unref();
}

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  console.error(`[claimgrid] could not start: ${message}`);
  await db?.stop().catch(() => {});
  process.exit(1);
});
