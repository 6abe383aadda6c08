import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES } from '../text/languages';
import { languageName, languageOptions } from './language-names';

describe('languageOptions', () => {
  it('names every content language in the interface language, with its tag, Chinese first', () => {
    const en = languageOptions('en');
    expect(en.map((o) => o.code).toSorted()).toEqual([...CONTENT_LANGUAGES].sort());
    expect(en.slice(0, 2)).toEqual([
      { code: 'zh-Hans', name: 'Simplified Chinese (zh-Hans)' },
      { code: 'zh-Hant', name: 'Traditional Chinese (zh-Hant)' },
    ]);
    expect(en).toContainEqual({ code: 'en', name: 'English (en)' });
    expect(languageName('en', 'zh-Hans')).toBe('英语');
    expect(languageName('en', 'zh-Hant')).toBe('英文');
  });
});
