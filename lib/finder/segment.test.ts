import { describe, expect, it } from 'vitest';
import { generalIdfOf, segmentWords } from './segment';

describe('segmentWords', () => {
  it('cuts Chinese into words, drops punctuation and function words, and writes counting numerals as digits', () => {
    expect(segmentWords('上合组织目前有10个成员国，白俄罗斯刚刚加入。')).toEqual(['上合', '组织', '目前', '10', '成员国', '白俄罗斯', '刚刚', '加入']);
    expect(segmentWords('由九个常任理事国组成')).toContain('9');
  });

  it('gives rare words a higher general IDF than common ones', () => {
    expect(generalIdfOf('白俄罗斯')).toBeGreaterThan(generalIdfOf('组织'));
  });
});
