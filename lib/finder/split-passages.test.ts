import { describe, expect, it } from 'vitest';
import { splitClauses } from './split-passages';

const cut = (text: string) => splitClauses(text).map((c) => [[...text].slice(c.start, c.end).join(''), c.sentence]);

describe('splitClauses', () => {
  it('splits sentences on Chinese and Latin punctuation and clauses on commas', () => {
    expect(cut('上合组织目前有10个成员国，白俄罗斯刚刚加入。他说：“好。”Next one! Last')).toEqual([
      ['上合组织目前有10个成员国，', 0],
      ['白俄罗斯刚刚加入。', 0],
      ['他说：', 1],
      ['“好。”', 1],
      ['Next one!', 2],
      ['Last', 3],
    ]);
  });

  it('keeps decimals, thousands and initials whole, and line breaks end sentences', () => {
    expect(cut('外长蘇傑生(S.Jaishankar)代表他,約3.5%;1,158平方公里\n第二段')).toEqual([
      ['外长蘇傑生(S.Jaishankar)代表他,', 0],
      ['約3.5%;', 0],
      ['1,158平方公里', 1],
      ['第二段', 2],
    ]);
  });

  it('counts code points, not UTF-16 units', () => {
    const text = '𠀀𠀀是，好。';
    expect(splitClauses(text).map((c) => [c.start, c.end])).toEqual([
      [0, 4],
      [4, 6],
    ]);
  });
});
