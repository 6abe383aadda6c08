// The bench's command line (`npm run bench -- …`, scripts/bench.ts lists the flags): parseArgs
// options checked and read into BenchOptions. A number that is not one, or an --http server
// elsewhere, is refused here, before a database is opened; counts are then held to their ranges
// as they always were (`--runs 0` is one run, `--concurrency` 1 or 2). Pure: the environment and
// the working folder are passed in.
import path from 'node:path';
import { parseArgs } from 'node:util';

const OPTIONS = {
  runs: { type: 'string', default: '50' },
  warmup: { type: 'string', default: '5' },
  'database-url': { type: 'string' },
  http: { type: 'string' },
  'server-pid': { type: 'string' },
  concurrency: { type: 'string', default: '2' },
  only: { type: 'string' },
  'max-seconds': { type: 'string', default: '120' },
  seed: { type: 'string', default: '1' },
  serve: { type: 'boolean', default: false },
  'app-dir': { type: 'string' },
  'skip-export': { type: 'boolean', default: false },
  'soak-laps': { type: 'string', default: '4' },
  'soak-concurrency': { type: 'string', default: '100' },
  'skip-seed-corpus': { type: 'boolean', default: false },
  'skip-finder': { type: 'boolean', default: false },
  lighthouse: { type: 'boolean', default: false },
  'lighthouse-only': { type: 'boolean', default: false },
  'lighthouse-runs': { type: 'string', default: '5' },
  'http-only': { type: 'boolean', default: false },
} as const;

export type BenchOptions = {
  /** timed runs per operation (at least 1) */
  runs: number;
  /** untimed runs before them (at least 0) */
  warmup: number;
  /** time budget of one operation, in seconds */
  maxSeconds: number;
  /** concurrent HTTP clients of the timed HTTP runs: 1 or 2 */
  concurrency: number;
  /** untimed soak laps after the timed HTTP runs (0: none) */
  soakLaps: number;
  /** concurrent readers of a soak lap (at least 1) */
  soakConcurrency: number;
  /** --database-url, else SYNTHETIC_DATABASE_URL; unset: the embedded synthetic database */
  databaseUrl?: string;
  /** a server on this machine to time over HTTP: --http, else BENCH_BASE_URL; unset with --serve, which starts one */
  http?: URL;
  /** the process whose memory the HTTP runs watch (--server-pid; --serve: the started server's) */
  serverPid?: number;
  /** keep only the operations whose name holds this text */
  only?: string;
  /** seed of the random choice of claims and articles */
  seed: number;
  serve: boolean;
  /** the app's folder, for --serve and --lighthouse (absolute) */
  appDir: string;
  skipExport: boolean;
  skipSeedCorpus: boolean;
  skipFinder: boolean;
  lighthouse: boolean;
  lighthouseOnly: boolean;
  /** how many times the Lighthouse pass runs each page (its median run is kept) */
  lighthouseRuns: number;
  /**
   * --http-only: the pass over HTTP and its soak, nothing else. The bench runs its own HTTP pass
   * this way, in a fresh process (http-child.ts), after the in-process operations.
   */
  httpOnly: boolean;
};

/** BENCH_BASE_URL and SYNTHETIC_DATABASE_URL are read from it. */
export type BenchEnvironment = Readonly<Record<string, string | undefined>>;

function number(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`--${flag} must be a number, got ${value}`);
  return n;
}

function wholeNumber(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n)) throw new Error(`--${flag} must be a whole number, got ${value}`);
  return n;
}

/** The bench times servers on this machine only: their figures are this machine's. */
function localUrl(base: string | undefined): URL | undefined {
  if (base === undefined) return undefined;
  const url = new URL(base);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`--http must point at this machine (127.0.0.1 or localhost), got ${url.hostname}`);
  }
  return url;
}

/** Reads the bench's command-line arguments (without node and the script); throws on a bad one. */
export function parseBenchOptions(argv: string[], env: BenchEnvironment = {}, cwd = process.cwd()): BenchOptions {
  const { values: args } = parseArgs({ args: argv, options: OPTIONS });
  const lighthouseRuns = Number(args['lighthouse-runs']);
  if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) {
    throw new Error(`--lighthouse-runs must be a whole number of at least 1, got ${args['lighthouse-runs']}`);
  }
  return {
    runs: Math.max(1, wholeNumber('runs', args.runs)),
    warmup: Math.max(0, wholeNumber('warmup', args.warmup)),
    maxSeconds: number('max-seconds', args['max-seconds']),
    concurrency: Math.min(2, Math.max(1, wholeNumber('concurrency', args.concurrency))),
    soakLaps: Math.max(0, wholeNumber('soak-laps', args['soak-laps'])),
    soakConcurrency: Math.max(1, wholeNumber('soak-concurrency', args['soak-concurrency'])),
    databaseUrl: args['database-url'] ?? env.SYNTHETIC_DATABASE_URL,
    http: args.serve ? undefined : localUrl(args.http ?? env.BENCH_BASE_URL),
    serverPid: args['server-pid'] === undefined ? undefined : wholeNumber('server-pid', args['server-pid']),
    // an empty --only keeps every operation
    only: args.only || undefined,
    seed: number('seed', args.seed),
    serve: args.serve,
    appDir: path.resolve(cwd, args['app-dir'] ?? '.'),
    skipExport: args['skip-export'],
    skipSeedCorpus: args['skip-seed-corpus'],
    skipFinder: args['skip-finder'],
    lighthouse: args.lighthouse,
    lighthouseOnly: args['lighthouse-only'],
    lighthouseRuns,
    httpOnly: args['http-only'],
  };
}
