// A least-recently-used map bounded by an estimate of the bytes it holds rather than by a count
// of entries: the caches of the data layer keep values whose size varies a thousandfold (a
// claim with three quotes or with three hundred), so a count bounds nothing. Pure.

/** A rough size in bytes of a value as V8 holds it: strings 2 bytes a character, objects and arrays a header and 8 bytes a slot. */
export function estimateBytes(value: unknown, seen = new Set<object>()): number {
  switch (typeof value) {
    case 'string':
      return 16 + value.length * 2;
    case 'number':
    case 'boolean':
    case 'undefined':
      return 8;
    case 'bigint':
      return 24;
    case 'function':
    case 'symbol':
      return 8;
  }
  if (value === null) return 8;
  const object = value as object;
  if (seen.has(object)) return 8;
  seen.add(object);
  if (ArrayBuffer.isView(object)) return 64 + object.byteLength;
  if (object instanceof Date) return 32;
  if (object instanceof Map) {
    let bytes = 64;
    for (const [k, v] of object) bytes += 16 + estimateBytes(k, seen) + estimateBytes(v, seen);
    return bytes;
  }
  if (object instanceof Set) {
    let bytes = 64;
    for (const v of object) bytes += 8 + estimateBytes(v, seen);
    return bytes;
  }
  if (Array.isArray(object)) {
    let bytes = 32;
    for (const v of object) bytes += 8 + estimateBytes(v, seen);
    return bytes;
  }
  let bytes = 32;
  for (const [k, v] of Object.entries(object)) bytes += 8 + estimateBytes(k, seen) + estimateBytes(v, seen);
  return bytes;
}

export type ByteBudgetLru<V> = {
  get(key: string): V | undefined;
  /** Keeps `value` as the most recently used; `bytes` defaults to estimateBytes(key and value). A value larger than the whole budget is not kept. */
  set(key: string, value: V, bytes?: number): void;
  delete(key: string): void;
  clear(): void;
  readonly size: number;
  readonly bytes: number;
};

export function createByteBudgetLru<V>(maxBytes: number): ByteBudgetLru<V> {
  if (!(maxBytes > 0)) throw new RangeError(`a cache budget must be positive, got ${maxBytes}`);
  const entries = new Map<string, { value: V; bytes: number }>();
  let total = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    total -= entry.bytes;
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      // most recently used last: Map keeps insertion order
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, bytes = estimateBytes(key) + estimateBytes(value)) {
      remove(key);
      if (bytes > maxBytes) return;
      entries.set(key, { value, bytes });
      total += bytes;
      while (total > maxBytes) remove(entries.keys().next().value!);
    },
    delete: remove,
    clear() {
      entries.clear();
      total = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return total;
    },
  };
}
