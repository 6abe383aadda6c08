import { describe, expect, it } from 'vitest';
import { contentLanguageSchema, languageFromTag } from './languages';

describe('languageFromTag', () => {
  it('reads BCP 47 tags and their common misspellings into the list', () => {
    expect(languageFromTag('en')).toBe('en');
    expect(languageFromTag('en-US')).toBe('en');
    expect(languageFromTag('en_GB')).toBe('en');
    expect(languageFromTag(' JA-jp ')).toBe('ja');
    expect(languageFromTag('zh-CN')).toBe('zh-Hans');
    expect(languageFromTag('zh_TW')).toBe('zh-Hant');
    expect(languageFromTag('zh-Hant-HK')).toBe('zh-Hant');
    expect(languageFromTag('zh-hans')).toBe('zh-Hans');
    expect(languageFromTag('zh')).toBe('zh');
    expect(languageFromTag('in')).toBe('id');
  });

  it('ignores what is not a language in the list', () => {
    for (const tag of ['', 'x', 'english', 'sw', '123', 'i-klingon']) expect(languageFromTag(tag), tag).toBeNull();
  });
});

describe('contentLanguageSchema', () => {
  it('accepts the listed tags only', () => {
    expect(contentLanguageSchema.parse('en')).toBe('en');
    expect(contentLanguageSchema.parse('zh-Hant')).toBe('zh-Hant');
    expect(contentLanguageSchema.safeParse('en-US').success).toBe(false);
    expect(contentLanguageSchema.safeParse('zh').success).toBe(false);
  });
});
