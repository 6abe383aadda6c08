// App instances of a spec's own, started the way an operator starts one (`npm start`, in its own
// process group) on a free port with a throw-away data folder, using the production build the
// Playwright web server already made. For specs about processes: faults, signals, scaling.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { findFreePort } from '../../../lib/db/free-port';

const root = path.resolve(import.meta.dirname, '../../..');

export type CliRun = { status: number | null; stdout: string; stderr: string };

export type ServerRecord = { url: string; port: number; postmasterPid: number; supervisorPid: number };

export type AppInstance = {
  url: string;
  port: number;
  dataDir: string;
  /** the `npm start` process, leader of the instance's process group */
  npm: ChildProcess;
  output: () => string;
  /** what the running instance recorded about its embedded PostgreSQL */
  record: () => ServerRecord;
  /** a CLI script (users, db, import, export) against this instance's data folder */
  cli: (script: string, ...args: string[]) => Promise<CliRun>;
  /** the same with some variables changed */
  cliWithEnv: (extra: Record<string, string>, script: string, ...args: string[]) => Promise<CliRun>;
};

export function tempDataDir(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `claimgrid-${name}-`));
  chmodSync(dir, 0o755); // the server runs as the unprivileged postgres user when we are root
  return dir;
}

export async function startApp(options: { dataDir: string; env?: Record<string, string>; timeoutMs?: number }): Promise<AppInstance> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    CLAIMGRID_DATA_DIR: options.dataDir,
    CLAIMGRID_PG_PORT: '',
    DATABASE_URL: '',
    BETTER_AUTH_URL: url,
    ...options.env,
  };
  const npm = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const instance: AppInstance = {
    url,
    port,
    dataDir: options.dataDir,
    npm,
    output: () => output,
    record: () => JSON.parse(readFileSync(path.join(options.dataDir, 'postgres-server.json'), 'utf8')) as ServerRecord,
    cli: (script, ...args) => instance.cliWithEnv({}, script, ...args),
    // Asynchronous, so the test's own HTTP connections keep being served meanwhile.
    cliWithEnv: (extra, script, ...args) =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          ['node_modules/tsx/dist/cli.mjs', `scripts/${script}.ts`, ...args],
          { cwd: root, env: { ...env, ...extra }, encoding: 'utf8' },
          (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
        );
      }),
  };
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  for (;;) {
    if (npm.exitCode !== null || npm.signalCode !== null) throw new Error(`npm start exited (${npm.exitCode ?? npm.signalCode}):\n${output}`);
    const ready = await fetch(`${url}/api/ready`).then((r) => r.status === 200, () => false);
    if (ready) return instance;
    if (Date.now() > deadline) throw new Error(`npm start did not become ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Live processes whose process group is `pgid`. */
export function processGroup(pgid: number): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,pgid='], { encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([, group]) => group === pgid)
    .map(([pid]) => pid!);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) [ZX]/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Whether something accepts TCP connections on the port. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Everything the instance started is gone: npm's group, the postmaster, the port, the record. */
export async function expectAllGone(instance: AppInstance, postmasterPid: number, timeout = 60_000): Promise<void> {
  await expect.poll(() => processGroup(instance.npm.pid!), { timeout, message: `processes left in the group:\n${instance.output()}` }).toEqual([]);
  await expect.poll(() => isAlive(postmasterPid), { timeout, message: 'the embedded PostgreSQL is still running' }).toBe(false);
  expect(await accepts(instance.port)).toBe(false);
  expect(() => instance.record()).toThrow(/ENOENT/);
}

/** Stops the instance the way a supervisor does (SIGTERM to npm) and waits until all is gone. */
export async function stopApp(instance: AppInstance): Promise<void> {
  if (instance.npm.exitCode !== null || instance.npm.signalCode !== null) {
    if (processGroup(instance.npm.pid!).length === 0) return;
  }
  let postmaster: number | undefined;
  try {
    postmaster = instance.record().postmasterPid;
  } catch {
    postmaster = undefined;
  }
  try {
    process.kill(instance.npm.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  await expect.poll(() => processGroup(instance.npm.pid!), { timeout: 60_000 }).toEqual([]);
  if (postmaster) await expect.poll(() => isAlive(postmaster!), { timeout: 60_000 }).toBe(false);
}
