import { describe, expect, it } from 'vitest';
import { findHits, passageAround } from './find-hits';
import { foldForSearch } from './fold-for-search';

describe('findHits', () => {
  it('finds every occurrence across scripts, in code points of the original', () => {
    const text = '𠮷習近平說。\n\n习近平访问俄罗斯，習近平';
    const hits = findHits(text, foldForSearch('习近平'));
    expect(hits).toEqual([{ start: 1, end: 4 }, { start: 8, end: 11 }, { start: 17, end: 20 }]);
    expect(hits.map((h) => [...text].slice(h.start, h.end).join(''))).toEqual(['習近平', '习近平', '習近平']);
  });

  it('matches full-width digits and is empty for an empty query', () => {
    expect(findHits('至少9次访问', foldForSearch('９次'))).toEqual([{ start: 2, end: 4 }]);
    expect(findHits('abc', '')).toEqual([]);
  });
});

describe('passageAround', () => {
  it('cuts a window around the hit without leaving its paragraph', () => {
    const text = '第一段很长很长。\n\n第二段：习近平访问俄罗斯。\n\n第三段';
    const [hit] = findHits(text, '习近平');
    const passage = passageAround(text, hit!, 20);
    expect(passage.text).toBe('第二段：习近平访问俄罗斯。');
    expect([...passage.text].slice(hit!.start - passage.start, hit!.end - passage.start).join('')).toBe('习近平');
  });
});
