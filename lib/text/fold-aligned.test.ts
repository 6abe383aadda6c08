import { describe, expect, it } from 'vitest';
import { foldAligned } from './fold-aligned';
import { foldForSearch } from './fold-for-search';

const cpLength = (s: string) => [...s].length;

describe('foldAligned', () => {
  it('folds like foldForSearch for ordinary text', () => {
    const text = '習近平自2013年以來已經至少９次訪問俄羅斯,ＳＣＯ';
    expect(foldAligned(text)).toBe(foldForSearch(text));
  });

  it('keeps the code-point length, so offsets of hits map back to the original', () => {
    const text = '㍻元年𠮷野家 İstanbul ﬁ 習近平\n\n第二段';
    const folded = foldAligned(text);
    expect(cpLength(folded)).toBe(cpLength(text));
    const query = foldForSearch('习近平');
    const at = [...folded].join('').indexOf(query);
    const start = cpLength(folded.slice(0, at));
    expect([...text].slice(start, start + 3).join('')).toBe('習近平');
  });
});
