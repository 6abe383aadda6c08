// The bench's pass over HTTP runs in a fresh process of its own (`scripts/bench.ts --http-only`).
// By then the bench's own process holds hundreds of MB (the data layer's caches after the
// in-process operations, the CSV export, the finder on the seed corpus), and its collector ran
// beside the server on this machine's two cores: the same code's client CPU per `GET /` went
// from 9 to 30 ms between two runs. A fresh client holds only the pages it asks for, as a
// reader's browser would (30 -> 11 ms; the server's p95 stayed where it was: that part is the
// server's own).
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BenchOptions } from './options';

/** The command line of the HTTP pass's own process: the same settings, against `base`. */
export function httpPassArgs(options: BenchOptions, base: URL, serverPid: number | undefined, databaseUrl: string): string[] {
  return [
    '--http-only',
    '--http', base.origin,
    ...(serverPid === undefined ? [] : ['--server-pid', String(serverPid)]),
    '--database-url', databaseUrl,
    '--runs', String(options.runs),
    '--warmup', String(options.warmup),
    '--max-seconds', String(options.maxSeconds),
    '--concurrency', String(options.concurrency),
    '--soak-laps', String(options.soakLaps),
    '--soak-concurrency', String(options.soakConcurrency),
    '--seed', String(options.seed),
    ...(options.only === undefined ? [] : ['--only', options.only]),
  ];
}

/** Runs the HTTP pass in a fresh `scripts/bench.ts --http-only` process; rejects when it fails. */
export function runHttpPassInFreshProcess(options: BenchOptions, base: URL, serverPid: number | undefined, databaseUrl: string): Promise<void> {
  const args = ['--import', 'tsx', path.join(options.appDir, 'scripts', 'bench.ts'), ...httpPassArgs(options, base, serverPid, databaseUrl)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.appDir, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`the HTTP pass's process ended with ${signal ?? `exit code ${code}`}`));
    });
  });
}
