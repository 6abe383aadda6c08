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
