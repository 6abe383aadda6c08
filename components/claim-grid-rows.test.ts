import { describe, expect, it } from 'vitest';
import { emptyTotals } from '@/lib/claims';
import type { CellDto, ClaimDto, EvidenceDto, OutletDto } from '@/lib/data/types';
import { toGridCell, toGridRows, toGridTotals } from './claim-grid-rows';

const outlet = (id: number, slug: string): OutletDto => ({ id, slug, name: slug.toUpperCase(), homepage: null, language: 'zh-Hans', articleCount: 1 });

const evidence = (exact: string, statedValue: string | null = null): EvidenceDto => ({
  id: 1,
  claimId: 7,
  articleId: 3,
  stance: 'states',
  exact,
  prefix: '',
  suffix: '',
  start: 0,
  end: exact.length,
  statedValue,
  note: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const cell = (stance: CellDto['stance'], quotes: EvidenceDto[] = [], evidenceCount?: number): CellDto => ({
  stance,
  evidence: quotes,
  reviews: [],
  ...(evidenceCount === undefined ? {} : { evidenceCount }),
});

describe('toGridCell', () => {
  it('keeps the first quote, its stated value and how many more quotes there are', () => {
    expect(toGridCell(cell('states', [evidence('九次')]))).toEqual(['states', '九次']);
    expect(toGridCell(cell('states', [evidence('9次', '9')]))).toEqual(['states', '9次', '9']);
    expect(toGridCell(cell('mixed', [evidence('一', null), evidence('二')]))).toEqual(['mixed', '一', '', 1]);
    // the grid's cheap rows carry the first quote's words and the real count
    const cheap = (exact: string, statedValue: string | null, evidenceCount: number): CellDto => ({ ...cell('contradicts', [], evidenceCount), firstQuote: { exact, statedValue } });
    expect(toGridCell(cheap('十', '10', 4))).toEqual(['contradicts', '十', '10', 3]);
    expect(toGridCell(cheap('十个', null, 1))).toEqual(['contradicts', '十个']);
  });

  it('leaves cells without quotes as the bare stance', () => {
    expect(toGridCell(cell('unchecked'))).toEqual(['unchecked']);
    expect(toGridCell(cell('omits'))).toEqual(['omits']);
    expect(toGridCell(cell('predates'))).toEqual(['predates']);
  });
});

describe('toGridRows', () => {
  it('aligns cells with the given columns, in their order, and formats the claim line', () => {
    const claim: ClaimDto = {
      id: 7,
      text: '上合组织有10个成员国',
      gloss: 'SCO members',
      topics: [],
      kind: 'quantity',
      value: 10,
      comparator: 'eq',
      unit: '个成员国',
      asOf: '2024-07-04',
      status: 'draft',
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      cells: { voa: cell('states', [evidence('10个成员国', '10')]), bbc: cell('predates') },
    };
    const [row] = toGridRows([claim], [outlet(2, 'bbc'), outlet(1, 'voa'), outlet(3, 'rfa')], {
      asOf: (date) => `as of ${date}`,
      lang: () => 'zh-Hans',
      comparators: { eq: '恰好', gte: '至少', lte: '至多', gt: '多于', lt: '少于', approx: '约' },
    });
    expect(row).toEqual({
      id: 7,
      text: '上合组织有10个成员国',
      lang: 'zh-Hans',
      gloss: 'SCO members',
      value: '恰好 10 个成员国',
      asOf: 'as of 2024-07-04',
      draft: true,
      counts: null,
      cells: [['predates'], ['states', '10个成员国', '10'], ['unchecked']],
    });
    const [counted] = toGridRows([{ ...claim, outletCounts: { states: 4, contradicts: 2, omits: 1 } }], [outlet(1, 'voa')], {
      asOf: (date) => date,
      lang: () => 'zh-Hans',
    });
    expect(counted!.counts).toEqual([4, 2, 1]);
  });
});

describe('toGridTotals', () => {
  it('counts mixed cells as both stating and contradicting', () => {
    expect(toGridTotals({ ...emptyTotals(), states: 3, contradicts: 1, mixed: 2, omits: 4, predates: 5, unchecked: 6 })).toEqual([5, 3, 4]);
    expect(toGridTotals(undefined)).toEqual([0, 0, 0]);
  });
});
