import { describe, expect, it } from 'vitest';
import { displayWidth, formatStatsTable, formatTable } from './report';
import { summarize } from './stats';

describe('bench report', () => {
  it('counts Chinese characters as two cells', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('合作')).toBe(4);
  });

  it('pads columns to the widest cell, CJK included', () => {
    const lines = formatTable(['name', 'n'], [['合作', '1'], ['abcde', '22']], new Set([1]));
    expect(lines).toEqual(['name    n', '─────  ──', '合作    1', 'abcde  22']);
  });

  it('prints runs, figures and the verdict', () => {
    const [, , row] = formatStatsTable([{ name: 'op', stats: summarize([1, 2, 3], 1, true), verdict: { ok: false, text: 'p95 < 2 ms' } }]);
    expect(row).toContain('3* (1 err)');
    expect(row).toContain('✗ p95 < 2 ms');
  });
});
