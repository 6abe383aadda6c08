import { describe, expect, it } from 'vitest';
import { cycle, selectOperations, type Operation } from './operation';

describe('cycle', () => {
  it('goes round the list and starts again', () => {
    const next = cycle(['a', 'b', 'c']);
    expect(Array.from({ length: 7 }, next)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
  });

  it('keeps a position of its own per cycle', () => {
    const first = cycle([1, 2]);
    const second = cycle([1, 2]);
    first();
    expect([first(), second()]).toEqual([2, 1]);
  });
});

describe('selectOperations', () => {
  const op = (name: string): Operation => ({ name, run: async () => undefined });
  const ops = [op('claim page (getClaim, random)'), op('outlet page (outlet-001, biggest)'), op('claim page (getClaim, most cited)')];

  it('keeps the operations whose name holds the text, in their order', () => {
    expect(selectOperations(ops, 'claim page').map((o) => o.name)).toEqual(['claim page (getClaim, random)', 'claim page (getClaim, most cited)']);
  });

  it('keeps all without a text, and none when no name holds it', () => {
    expect(selectOperations(ops, undefined)).toHaveLength(3);
    expect(selectOperations(ops, 'GET /')).toEqual([]);
  });
});
