import { describe, expect, it } from 'vitest';
import { unknownOutletErrors } from './outlet-refs';

describe('unknownOutletErrors', () => {
  const known = new Set(['voa', 'bbc']);

  it('passes known slugs and absent parameters', () => {
    expect(unknownOutletErrors({}, known)).toBeNull();
    expect(unknownOutletErrors({ cols: ['bbc', 'voa'], outlet: 'voa', 'outlet-page': 'bbc' }, known)).toBeNull();
  });

  it('names every unknown slug under its parameter', () => {
    expect(unknownOutletErrors({ cols: ['bbc', 'nyt', 'cnn'], outlet: 'rt', 'outlet-page': 'xinhua' }, known)).toEqual({
      cols: ['no outlet with slug "nyt", "cnn"'],
      outlet: ['no outlet with slug "rt"'],
      'outlet-page': ['no outlet with slug "xinhua"'],
    });
  });
});
