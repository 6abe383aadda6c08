// The bench over HTTP: the pages and API routes (http-operations.ts) timed by 1 or 2 concurrent
// clients against a server on this machine, then, when the server's memory can be read (its pid),
// the soak (soak.ts); prints the largest response bodies and the server's memory before, at its
// peak and after, after each operation, and at the end of each soak lap.
import { readRssMb } from '../runtime/process-info';
import type { BenchContext } from './context';
import { httpOperations } from './http-operations';
import { selectOperations } from './operation';
import { runOperations, type RunSettings } from './run-operations';
import { soak, soakVerdictLines, type SoakResult } from './soak';

export type HttpPassOptions = {
  settings: RunSettings & { only?: string };
  /** concurrent clients of the timed runs */
  concurrency: number;
  /** the server's process, to watch its memory; without it there is no soak */
  serverPid?: number;
  soakLaps: number;
  soakConcurrency: number;
};

export async function benchHttp(base: URL, ctx: BenchContext, { settings, concurrency, serverPid, soakLaps, soakConcurrency }: HttpPassOptions): Promise<void> {
  console.log(`\nHTTP against ${base.origin}, concurrency ${concurrency}:`);
  const responseBytes = new Map<string, number>();
  const rss: number[] = [];
  const sample = () => {
    if (serverPid === undefined) return;
    const mb = readRssMb(serverPid);
    if (mb !== undefined) rss.push(mb);
  };
  sample();
  const before = rss[0];
  // sampled through the soak too: the peak printed below is the whole pass's
  const timer = serverPid !== undefined ? setInterval(sample, 250) : undefined;
  const afterEach: string[] = [];
  let soaked: SoakResult = { laps: [], peak: 0 };
  try {
    await runOperations(`HTTP ${base.origin} (concurrency ${concurrency})`, httpOperations(base, ctx, responseBytes), settings, concurrency, () => {
      const mb = serverPid !== undefined ? readRssMb(serverPid) : undefined;
      if (mb !== undefined) afterEach.push(mb.toFixed(0));
    });
    if (serverPid !== undefined && readRssMb(serverPid) !== undefined && soakLaps > 0) {
      const ops = selectOperations(httpOperations(base, ctx, responseBytes), settings.only);
      soaked = await soak(ops, { serverPid, laps: soakLaps, concurrency: soakConcurrency, settings });
    }
  } finally {
    if (timer) clearInterval(timer);
  }
  sample();
  console.log(`largest response bodies: ${[...responseBytes].map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KiB`).join(', ')}`);
  if (serverPid === undefined) return;
  if (before === undefined) {
    console.log(`server RSS: cannot read /proc/${serverPid}/status`);
    return;
  }
  console.log(
    `server RSS (pid ${serverPid}): before ${before.toFixed(0)} MB, peak ${Math.max(...rss).toFixed(0)} MB, after ${rss.at(-1)!.toFixed(0)} MB; after each operation: ${afterEach.join(', ')} MB`,
  );
  for (const line of soakVerdictLines(soaked, soakConcurrency)) console.log(line);
}
