// Operating the app: health routes, the CLI while the app runs, two instances on one database,
// the database killed under load, and stopping by a signal to `npm start` alone. Each test
// starts instances of its own (`npm start` on a free port, a throw-away data folder) from the
// production build the web server made; timeouts are generous and every wait polls.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { accepts, expectAllGone, isAlive, startApp, stopApp, tempDataDir, type AppInstance } from './support/app-instance';

test.describe.configure({ mode: 'serial' });

const SIGN_IN_MAX = 6;
let a: AppInstance;
let b: AppInstance;
let token: string;
let editorEmail: string;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const oneLine = (stderr: string) => stderr.trim().split('\n');

test.describe('two instances on one database', () => {
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    const secret = randomBytes(32).toString('hex');
    const shared = { BETTER_AUTH_SECRET: secret, CLAIMGRID_SIGNIN_MAX: String(SIGN_IN_MAX), CLAIMGRID_SIGNIN_WINDOW: '600' };
    a = await startApp({ dataDir: tempDataDir('a'), env: shared });
    // B has no database of its own: it uses A's embedded server as if it were a managed one.
    b = await startApp({ dataDir: tempDataDir('b'), env: { ...shared, DATABASE_URL: a.record().url } });
  });

  test.afterAll(async () => {
    test.setTimeout(180_000);
    if (process.env.E2E_SHOW_OUTPUT) console.log(`--- A\n${a?.output()}\n--- B\n${b?.output()}`);
    if (b) await stopApp(b);
    if (a) await stopApp(a);
    for (const instance of [a, b]) if (instance) rmSync(instance.dataDir, { recursive: true, force: true });
  });

  test('health answers without the database; ready checks the database and the migrations', async () => {
    const health = await fetch(`${a.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    for (const instance of [a, b]) {
      const ready = await fetch(`${instance.url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    }
    // A migration the database does not have makes both instances unready, and says which.
    const url = a.record().url;
    const [last] = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1');
    await query(url, 'UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1', [last!.migration_name]);
    try {
      for (const instance of [a, b]) {
        const ready = await fetch(`${instance.url}/api/ready`);
        expect(ready.status).toBe(503);
        expect(ready.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect((await ready.json()).detail).toContain(last!.migration_name);
      }
    } finally {
      await query(url, 'UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = $1', [last!.migration_name]);
    }
    expect((await fetch(`${a.url}/api/ready`)).status).toBe(200);
  });

  test('every CLI command works while the app runs, on its embedded database; failures are one line', async () => {
    test.setTimeout(300_000);
    editorEmail = `ops-${randomBytes(4).toString('hex')}@example.org`;
    const added = await a.cli('users', 'add', '--email', editorEmail, '--role', 'editor', '--password', `pw-${randomBytes(8).toString('hex')}`);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/^added editor /);

    const made = await a.cli('users', 'token', '--email', editorEmail, '--name', 'operations');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/^cg_\S+\n$/); // the token alone: TOKEN=$(npm run -s users -- token …)
    token = made.stdout.trim();
    const created = await fetch(`${a.url}/api/v1/claims`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'made with a token from the CLI' }),
    });
    expect(created.status).toBe(201);

    expect((await a.cli('users', 'list')).stdout).toContain(editorEmail);
    const migrate = await a.cli('db', 'migrate');
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).toMatch(/0 migration\(s\) applied/);
    const exported = await a.cli('export', '--format', 'json');
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout).claims.length).toBeGreaterThan(0);
    const imported = await a.cli('import', 'seeds/004_5d1e6c4fe0d6993d.txt');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^duplicate: /);

    const failures: [string[], number, RegExp][] = [
      [['users', 'token', '--email', 'nobody@example.org'], 1, /^users: no user with email nobody@example\.org$/],
      [['users', 'frobnicate'], 2, /^users: unknown command "frobnicate"/],
      [['users', 'list', '--colour'], 2, /^users: Unknown option '--colour'/],
      [['users', 'role', '--email', editorEmail, '--role', 'owner'], 2, /^users: --role: /],
      [['users', 'add', '--email', editorEmail, '--role', 'editor', '--password', 'another long one'], 1, /already exists/],
      [['export', '--format', 'xlsx'], 2, /^export: /],
      [['export', '--format', 'json', '--claim', '999999'], 1, /^export: no published claim with id 999999$/],
      [['import', 'no/such/file.txt'], 2, /^import: no such file: no\/such\/file\.txt$/],
      [['db', 'frobnicate'], 2, /^db: usage: /],
    ];
    for (const [[script, ...args], status, message] of failures) {
      const run = await a.cli(script!, ...args);
      expect(run.status, `${script} ${args.join(' ')}`).toBe(status);
      expect(oneLine(run.stderr), `${script} ${args.join(' ')}`).toEqual([expect.stringMatching(message)]);
    }
    // An unreachable DATABASE_URL is one line too, for every command.
    for (const script of ['users', 'db', 'export', 'import']) {
      const args = { users: ['list'], db: ['migrate'], export: ['--format', 'csv'], import: ['seeds/004_5d1e6c4fe0d6993d.txt'] }[script]!;
      const run = await a.cliWithEnv({ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/nothing' }, script, ...args);
      expect(run.status, script).toBe(1);
      expect(oneLine(run.stderr), script).toEqual([expect.stringMatching(new RegExp(`^${script}: cannot reach the database of DATABASE_URL \\(127\\.0\\.0\\.1:1/nothing\\): .*ECONNREFUSED`))]);
      expect(run.stderr).not.toContain('secret');
    }
  });

  test('a session made on one instance writes through the other; the sign-in limit holds across both', async ({ page }) => {
    test.setTimeout(180_000);
    const password = `pw-${randomBytes(8).toString('hex')}`;
    const email = `scaled-${randomBytes(4).toString('hex')}@example.org`;
    expect((await a.cli('users', 'add', '--email', email, '--role', 'editor', '--password', password)).status).toBe(0);

    await page.goto(`${a.url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-as')).toBeVisible();

    // Cookies belong to the host, not the port: the same browser session reaches B.
    await page.goto(`${b.url}/account`);
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await page.locator('#token-name').fill('made through instance B');
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.getByTestId('new-token')).toHaveText(/^cg_/);
    expect((await a.cli('users', 'tokens', '--email', email)).stdout).toContain('made through instance B');

    // Wrong passwords alternately to A and B: the limit counts both together (database-backed).
    const statuses: number[] = [];
    for (let attempt = 0; attempt < SIGN_IN_MAX * 2 + 2 && !statuses.includes(429); attempt++) {
      const instance = attempt % 2 === 0 ? a : b;
      const response = await fetch(`${instance.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: instance.url },
        body: JSON.stringify({ email, password: 'not the password at all' }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(SIGN_IN_MAX);
    for (const instance of [a, b]) {
      const response = await fetch(`${instance.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: instance.url },
        body: JSON.stringify({ email, password }),
      });
      expect(response.status).toBe(429);
    }
  });

  test('killing the database under load: 503 with Retry-After meanwhile, then recovery; no acknowledged write is lost', async () => {
    test.setTimeout(300_000);
    type Seen = { instance: string; kind: string; status: number; type: string; retryAfter: string | null; at: number };
    const seen: Seen[] = [];
    const acknowledged = new Map<number, string>();
    let stopLoad = false;
    let killedAt = 0;

    const record = (instance: AppInstance, kind: string, response: Response) =>
      seen.push({
        instance: instance === a ? 'a' : 'b',
        kind,
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        retryAfter: response.headers.get('retry-after'),
        at: Date.now(),
      });

    const writer = async (n: number) => {
      for (let i = 0; !stopLoad; i++) {
        const instance = (n + i) % 2 === 0 ? a : b;
        const text = `written under load ${n}-${i}-${randomBytes(3).toString('hex')}`;
        const response = await fetch(`${instance.url}/api/v1/claims`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text }),
        }).catch(() => null);
        if (!response) continue;
        record(instance, 'write', response);
        const body = await response.json().catch(() => ({}));
        if (response.status === 201) acknowledged.set(body.id, text);
      }
    };
    const reader = async (instance: AppInstance, kind: string, path: string) => {
      while (!stopLoad) {
        const response = await fetch(`${instance.url}${path}`).catch(() => null);
        if (!response) continue;
        record(instance, kind, response);
        await response.arrayBuffer().catch(() => {});
      }
    };
    const routes = [['page', '/'], ['ready', '/api/ready'], ['health', '/api/health']] as const;
    const load = Promise.all([
      writer(0),
      writer(1),
      writer(2),
      ...[a, b].flatMap((instance) => routes.map(([kind, path]) => reader(instance, kind, path))),
    ]);
    const afterKill = (instance: string, kind: string, status: number) =>
      seen.filter((s) => s.at > killedAt && s.instance === instance && s.kind === kind && s.status === status);

    // The outage lasts until the test ends it: right after the kill the test takes the
    // server's port, so A's restarts fail (and are retried) until the port is free again.
    const pgPort = a.record().port;
    let portHolder: net.Server | undefined;
    try {
      await expect.poll(() => acknowledged.size, { timeout: 60_000 }).toBeGreaterThan(5);
      for (let attempt = 0; !portHolder; attempt++) {
        expect(attempt, 'could not take the port before A restarted its server').toBeLessThan(5);
        await expect.poll(() => isAlive(a.record().postmasterPid), { timeout: 120_000 }).toBe(true);
        const postmaster = a.record().postmasterPid;
        killedAt = Date.now();
        process.kill(postmaster, 'SIGKILL');
        portHolder = await takePort(pgPort, postmaster);
      }
      // Both instances answer 503 (A supervises the server, B only uses it), pages and API alike.
      for (const instance of ['a', 'b']) {
        for (const kind of ['write', 'page', 'ready']) {
          await expect.poll(() => afterKill(instance, kind, 503).length, { timeout: 120_000, message: `${instance} ${kind} 503` }).toBeGreaterThan(0);
        }
      }
      // A keeps trying to bring the server back, and says so.
      await expect.poll(() => a.output(), { timeout: 120_000 }).toMatch(/\[claimgrid\] embedded PostgreSQL did not start \(.*Address already in use.*\); trying again/);
      await new Promise<void>((resolve) => portHolder!.close(() => resolve()));
      // Recovery, once A could restart the server.
      const recoveredFrom = Date.now();
      for (const instance of ['a', 'b']) {
        await expect
          .poll(() => seen.filter((s) => s.at > recoveredFrom && s.instance === instance && s.kind === 'write' && s.status === 201).length, { timeout: 120_000, message: `${instance} recovered` })
          .toBeGreaterThan(0);
      }
    } finally {
      portHolder?.close();
      stopLoad = true;
      await load;
    }

    expect(a.output()).toMatch(/\[claimgrid\] embedded PostgreSQL killed by SIGKILL; restarting it/);
    expect(a.output()).toMatch(/\[claimgrid\] embedded PostgreSQL is back on port/);
    // Never a bare 500: writes are 201 or 503, pages 200 or 503, health always 200.
    expect(seen.filter((s) => s.kind === 'write' && ![201, 503].includes(s.status))).toEqual([]);
    expect(seen.filter((s) => s.kind === 'page' && ![200, 503].includes(s.status))).toEqual([]);
    expect(seen.filter((s) => s.kind === 'health' && s.status !== 200)).toEqual([]);
    for (const unavailable of seen.filter((s) => s.status === 503)) {
      expect(unavailable.type).toMatch(/^application\/problem\+json/);
      expect(Number(unavailable.retryAfter)).toBeGreaterThan(0);
    }
    // Every write that was acknowledged is in the database.
    const ids = [...acknowledged.keys()];
    const rows = await query<{ id: number; text: string }>(a.record().url, 'SELECT id, text FROM claims WHERE id = ANY($1)', [ids]);
    expect(new Map(rows.map((r) => [r.id, r.text]))).toEqual(acknowledged);
  });
});

/** Listens on the port once the killed postmaster has let go of it; null if another server took it first. */
async function takePort(port: number, killed: number): Promise<net.Server | undefined> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const server = net.createServer((socket) => socket.destroy());
    const taken = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (taken) return server;
    // Still bound: by the dying postmaster (wait), or already by a restarted one (give up).
    if (!isAlive(killed)) {
      const holder = await accepts(port);
      if (holder) return undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return undefined;
}

test.describe('stopping', () => {
  let instance: AppInstance | undefined;
  const dataDir = tempDataDir('signals');
  test.afterEach(async () => {
    test.setTimeout(180_000);
    if (instance) await stopApp(instance);
    instance = undefined;
  });
  test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('SIGTERM to `npm start` alone: in-flight requests finish, keep-alive connections close, then app and database stop', async () => {
    test.setTimeout(600_000);
    instance = await startApp({ dataDir });
    const app = instance;
    const email = `stop-${randomBytes(4).toString('hex')}@example.org`;
    expect((await app.cli('users', 'add', '--email', email, '--role', 'editor', '--password', `pw-${randomBytes(8).toString('hex')}`)).status).toBe(0);
    const bearer = (await app.cli('users', 'token', '--email', email)).stdout.trim();
    const postmaster = app.record().postmasterPid;

    // An idle keep-alive connection …
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let keepAliveClosed = false;
    await new Promise<void>((resolve, reject) => {
      http
        .get(`${app.url}/api/v1/outlets`, { agent }, (res) => {
          expect(res.statusCode).toBe(200);
          res.socket.once('close', () => (keepAliveClosed = true));
          res.resume().on('end', () => resolve());
        })
        .on('error', reject);
    });
    // … and a write in flight: headers and half the body sent.
    const text = `in flight at shutdown ${randomBytes(4).toString('hex')}`;
    const body = Buffer.from(JSON.stringify({ text }));
    const inFlight = net.connect(app.port, '127.0.0.1');
    await new Promise((resolve) => inFlight.once('connect', resolve));
    let answer = '';
    inFlight.on('data', (chunk) => (answer += chunk.toString()));
    const answered = new Promise((resolve) => inFlight.once('close', resolve));
    inFlight.write(
      `POST /api/v1/claims HTTP/1.1\r\nHost: 127.0.0.1:${app.port}\r\nAuthorization: Bearer ${bearer}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
    );
    inFlight.write(body.subarray(0, 10));

    process.kill(app.npm.pid!, 'SIGTERM'); // npm alone, as docker stop or systemd would
    await expect.poll(() => accepts(app.port), { timeout: 60_000, message: 'the server still accepts connections' }).toBe(false);
    await expect.poll(() => keepAliveClosed, { timeout: 60_000, message: 'the idle keep-alive connection is still open' }).toBe(true);
    inFlight.write(body.subarray(10));
    await answered;
    expect(answer).toMatch(/^HTTP\/1\.1 201 /);
    const id = Number(/"id":(\d+)/.exec(answer)?.[1]);

    await expectAllGone(app, postmaster);
    expect(app.output()).toMatch(/\[claimgrid\] stopped in/);

    // The write that was answered is there after a restart.
    instance = await startApp({ dataDir });
    const rows = await query<{ text: string }>(instance.record().url, 'SELECT text FROM claims WHERE id = $1', [id]);
    expect(rows).toEqual([{ text }]);
  });

  test('with nobody reading its output any more, a signal to `npm start` still stops the app and its database', async () => {
    test.setTimeout(600_000);
    instance = await startApp({ dataDir });
    const app = instance;
    const postmaster = app.record().postmasterPid;
    // the terminal is gone: every line the app writes from now on fails with EPIPE
    app.npm.stdout!.destroy();
    app.npm.stderr!.destroy();
    process.kill(app.npm.pid!, 'SIGTERM');
    await expectAllGone(app, postmaster);
    instance = undefined;
  });

  for (const signal of ['SIGINT', 'SIGHUP'] as const) {
    test(`${signal} to \`npm start\` alone stops the app and its database`, async () => {
      test.setTimeout(600_000);
      instance = await startApp({ dataDir });
      const app = instance;
      const postmaster = app.record().postmasterPid;
      process.kill(app.npm.pid!, signal);
      await expectAllGone(app, postmaster);
      instance = undefined;
    });
  }
});

test('the e2e server records its database for the CLI and keeps its password private', async () => {
  const dir = process.env.E2E_DATA_DIR ?? '.data/e2e';
  const record = JSON.parse(readFileSync(`${dir}/postgres-server.json`, 'utf8')) as { url: string };
  const password = readFileSync(`${dir}/postgres-password`, 'utf8').trim();
  expect(password).toMatch(/^[0-9a-f]{32,}$/);
  expect(statSync(`${dir}/postgres-password`).mode & 0o777).toBe(0o600);
  expect(statSync(`${dir}/postgres-server.json`).mode & 0o777).toBe(0o600);
  expect(new URL(record.url).password).toBe(password);
  expect(new URL(record.url).password).not.toBe('claimgrid');
});
