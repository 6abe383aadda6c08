// `npm run bench [-- --runs 50 --warmup 5 --database-url URL --only substring --max-seconds 120
//  --skip-export --skip-seed-corpus --skip-finder --soak-laps 4 --soak-concurrency 100 --http http://127.0.0.1:3000 --server-pid PID | --serve [--app-dir DIR]
//  --lighthouse | --lighthouse-only [--lighthouse-runs 3] | --http-only]`
// Times the claim table, claim/outlet/article pages, history, search and the evidence finder
// against the synthetic corpus (npm run seed:synthetic), the finder also on the seed corpus
// (a scratch database of its own), and optionally a production server over HTTP: one already
// running on this machine (--http, with --server-pid to watch its memory), or the app's own
// server (scripts/start.ts, as `npm start` runs it; it builds first when the build in DIR/.next
// is stale) that the bench starts on the synthetic database (--serve) and stops at the end.
// --lighthouse adds a Lighthouse pass (mobile preset) over `/`, a claim page and an article
// page of the app's own server on the synthetic corpus and on the seed corpus, each page
// --lighthouse-runs times (default 3) keeping its median run; --lighthouse-only runs just that.
// Every operation gets warm-up runs, then timed runs, and reports median / p95 / min / max (and
// the bench process's CPU per run: PostgreSQL's is not in it) next to its target, if it has one.
// Over HTTP, more untimed laps over the same pages (--soak-laps, 0 to skip) show whether the
// server's memory stays flat. The HTTP pass runs in a fresh process of its own (--http-only, which
// times only that against --http or --serve), so the bench's own heap stays out of the server's way.
// This file is the command line only: the flags are read in lib/bench/options.ts, the run is
// lib/bench/run-bench.ts, and the operations are plain lists of { name, run, target } in
// lib/bench/*-operations.ts: add one there to measure it.
import { parseBenchOptions } from '../lib/bench/options';
import { runBench } from '../lib/bench/run-bench';

async function main(): Promise<void> {
  await runBench(parseBenchOptions(process.argv.slice(2), process.env));
}

main()
  .catch((error) => {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  // An explicit exit with the code set above: nothing still open (a pool, a timer) keeps the process alive.
  .finally(() => process.exit(process.exitCode ?? 0));
