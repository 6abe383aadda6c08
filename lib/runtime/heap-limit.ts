// The server's V8 heap limit. V8 sizes its old space from the machine's memory (about 4 GB on a
// large machine) and, below that limit, collects lazily: under steady load the heap and the
// resident memory grow far beyond what the live objects need. `CLAIMGRID_MAX_HEAP_MB` (default
// 288) becomes node's `--max-old-space-size` for the server process: npm start / npm run dev
// (package.json passes it on the command line) and the bench's server (lib/bench/bench-server.ts);
// scripts/start.ts checks it and says the limit in force. Pure; used by scripts.

// 320 held 100 concurrent readers under 500 MB of resident memory in some soaks and not in others
// (peaks 478 to 516 MB, 2026-12-07); 288 gave peaks of 467 MB (1x) and 460 MB (5x) with no
// request failing, the passage index's batches included.
export const DEFAULT_MAX_HEAP_MB = 288;

/** The heap limit in MB from `CLAIMGRID_MAX_HEAP_MB`. */
export function heapLimitFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_MAX_HEAP_MB;
  const mb = Number(value);
  if (!Number.isInteger(mb) || mb < 0) throw new RangeError(`CLAIMGRID_MAX_HEAP_MB must be a whole number of MB, got ${JSON.stringify(value)}`);
  if (mb < 128) throw new RangeError(`CLAIMGRID_MAX_HEAP_MB must be at least 128 (the app needs about 100 MB of heap to start), got ${mb}`);
  return mb;
}

/** node's command-line flag for that limit. */
export function heapLimitArgs(value: string | undefined): string[] {
  return [`--max-old-space-size=${heapLimitFromEnv(value)}`];
}

/** One line describing `process.memoryUsage()`, in MB. */
export function describeMemory(usage: NodeJS.MemoryUsage): string {
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return `rss ${mb(usage.rss)} MB, heap ${mb(usage.heapUsed)} of ${mb(usage.heapTotal)} MB, external ${mb(usage.external)} MB (array buffers ${mb(usage.arrayBuffers)} MB)`;
}
