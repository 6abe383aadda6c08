import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { CELL_STANCES } from '../claims/stance';
import { TABLE_SORTS, type ClaimTableQuery } from '../claims/table-query';
import { CLAIM_KINDS } from '../claims/claim-kind';
import { describeScope } from '../export/describe-scope';
import type { ExportOutlet, ExportScope } from '../export/types';
import { MESSAGES } from './messages';
import { scopeWords } from './scope-words';

const OUTLETS: ExportOutlet[] = [
  { slug: 'bbc', name: 'BBC中文', homepage: null, language: 'zh-Hans' },
  { slug: 'voa', name: '美国之音', homepage: null, language: 'zh-Hans' },
];
const BASE: ClaimTableQuery = { q: '', topic: null, kind: null, stance: null, outlet: null, contested: false, sort: 'newest', cols: null, page: 1, pageSize: 50 };
const view = (query: Partial<ClaimTableQuery>): ExportScope => ({ scope: 'view', query: { ...BASE, ...query } });

/** Every kind of scope: each filter, stance (in an outlet and anywhere), sort and kind, and columns. */
const SCOPES: ExportScope[] = [
  view({}),
  view({ q: '普京', topic: 'xi-putin', contested: true, sort: 'contested', cols: ['bbc', 'voa'] }),
  ...CLAIM_KINDS.map((kind) => view({ kind })),
  ...TABLE_SORTS.map((sort) => view({ sort })),
  ...CELL_STANCES.flatMap((stance) => [view({ stance }), view({ stance, outlet: 'bbc' })]),
  { scope: 'claim', claimId: 1234 },
  { scope: 'outlet', outlet: 'voa' },
];

const translator = (locale: keyof typeof MESSAGES) => createTranslator({ locale, messages: MESSAGES[locale], timeZone: 'UTC' });

describe('scopeWords', () => {
  it('in English, says exactly what the exports say', () => {
    const words = scopeWords(translator('en'));
    for (const scope of SCOPES) expect(describeScope(scope, OUTLETS, words)).toBe(describeScope(scope, OUTLETS));
  });

  it('in Chinese, leaves no English but the outlet names and the query', () => {
    for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
      const words = scopeWords(translator(locale));
      for (const scope of SCOPES) {
        const sentence = describeScope(scope, OUTLETS, words);
        expect(sentence.replaceAll('BBC', '').replace('xi-putin', ''), `${locale}: ${sentence}`).not.toMatch(/[A-Za-z]/);
      }
    }
  });
});
