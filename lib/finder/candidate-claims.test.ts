import { describe, expect, it } from 'vitest';
import { pickCandidateClaims, weighArticleWords } from './candidate-claims';

describe('pickCandidateClaims', () => {
  const words = [
    { word: '军民', weight: 2 },
    { word: '两用', weight: 2 },
    { word: '商品', weight: 1 },
  ];

  it("keeps the claims holding most of the words' weight, ties by id", () => {
    const claims = [
      { id: 1, searchText: '第1份备忘录提到军民' },
      { id: 2, searchText: '与本文无关' },
      { id: 3, searchText: '中国提供军民两用商品' },
      { id: 4, searchText: '两用技术' },
      { id: 5, searchText: '军民两用' },
    ];
    expect(pickCandidateClaims(claims, words, 3)).toEqual([3, 5, 1]);
    expect(pickCandidateClaims(claims, words, 10)).toEqual([3, 5, 1, 4, 2]);
    expect(pickCandidateClaims(claims, words, 0)).toEqual([]);
  });

  it("weighs an article's words by their rarity among the indexed articles", () => {
    const stats = { articles: 100, documentFrequency: (w: string) => (w === '军民' ? 1 : 50) };
    const [rare, common] = weighArticleWords(['军民', '商品'], stats);
    expect(rare!.weight).toBeGreaterThan(common!.weight);
  });
});
