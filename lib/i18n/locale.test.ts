import { describe, expect, it } from 'vitest';
import { chooseLocale, negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it('maps Chinese variants to the right script', () => {
    expect(negotiateLocale('zh-CN,zh;q=0.9')).toBe('zh-Hans');
    expect(negotiateLocale('zh-TW')).toBe('zh-Hant');
    expect(negotiateLocale('zh-Hant-HK')).toBe('zh-Hant');
    expect(negotiateLocale('zh')).toBe('zh-Hans');
  });

  it('honours q weights and falls back to English', () => {
    expect(negotiateLocale('fr;q=1, zh-CN;q=0.5, en;q=0.8')).toBe('en');
    expect(negotiateLocale('de, fr')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
  });

  it('lets an explicit choice win over the browser', () => {
    expect(chooseLocale('zh-Hant', 'en-US')).toBe('zh-Hant');
    expect(chooseLocale('klingon', 'zh-CN')).toBe('zh-Hans');
  });
});
