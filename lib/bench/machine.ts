// What the bench says about the machine it ran on: cores, memory, the system, and how busy it was
// (a load above the number of cores means other work ran beside the bench and inflated its
// figures).
import os from 'node:os';

/** The 1, 5 and 15 minute load averages, as "2.99 / 2.74 / 2.79". */
export const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(' / ');

export const cores = () => os.cpus().length;

/** The first line under "machine": cores and their model, memory, the system. */
export function describeMachine(): string {
  const cpus = os.cpus();
  return `cores ${cpus.length} (${cpus[0]?.model.trim() ?? 'unknown'}), memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}`;
}

/** The load average now, with a warning when it is above the number of cores. */
export function describeLoad(): string {
  return `load average ${loadAverage()}${os.loadavg()[0]! > cores() ? ' — busier than its cores: other work is running, figures will be inflated' : ''}`;
}

export type SettleOptions = {
  /** settled when the 1-minute load average is at or below this; default three quarters of the cores */
  below?: number;
  /** give up waiting after this long; default 120 s */
  maxMs?: number;
  pollMs?: number;
  readLoad?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

/**
 * Waits until the machine has settled after the bench's own previous pass (a soak of 100 readers,
 * a CSV export of a million rows) before a pass whose figures that work would inflate: the HTTP
 * pass and Lighthouse, whose blocking time is the page's script measured on this CPU. It waits
 * for the 1-minute load average to fall to `below`, at most `maxMs`, and says what it found;
 * a machine busy with other work stays busy, and the pass then runs anyway with that load printed.
 */
export async function settle(label: string, options: SettleOptions = {}): Promise<{ waitedMs: number; settled: boolean; load: number }> {
  const below = options.below ?? cores() * 0.75;
  const maxMs = options.maxMs ?? 120_000;
  const pollMs = options.pollMs ?? 2_000;
  const readLoad = options.readLoad ?? (() => os.loadavg()[0]!);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => performance.now());
  const started = now();
  const first = readLoad();
  let load = first;
  while (load > below && now() - started < maxMs) {
    await sleep(pollMs);
    load = readLoad();
  }
  const waitedMs = now() - started;
  const settled = load <= below;
  if (first > below) {
    console.log(
      `${label}: waited ${(waitedMs / 1000).toFixed(0)} s for the machine to settle (1-minute load ${first.toFixed(2)} -> ${load.toFixed(2)}, ` +
        `${settled ? `at or below ${below.toFixed(2)}` : `still above ${below.toFixed(2)}: other work is running`})`,
    );
  }
  return { waitedMs, settled, load };
}
