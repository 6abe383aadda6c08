// The app's own server for the bench: `npm start`'s script (scripts/start.ts: build if the
// production build is stale, migrations, seed into an empty database, Next's handler inside
// lib/runtime/app-server.ts), on a database the bench names, or on a throw-away data folder
// that it seeds with the seed corpus. Used by `npm run bench` (--serve, --lighthouse).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../db/free-port';
import { heapLimitArgs } from '../runtime/heap-limit';

export type BenchServer = { base: string; pid: number; child: ChildProcess; stop: () => Promise<void> };

/**
 * Starts scripts/start.ts in `appDir` and resolves once GET /api/ready answers 200.
 * `databaseUrl`: serve that database; unset: an embedded one in a temporary data folder,
 * seeded with the seed corpus and deleted again by stop().
 */
export async function startBenchServer(options: { appDir: string; databaseUrl?: string; label: string; timeoutMs?: number }): Promise<BenchServer> {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  // not created here: the embedded server creates its folder itself, owned by the user it runs as
  const scratch = options.databaseUrl ? undefined : path.join(os.tmpdir(), `claimgrid-bench-app-${randomBytes(4).toString('hex')}`);
  // node itself runs the server (not npm, not the tsx launcher), so this pid is the server's;
  // with the heap limit `npm start` gives it (CLAIMGRID_MAX_HEAP_MB, lib/runtime/heap-limit.ts)
  const child = spawn(process.execPath, [...heapLimitArgs(process.env.CLAIMGRID_MAX_HEAP_MB), '--import', 'tsx', path.join(options.appDir, 'scripts', 'start.ts')], {
    cwd: options.appDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    // A process group of its own: start.ts stops when a launcher in its group exits (what npm
    // start needs), and the shell that started a long bench may well end before the bench does.
    // It still stops when the bench itself goes (its parent changes).
    detached: true,
    env: {
      ...process.env,
      // as npm start runs it: glibc's malloc with 2 arenas (its default, 8 per core, held ~60 MB more)
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl ?? '',
      CLAIMGRID_DATA_DIR: scratch ?? process.env.CLAIMGRID_DATA_DIR ?? '.data',
      CLAIMGRID_PG_PORT: '',
      BETTER_AUTH_SECRET: randomBytes(32).toString('hex'),
      BETTER_AUTH_URL: base,
    },
  });
  // start.ts says what it does ("building the app", "seeded …"): pass on, marked
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    for (const line of text.split('\n')) if (line.trim() && !/serving on|setup|first admin|valid until/i.test(line)) console.log(`  [${options.label}] ${line}`);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
  // a stale build is rebuilt first: allow for next build
  const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the app server (${options.label}) exited with code ${child.exitCode}`);
    }
    try {
      const response = await fetch(`${base}/api/ready`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.ok) return { base, pid: child.pid!, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the app server (${options.label}) did not become ready in time`);
}
