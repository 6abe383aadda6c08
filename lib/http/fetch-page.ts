// Owns fetching a web page for import, on the server, with the limits a server that fetches
// on a user's behalf needs (SSRF): http and https only; every address the host name resolves
// to must be public (no loopback, private, link-local, CGNAT, multicast or reserved ranges),
// checked again at every redirect, and the connection goes to the address that was checked
// (no second DNS answer in between); at most MAX_REDIRECTS redirects, MAX_UPLOAD_BYTES of body
// and FETCH_TIMEOUT_MS in all. CLAIMGRID_IMPORT_ALLOW_PRIVATE=1 lifts the address check (for
// tests against a local server, or an intranet deployment).
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { AppError, errorMessage, type ErrorMessage } from '../errors';
import { MAX_UPLOAD_BYTES } from '../importer';

export const MAX_REDIRECTS = 5;
export const FETCH_TIMEOUT_MS = 15_000;

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return !blocked.check(mapped[1]!, 'ipv4');
    return !blocked.check(address, 'ipv6');
  }
  return false;
}

export function allowPrivateAddresses(): boolean {
  return process.env.CLAIMGRID_IMPORT_ALLOW_PRIVATE === '1';
}

export type FetchedPage = { url: string; html: string; filename: string };

function refuse(message: ErrorMessage, reason = 'fetch'): never {
  throw new AppError('validation', message, { fieldErrors: { sourceUrl: [message] }, reason });
}

/** Resolves a host and checks every address; returns the one to connect to. */
async function resolvePublic(host: string): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, '');
  const answers = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await lookup(bare, { all: true, verbatim: true }).catch(() => []);
  if (answers.length === 0) refuse(errorMessage('fetch.cannotResolve', { host }));
  if (!allowPrivateAddresses()) {
    const bad = answers.find((a) => !isPublicAddress(a.address));
    if (bad) refuse(errorMessage('fetch.privateAddress', { host, address: bad.address }));
  }
  return answers[0]!;
}

type Response = { status: number; location: string | null; contentType: string; body: Buffer };

function request(url: URL, address: { address: string; family: number }, signal: AbortSignal): Promise<Response> {
  const pinned: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      { lookup: pinned, signal, headers: { 'user-agent': 'Claimgrid-importer/1.0', accept: 'text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1' } },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          return resolve({ status, location: res.headers.location ?? null, contentType: '', body: Buffer.alloc(0) });
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > MAX_UPLOAD_BYTES) {
          res.destroy();
          return reject(new AppError('too_large', errorMessage('fetch.tooLarge', { size: declared, limit: MAX_UPLOAD_BYTES })));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_UPLOAD_BYTES) {
            res.destroy();
            reject(new AppError('too_large', errorMessage('fetch.tooLargeStreamed', { limit: MAX_UPLOAD_BYTES })));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status, location: null, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

/** The charset a response declares (header, then <meta charset>), UTF-8 otherwise. */
function decode(body: Buffer, contentType: string): string {
  const head = body.subarray(0, 4096).toString('latin1');
  const declared =
    /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(declared.toLowerCase()).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** Fetches one page (see the header for the limits). Failures are AppErrors an editor can act on. */
export async function fetchPage(rawUrl: string): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    refuse(errorMessage('fetch.notWebAddress'));
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') refuse(errorMessage('fetch.protocol', { protocol: url.protocol }));
    if (url.username || url.password) refuse(errorMessage('fetch.credentials'));
    const address = await resolvePublic(url.hostname);
    let response: Response;
    try {
      response = await request(url, address, signal);
    } catch (error) {
      if (error instanceof AppError) throw error;
      refuse(
        signal.aborted
          ? errorMessage('fetch.timeout', { seconds: FETCH_TIMEOUT_MS / 1000 })
          : errorMessage('fetch.failed', { host: url.host, detail: (error as Error).message }),
      );
    }
    if (response.location !== null) {
      if (hop >= MAX_REDIRECTS) refuse(errorMessage('fetch.tooManyRedirects', { max: MAX_REDIRECTS }));
      url = new URL(response.location, url);
      continue;
    }
    if (response.status < 200 || response.status >= 300) refuse(errorMessage('fetch.httpStatus', { host: url.host, status: response.status }));
    const html = decode(response.body, response.contentType);
    const isText = /^text\/plain/i.test(response.contentType);
    const isMarkdown = /^text\/markdown/i.test(response.contentType);
    const filename = `${url.hostname}${isMarkdown ? '.md' : isText ? '.txt' : '.html'}`;
    return { url: url.toString(), html, filename };
  }
}
