// GET answers that are a function of the claim table's data and the request's URL (the API's
// claim list): the JSON is made once per data version (claim_table_version, which the writing
// transaction moves on, see lib/data/claim-table/view-cache.ts) and kept as UTF-8 bytes, and it
// carries an ETag, so a client that already holds this version gets a 304 without a body. The
// body is stored under the version read BEFORE it was made: a write landing in between only
// makes the entry look stale to the next reader. Bounded by bytes; nothing outlives the process.
import { createHash } from 'node:crypto';
import type { Db } from '../db/prisma';
import { createVersionedStore, readViewVersion } from '../data/claim-table';

/** Bytes of answers kept per database client (a 100-claim page of a 200-outlet table is 2.7 MB; a bigger answer than this is not kept). */
export const VERSIONED_BODY_BYTES = 16 * 2 ** 20;

const bodies = createVersionedStore<Buffer<ArrayBuffer>>(VERSIONED_BODY_BYTES);

/** Whether an If-None-Match header names this entity tag (weak comparison, RFC 9110 13.1.2). */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/**
 * The JSON `make` gives, for `key` (everything the answer depends on besides the data: the
 * URL, who may see drafts) at the data's current version: from the cache when this version
 * made it already, 304 when the request's If-None-Match names it.
 */
export async function versionedJsonResponse(db: Db, request: Request, key: string, make: () => Promise<unknown>): Promise<Response> {
  const version = await readViewVersion(db);
  const etag = `"${version}-${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`;
  // no-cache: a cache may keep the answer but asks each time whether it is still current
  const headers = { etag, 'cache-control': 'no-cache' };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  let body = bodies.get(db, key, version);
  if (!body) {
    // bytes, not a string: Response would check a string's code points and encode it again
    body = Buffer.from(JSON.stringify(await make()), 'utf8');
    bodies.set(db, key, version, body, body.byteLength);
  }
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** Forget every kept answer of this client (the benchmark times the uncached path with it). */
export function clearVersionedBodies(db: Db): void {
  bodies.clear(db);
}
