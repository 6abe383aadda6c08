import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold-for-search';

describe('foldForSearch', () => {
  it('maps Traditional to Simplified so 習近平 and 习近平 fold alike', () => {
    expect(foldForSearch('習近平訪問俄羅斯')).toBe('习近平访问俄罗斯');
    expect(foldForSearch('习近平访问俄罗斯')).toBe('习近平访问俄罗斯');
  });

  it('folds full-width digits, letters and punctuation, and case', () => {
    expect(foldForSearch('９次ＳＣＯ，Sputnik')).toBe('9次sco,sputnik');
  });

  it('drops NUL, which no stored text can contain', () => {
    expect(foldForSearch('习\u0000近平')).toBe('习近平');
    expect(foldForSearch('\u0000')).toBe('');
  });

  it('collapses whitespace', () => {
    expect(foldForSearch('  上合\u3000 组织\n')).toBe('上合 组织');
  });
});
