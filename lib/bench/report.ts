// The bench's printed tables: columns padded to the width a terminal gives each character (CJK
// characters take two cells). Pure; run-operations.ts and run-lighthouse.ts print what these return.
import type { Stats, Verdict } from './stats';

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');

/** Terminal cells a string takes: wide (CJK, full-width) characters count two. */
export const displayWidth = (s: string) =>
  [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

/** Lines of a table; columns listed in `rightAligned` are padded on the left. */
export function formatTable(header: string[], body: string[][], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...body.map((row) => displayWidth(row[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const padding = ' '.repeat((widths[c] as number) - displayWidth(cell));
        return rightAligned.has(c) ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)];
}

export type ReportRow = { name: string; stats: Stats; verdict?: Verdict };

/** The timed operations as a table: runs, median, p95, min, max, the bench process's CPU per run and the verdict on the target. */
export function formatStatsTable(rows: readonly ReportRow[]): string[] {
  const header = ['operation', 'runs', 'median ms', 'p95 ms', 'min ms', 'max ms', 'cpu ms', 'target'];
  const body = rows.map((r) => [
    r.name,
    `${r.stats.runs}${r.stats.truncated ? '*' : ''}${r.stats.errors ? ` (${r.stats.errors} err)` : ''}`,
    ms(r.stats.median),
    ms(r.stats.p95),
    ms(r.stats.min),
    ms(r.stats.max),
    ms(r.stats.cpu ?? Number.NaN),
    r.verdict ? `${r.verdict.ok ? '✓' : '✗'} ${r.verdict.text}` : '',
  ]);
  return formatTable(header, body, new Set([1, 2, 3, 4, 5, 6]));
}
