// In-memory export data for the formatters' unit tests: three outlets, claims with nasty
// text, and a pages() that hands them over in pages of a chosen size.
import { DEFAULT_TABLE_QUERY } from '../../lib/claims/table-query';
import type { ExportArticle, ExportCell, ExportClaim, ExportData, ExportEvidence, ExportOutlet } from '../../lib/export/types';

export const BASE = 'https://claimgrid.test';

export const OUTLETS: ExportOutlet[] = [
  { slug: 'voa', name: '美国之音', homepage: 'https://www.voachinese.com', language: 'zh-Hans' },
  { slug: 'bbc', name: 'BBC | 中文', homepage: null, language: 'zh-Hans' },
  { slug: 'rfa', name: '自由亚洲电台', homepage: 'https://www.rfa.org', language: 'zh-Hans' },
];

export const ARTICLES = new Map<number, ExportArticle>([
  [1, { id: 1, outlet: 'voa', outletName: '美国之音', title: '习普会 [快讯]', url: 'https://www.voachinese.com/a/1.html', publishedAt: '2024-07-03T14:22:35.000Z', language: 'zh-Hans' }],
  [2, { id: 2, outlet: 'bbc', outletName: 'BBC | 中文', title: '=HYPERLINK("http://evil")', url: null, publishedAt: '2022-09-16T00:00:00.000Z', language: 'zh-Hans' }],
  [3, { id: 3, outlet: 'rfa', outletName: '自由亚洲电台', title: 'RFA', url: 'javascript:alert(1)', publishedAt: '2024-07-03T23:35:20.474Z', language: 'zh-Hans' }],
  [4, { id: 4, outlet: 'voa', outletName: '美国之音', title: '第二篇', url: 'https://www.voachinese.com/a/2.html', publishedAt: '2024-07-01T00:00:00.000Z', language: 'zh-Hans' }],
]);

export function evidence(over: Partial<ExportEvidence> & Pick<ExportEvidence, 'id' | 'articleId'>): ExportEvidence {
  return {
    stance: 'states',
    exact: '至少9次',
    prefix: '已经',
    suffix: '访问',
    start: 10,
    end: 14,
    statedValue: null,
    note: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
    ...over,
  };
}

const empty = (stance: ExportCell['stance']): ExportCell => ({ stance, evidence: [], reviews: [] });

export const CLAIMS: ExportClaim[] = [
  {
    id: 7,
    text: '习近平自2013年以来至少9次访问俄罗斯',
    gloss: 'Xi visited Russia at least 9 times, "per Sputnik"',
    topics: ['xi-putin'],
    kind: 'quantity',
    value: 9,
    comparator: 'gte',
    unit: 'visits',
    asOf: '2024-07-03',
    status: 'published',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-05T10:00:00.000Z',
    firstPublishedAt: '2025-01-02T09:00:00.000Z',
    cells: {
      voa: {
        stance: 'states',
        evidence: [
          evidence({ id: 11, articleId: 1, statedValue: '至少9次', note: 'cites Sputnik' }),
          evidence({ id: 12, articleId: 4, exact: '九次', start: 3, end: 5 }),
        ],
        reviews: [],
      },
      bbc: empty('predates'),
      rfa: { stance: 'omits', evidence: [], reviews: [{ id: 5, articleId: 3, note: 'no count', createdAt: '2025-01-01T00:00:00.000Z' }] },
    },
  },
  {
    id: 3,
    text: '=1+1 | *bold* [link](x) <b>',
    gloss: null,
    topics: [],
    kind: 'quantity',
    value: -3,
    comparator: null,
    unit: null,
    asOf: null,
    status: 'published',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-03T00:00:00.000Z',
    firstPublishedAt: '2025-01-01T00:00:00.000Z',
    cells: {
      voa: empty('unchecked'),
      bbc: { stance: 'contradicts', evidence: [evidence({ id: 13, articleId: 2, stance: 'contradicts', exact: '-2+3\n\n# not a heading', end: 31, statedValue: '-3' })], reviews: [] },
      rfa: {
        stance: 'mixed',
        evidence: [evidence({ id: 14, articleId: 3 }), evidence({ id: 15, articleId: 3, stance: 'contradicts', exact: '@SUM(A1)', end: 18 })],
        reviews: [],
      },
    },
  },
];

export function exportData(over: Partial<ExportData> = {}, pageSize = 1): ExportData {
  return {
    generatedAt: '2025-02-01T12:00:00.000Z',
    baseUrl: BASE,
    scope: { scope: 'view', query: { ...DEFAULT_TABLE_QUERY } },
    outlets: OUTLETS,
    pages: async function* () {
      for (let i = 0; i < CLAIMS.length; i += pageSize) yield { claims: CLAIMS.slice(i, i + pageSize), articles: ARTICLES };
    },
    ...over,
  };
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}
