// Timing a list of operations: warm-up runs, then timed runs by one or more concurrent workers
// until the runs are done or the operation's time budget is spent, with the bench process's CPU
// per timed run (PostgreSQL's is not in it); a line per operation as it finishes, then the table
// of all of them with the verdicts on their targets (lib/bench/report.ts).
import { selectOperations, type Operation } from './operation';
import { formatStatsTable, ms, type ReportRow } from './report';
import { summarize, type Stats } from './stats';

export type RunSettings = {
  /** timed runs per operation */
  runs: number;
  /** untimed runs before them */
  warmup: number;
  /** an operation's time budget, warm-up included, in seconds */
  maxSeconds: number;
};

export type Measured = Stats & { firstError?: string };

/** Warm-up, then timed runs with `concurrency` workers; stops early past the time budget. */
export async function measure(op: Operation, { runs, warmup, maxSeconds }: RunSettings, concurrency = 1): Promise<Measured> {
  const deadline = performance.now() + maxSeconds * 1000;
  let firstError: string | undefined;
  let errors = 0;
  const attempt = async (): Promise<number | undefined> => {
    const t0 = performance.now();
    try {
      await op.run();
      return performance.now() - t0;
    } catch (error) {
      errors++;
      firstError ??= error instanceof Error ? error.message : String(error);
      return undefined;
    }
  };
  for (let i = 0; i < warmup && performance.now() < deadline; i++) await attempt();
  errors = 0;
  const durations: number[] = [];
  let started = 0;
  let truncated = false;
  const worker = async () => {
    while (started < runs) {
      if (performance.now() > deadline) {
        truncated = true;
        return;
      }
      started++;
      const ms = await attempt();
      if (ms !== undefined) durations.push(ms);
    }
  };
  const cpu0 = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpu = process.cpuUsage(cpu0);
  const timed = durations.length + errors;
  return { ...summarize(durations, errors, truncated), cpu: timed ? (cpu.user + cpu.system) / 1000 / timed : Number.NaN, firstError };
}

/**
 * Measures each operation whose name holds `only` (all without it), printing a line as each
 * finishes (`onEach` runs after it), then checks the targets and prints the table under `title`.
 */
export async function runOperations(
  title: string,
  ops: readonly Operation[],
  settings: RunSettings & { only?: string },
  concurrency: number,
  onEach?: () => void,
): Promise<void> {
  const selected = selectOperations(ops, settings.only);
  const all = new Map<string, Stats>();
  const rows: ReportRow[] = [];
  for (const op of selected) {
    const stats = await measure(op, settings, concurrency);
    all.set(op.name, stats);
    rows.push({ name: op.name, stats });
    console.log(`  ${op.name}: median ${ms(stats.median)} ms, p95 ${ms(stats.p95)} ms, cpu ${ms(stats.cpu ?? Number.NaN)} ms/run${stats.firstError ? ` — error: ${stats.firstError}` : ''}`);
    onEach?.();
  }
  for (const row of rows) {
    const op = selected.find((o) => o.name === row.name);
    if (op?.target && row.stats.runs > 0) row.verdict = op.target(row.stats, all);
  }
  console.log(`\n${title}`);
  for (const line of formatStatsTable(rows)) console.log(line);
  if (rows.some((r) => r.stats?.truncated)) console.log(`* stopped early: the operation used up its ${settings.maxSeconds} s budget (--max-seconds)`);
}
