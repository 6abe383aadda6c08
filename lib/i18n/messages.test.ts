import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, MESSAGES, pickClientMessages } from './messages';

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

describe('client messages', () => {
  // Every file that runs in the browser: its message keys must be in the namespaces sent there.
  const root = path.resolve(__dirname, '../..');
  const clientFiles = ['components', 'app']
    .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(root, dir, f)))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => /^\s*['"]use client['"]/m.test(readFileSync(file, 'utf8')));

  it('finds the client components', () => {
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it('sends every namespace a client component names, and only those', () => {
    const namespaces = Object.keys(MESSAGES.en);
    const used = new Set<string>();
    for (const file of clientFiles) {
      // any string literal that starts with a namespace and a dot: t('ns.key'), t(`ns.${x}`), hint constants
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
      for (const match of code.matchAll(/['"`]([a-zA-Z]+)\./g)) {
        if (namespaces.includes(match[1]!)) used.add(match[1]!);
      }
    }
    expect([...used].sort()).toEqual([...CLIENT_NAMESPACES].sort());
    const picked = pickClientMessages(MESSAGES['zh-Hans']);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(picked.common).toBe(MESSAGES['zh-Hans'].common);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(MESSAGES['zh-Hans']).length / 2);
  });
});

describe('stance words', () => {
  // 矛盾 ("contradiction") sits too close to 反驳 (contradicts); "mixed" means the outlet says both.
  it('reads "mixed" in Chinese as 说法不一 / 說法不一, never 矛盾', () => {
    expect(MESSAGES['zh-Hans'].stance.mixed).toBe('说法不一');
    expect(MESSAGES['zh-Hant'].stance.mixed).toBe('說法不一');
    expect(MESSAGES['zh-Hans'].stanceWord.mixed).toBe('说法不一');
    expect(MESSAGES['zh-Hant'].stanceWord.mixed).toBe('說法不一');
    expect(JSON.stringify(MESSAGES['zh-Hans'])).not.toContain('矛盾');
    expect(JSON.stringify(MESSAGES['zh-Hant'])).not.toContain('矛盾');
  });
});
