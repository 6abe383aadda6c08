// The HTTP server around Next.js's request handler that `npm start` runs. It answers what Next
// cannot while the database is gone, and stops in order:
// - GET /api/health: liveness, never touches the database.
// - GET /api/ready: 200 when the database answers and every migration is applied, else 503.
// - While the database is down (lib/runtime/database-monitor.ts), every other request gets 503
//   application/problem+json with Retry-After, pages and API alike (static assets still served).
// - A 5xx that Next produced is held until the monitor has probed the database: when the
//   database explains it (unreachable, an outage or a lost connection while the request ran),
//   the client gets the 503 instead of a bare 500.
// - close(): stop accepting, let in-flight requests finish (answering "Connection: close"),
//   close idle keep-alive connections, and only then resolve, so the caller stops the
//   database after the last response.
import http from 'node:http';
import path from 'node:path';
import type { Socket } from 'node:net';
import next from 'next';
import { problem } from '../http/problem';
import type { DatabaseMonitor } from './database-monitor';
import { createRequestGate, requestLimitFromEnv } from './request-gate';
import { createStaticBrotli, STATIC_PREFIX } from './static-brotli';

export type AppServer = {
  server: http.Server;
  /** Drains and closes; requests still running after graceMs are cut off. */
  close: (graceMs?: number) => Promise<void>;
};

export type AppServerOptions = {
  dev: boolean;
  dir: string;
  port: number;
  hostname?: string;
  monitor: DatabaseMonitor;
  log: (line: string) => void;
  /** requests handled at once (others wait their turn); default CLAIMGRID_MAX_CONCURRENT_REQUESTS or DEFAULT_CONCURRENT_REQUESTS (4) */
  maxConcurrentRequests?: number;
};

/** Seconds a client should wait before trying again while the database is down. */
export const RETRY_AFTER_SECONDS = 5;

type Writer = {
  writeHead: (status: number, headers: Record<string, string>) => unknown;
  end: (body?: string) => unknown;
};

/** `writer`: the response's methods to use, bypassing wrappers (see holdServerErrors). */
function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, writer: Writer = res): void {
  const text = JSON.stringify(body);
  writer.writeHead.call(res, status, {
    'content-type': status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  writer.end.call(res, res.req.method === 'HEAD' ? undefined : text);
}

function sendUnavailable(res: http.ServerResponse, detail: string, writer: Writer = res): void {
  for (const name of res.getHeaderNames()) if (name !== 'connection') res.removeHeader(name);
  sendJson(res, 503, problem(503, detail), { 'retry-after': String(RETRY_AFTER_SECONDS) }, writer);
}

const DATABASE_DOWN = 'The database is unavailable; try again shortly.';

/**
 * Holds a 5xx response (status, headers, body) until `decide` says whether an outage caused it;
 * then either replays it or answers 503 instead. The wrappers stay in place for the response's
 * life (Next's compression wraps them in turn), passing everything through once the head is
 * not a 5xx.
 */
function holdServerErrors(res: http.ServerResponse, decide: () => Promise<boolean>): void {
  type Fn = (...args: unknown[]) => unknown;
  const native = { writeHead: res.writeHead as unknown as Fn, write: res.write as unknown as Fn, end: res.end as unknown as Fn };
  let mode: 'open' | 'pass' | 'held' = 'open';
  let head: unknown[] = [];
  const chunks: [unknown, BufferEncoding | undefined][] = [];
  let ended = false;
  const isServerError = (status: number) => status >= 500 && status !== 503;
  const encodingOf = (value: unknown) => (typeof value === 'string' ? (value as BufferEncoding) : undefined);
  // The head is written explicitly (writeHead) or implicitly by the first write or end.
  const decideHead = (status: number, args: unknown[]) => {
    if (mode !== 'open') return;
    if (!res.headersSent && isServerError(status)) {
      mode = 'held';
      head = args;
    } else mode = 'pass';
  };

  res.writeHead = function writeHead(this: http.ServerResponse, ...args: unknown[]) {
    decideHead(Number(args[0]), args);
    return mode === 'pass' ? native.writeHead.apply(this, args) : this;
  } as unknown as typeof res.writeHead;

  res.write = function write(this: http.ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    decideHead(res.statusCode, [res.statusCode]);
    if (mode === 'pass') return native.write.call(this, chunk, encoding, callback);
    chunks.push([chunk, encodingOf(encoding)]);
    const cb = typeof encoding === 'function' ? encoding : callback;
    if (typeof cb === 'function') process.nextTick(cb as () => void);
    return true;
  } as unknown as typeof res.write;

  res.end = function end(this: http.ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decideHead(res.statusCode, [res.statusCode]);
    if (mode === 'pass') return native.end.call(this, chunk, encoding, callback);
    if (ended) return this;
    ended = true;
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push([chunk, encodingOf(encoding)]);
    const cb = [chunk, encoding, callback].find((a) => typeof a === 'function') as (() => void) | undefined;
    void decide()
      .catch(() => true)
      .then((outage) => {
        if (res.destroyed) return;
        if (outage) sendUnavailable(res, DATABASE_DOWN, native as unknown as Writer);
        else {
          native.writeHead.apply(res, head);
          for (const [c, enc] of chunks) native.write.call(res, c, enc);
          native.end.call(res);
        }
        cb?.();
      });
    return this;
  } as unknown as typeof res.end;
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { monitor, log } = options;
  let draining = false;
  const active = new Set<Socket>();

  const server = http.createServer();
  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: options.hostname, httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  const brotli = options.dev ? null : createStaticBrotli(path.join(options.dir, '.next', 'static'));
  void brotli?.ready.then(() => {
    const { files, bytes } = brotli.size();
    log(`scripts and stylesheets Brotli-compressed: ${files} files, ${Math.round(bytes / 1024)} KiB`);
  });
  // A crowd of readers waits here rather than all at once in memory and in the database pool.
  const gate = createRequestGate(options.maxConcurrentRequests ?? requestLimitFromEnv(process.env.CLAIMGRID_MAX_CONCURRENT_REQUESTS));

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    active.add(socket);
    res.once('close', () => active.delete(socket));
    // During shutdown every answer closes its connection, so keep-alive clients go elsewhere.
    if (draining) res.setHeader('connection', 'close');

    const pathname = (req.url ?? '/').split('?')[0]!;
    if (pathname === '/api/health') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (pathname === '/api/ready') {
      if (draining) {
        sendUnavailable(res, 'The server is shutting down.');
        return;
      }
      void monitor.readiness().then(
        (state) => (state.ready ? sendJson(res, 200, { status: 'ready' }) : sendUnavailable(res, state.detail)),
        () => sendUnavailable(res, DATABASE_DOWN),
      );
      return;
    }
    if (!monitor.isUp() && !pathname.startsWith(STATIC_PREFIX)) {
      sendUnavailable(res, DATABASE_DOWN);
      return;
    }
    const serve = () => {
      holdServerErrors(res, monitor.watchRequest());
      return handle(req, res).catch((error: unknown) => {
        log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end();
        }
      });
    };
    // static files need neither the database nor much memory: never queued
    if (pathname.startsWith(STATIC_PREFIX)) {
      if (!brotli?.serve(req, res, pathname)) void serve();
      return;
    }
    void gate.enter().then((done) => {
      // the slot is freed when the response ends or the client goes away
      res.once('close', done);
      if (res.destroyed || req.socket.destroyed) {
        done();
        return;
      }
      // the database may have gone while the request waited its turn
      if (!monitor.isUp()) {
        sendUnavailable(res, DATABASE_DOWN);
        return;
      }
      void serve();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });

  let closing: Promise<void> | null = null;
  return {
    server,
    close: (graceMs = 10_000) =>
      (closing ??= new Promise<void>((resolve) => {
        draining = true;
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const force = setTimeout(() => {
          log(`cutting off ${active.size} request(s) still running after ${graceMs / 1000} s`);
          server.closeAllConnections();
        }, graceMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }).then(() => Promise.race([app.close().catch(() => {}), new Promise<void>((r) => setTimeout(r, 1_000).unref())]))),
  };
}
