// Figures computed once per view of the claim table (how many claims it matches, its
// per-outlet totals, where its pages end) and kept until the data changes. The database
// counts changes: claim_table_version, bumped by statement triggers on claims, claim_cells,
// outlets, evidence, reviews and articles in the writing transaction (migrations
// 20261206030000_cell_stance and 20261209000000_table_version_rows). A figure is
// stored under the version read BEFORE it was computed, so it is never newer-labelled than
// its data: a write that lands in between only makes the entry look stale to the next reader.
// One bounded cache per database client; nothing here outlives the process.
// Bounded by an estimate of its bytes (VIEW_CACHE_BYTES per client), not by a count of views.
import type { Db } from '../../db/prisma';
import { createByteBudgetLru, type ByteBudgetLru } from '../../cache/byte-budget-lru';

export const VIEW_CACHE_BYTES = 16 * 2 ** 20;

/** Values kept per database client and data version, bounded by bytes: a value kept under an
 * older version than the one asked for is dropped on the way. The view figures below use one;
 * so does the API's claim list (lib/http/versioned-json.ts). */
export type VersionedStore<T> = {
  get(db: Db, key: string, version: bigint): T | undefined;
  /** `bytes`: the value's size when known (else estimated, lib/cache/byte-budget-lru.ts) */
  set(db: Db, key: string, version: bigint, value: T, bytes?: number): void;
  clear(db: Db): void;
};

export function createVersionedStore<T>(maxBytes: number): VersionedStore<T> {
  const caches = new WeakMap<Db, ByteBudgetLru<{ version: bigint; value: T }>>();
  const cacheOf = (db: Db) => {
    let cache = caches.get(db);
    if (!cache) caches.set(db, (cache = createByteBudgetLru(maxBytes)));
    return cache;
  };
  return {
    get(db, key, version) {
      const cache = cacheOf(db);
      const entry = cache.get(key);
      if (!entry) return undefined;
      if (entry.version !== version) {
        cache.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(db, key, version, value, bytes) {
      cacheOf(db).set(key, { version, value }, bytes === undefined ? undefined : bytes + key.length * 2 + 64);
    },
    clear(db) {
      caches.delete(db);
    },
  };
}

const viewFigures = createVersionedStore<unknown>(VIEW_CACHE_BYTES);

/** The data's current version: read it before computing anything to be cached under it. */
export async function readViewVersion(db: Db): Promise<bigint> {
  const [row] = await db.$queryRaw<{ version: bigint }[]>`SELECT version FROM claim_table_version WHERE id = 1`;
  return row?.version ?? 0n;
}

export function getCached<T>(db: Db, key: string, version: bigint): T | undefined {
  return viewFigures.get(db, key, version) as T | undefined;
}

export function setCached(db: Db, key: string, version: bigint, value: unknown): void {
  viewFigures.set(db, key, version, value);
}

/** The cached value, or compute it and cache it under `version`. */
export async function cached<T>(db: Db, key: string, version: bigint, compute: () => Promise<T>): Promise<T> {
  const hit = getCached<T>(db, key, version);
  if (hit !== undefined) return hit;
  const value = await compute();
  setCached(db, key, version, value);
  return value;
}

/** Forget every cached figure of this client (the benchmark times the uncached path with it). */
export function clearViewCache(db: Db): void {
  viewFigures.clear(db);
}
