import { describe, expect, it } from 'vitest';
import { chooseSearchQueries, MISS_CHARACTERS } from './search-queries';
import { contentWords, getVocabulary } from '../synthetic/vocabulary';

describe('the bench search queries', () => {
  const queries = chooseSearchQueries();

  it('has every length and kind, each query of its length', () => {
    expect(queries.map((q) => `${q.length} ${q.kind}`)).toEqual([
      '1 common', '1 miss', '2 common', '2 rare', '2 miss', '3+ common', '3+ rare', '3+ miss',
    ]);
    for (const q of queries) {
      expect(q.queries.length).toBeGreaterThan(0);
      for (const query of q.queries) {
        const n = [...query].length;
        expect(q.length === '3+' ? n >= 3 : n === Number(q.length)).toBe(true);
      }
    }
  });

  it('takes rare names from the tail of the lexicon and misses from characters never written', () => {
    const names = getVocabulary().names.map((n) => n.simplified);
    for (const q of queries.filter((x) => x.kind === 'rare' && x.length !== '1')) {
      for (const name of q.queries) expect(names.indexOf(name)).toBeGreaterThanOrEqual(8_000);
    }
    const written = new Set([...contentWords(), ...names].flatMap((w) => [...w]));
    for (const ch of MISS_CHARACTERS) expect(written.has(ch)).toBe(false);
  });
});
