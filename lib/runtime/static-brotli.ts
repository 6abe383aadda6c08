// The build's scripts and stylesheets, Brotli-compressed once per server start and served to
// browsers that accept `br`. Next.js compresses responses with gzip only; Brotli makes the
// same JavaScript about a sixth smaller (a phone's first visit downloads ~160 KB of it over a
// slow link before the page can run). Files are compressed in the background off the main
// thread (zlib's thread pool), after the server starts; until a file's turn, or for a browser
// without `br`, Next.js serves it as before. The files are the build's own and immutable (their
// names carry a content hash), so they are cached for a year like Next.js's.
import { readdir, readFile } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Files smaller than this are not worth a second encoding. */
const MIN_BYTES = 1024;

export const STATIC_PREFIX = '/_next/static/';

/** Whether an Accept-Encoding header admits Brotli (and does not refuse it with q=0). */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'br') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && path.extname(e.name) in TYPES).map((e) => path.join(e.parentPath, e.name));
}

export type StaticBrotli = {
  /** Answers the request from the compressed copy and returns true, or returns false to leave it to Next.js. */
  serve(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean;
  /** Settles when every file has been compressed (or failed to be, which leaves it to Next.js). */
  ready: Promise<void>;
  /** how many files are held, and their compressed bytes */
  size(): { files: number; bytes: number };
};

/** Starts compressing the files under `staticDir` (the build's `.next/static`). */
export function createStaticBrotli(staticDir: string): StaticBrotli {
  const compressed = new Map<string, Buffer>();
  const ready = (async () => {
    for (const file of await listFiles(staticDir)) {
      const body = await readFile(file).catch(() => null);
      if (!body || body.length < MIN_BYTES) continue;
      const br = await brotli(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).catch(() => null);
      const key = STATIC_PREFIX + path.relative(staticDir, file).split(path.sep).join('/');
      if (br && br.length < body.length) compressed.set(key, br);
    }
  })();

  return {
    ready,
    size: () => ({ files: compressed.size, bytes: [...compressed.values()].reduce((sum, b) => sum + b.length, 0) }),
    serve(req, res, pathname) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const body = compressed.get(pathname);
      if (!body || !acceptsBrotli(req.headers['accept-encoding'])) return false;
      res.writeHead(200, {
        'content-type': TYPES[path.extname(pathname)]!,
        'content-encoding': 'br',
        'content-length': body.length,
        'cache-control': 'public, max-age=31536000, immutable',
        vary: 'Accept-Encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}
