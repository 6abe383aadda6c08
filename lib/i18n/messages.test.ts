import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';

function keys(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
}

describe('messages', () => {
  it('every locale has exactly the English keys, none empty, with the same placeholders', () => {
    const english = keys(MESSAGES.en).sort();
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      expect(keys(messages).sort(), locale).toEqual(english);
      for (const key of english) {
        const get = (m: unknown) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m) as string;
        expect(get(messages).trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(get(messages)), `${locale} ${key}`).toEqual(placeholders(get(MESSAGES.en)));
      }
    }
  });
});
