// At most `limit` requests are handled at once; the others wait their turn, first come first
// served. Under a crowd of readers this bounds what the server holds in memory (each request
// in flight holds its query results and its rendered page) and keeps requests from timing out
// in the database pool's queue (10 connections) instead of waiting here. Pure; used by
// app-server.ts around Next's request handler.

export type RequestGate = {
  /** Resolves once the request may run; call the returned function when it is done (once is enough). */
  enter(): Promise<() => void>;
  readonly running: number;
  readonly waiting: number;
};

export function createRequestGate(limit: number): RequestGate {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`the request limit must be a whole number ≥ 1, got ${limit}`);
  let running = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    // the slot passes straight to the next request waiting, so none can jump the queue
    if (next) next();
    else running--;
  };
  return {
    enter() {
      let released = false;
      const done = () => {
        if (released) return;
        released = true;
        release();
      };
      if (running < limit) {
        running++;
        return Promise.resolve(done);
      }
      return new Promise((resolve) => queue.push(() => resolve(done)));
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}

/**
 * Requests in flight by default. Measured on the 5x corpus under 100 concurrent readers (four soak
 * laps, 320 MB heap): 10 at once peaked at 516 MB of server memory, 6 at 494 MB, with the same
 * latency for two clients. At 1x with the 288 MB heap, 6 at once ended the laps at 465-471 MB
 * (peak 503), 4 at 450-452 MB (peak 472). Two cores gain nothing from more pages rendering at
 * once, and the database pool (10 connections) keeps room for a page's parallel reads.
 */
export const DEFAULT_CONCURRENT_REQUESTS = 4;

/** CLAIMGRID_MAX_CONCURRENT_REQUESTS, or the default. */
export function requestLimitFromEnv(value: string | undefined, fallback = DEFAULT_CONCURRENT_REQUESTS): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`CLAIMGRID_MAX_CONCURRENT_REQUESTS must be a whole number ≥ 1, got ${value}`);
  return n;
}
