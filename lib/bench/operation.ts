// What the bench times: an operation is a name, a run and, if it has one, a target. The lists of
// them (table-, page-, search-, finder- and http-operations.ts) are plain arrays: adding an entry
// is all it takes to measure something more. Pure.
import type { Stats, Verdict } from './stats';

export type Operation = {
  name: string;
  run: () => Promise<unknown>;
  /** checked against this operation's figures and the others' (by name) */
  target?: (stats: Stats, all: Map<string, Stats>) => Verdict;
};

/** Round-robin over a list, so repeated runs cover several inputs. */
export function cycle<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length] as T;
}

/** The operations whose name holds `only` (--only); all of them without it. */
export function selectOperations(ops: readonly Operation[], only: string | undefined): Operation[] {
  return only ? ops.filter((op) => op.name.includes(only)) : [...ops];
}
