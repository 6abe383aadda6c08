import { describe, expect, it } from 'vitest';
import { buildClaimMatrix, type MatrixArticle, type MatrixOutlet } from './claim-matrix';
import { emptyTotals } from '../../lib/claims/stance-totals';
import { computeCell } from './cell-stance';
import { CELL_STANCES, type Stance } from '../../lib/claims/stance';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const outlets: MatrixOutlet[] = [
  { id: 1, slug: 'voa' },
  { id: 2, slug: 'bbc' },
  { id: 3, slug: 'rfa' },
  { id: 4, slug: 'epoch' },
];

const articles: MatrixArticle[] = [
  { id: 10, outletId: 1, publishedAt: day('2024-07-03') },
  { id: 11, outletId: 1, publishedAt: day('2024-07-04') },
  { id: 20, outletId: 2, publishedAt: day('2022-09-16') },
  { id: 30, outletId: 3, publishedAt: day('2024-07-03') },
  { id: 40, outletId: 4, publishedAt: day('2024-07-05') },
];

type Evidence = { id: number; claimId: number; articleId: number; stance: Stance; exact: string; start: number; end: number; note?: string };

function evidence(id: number, claimId: number, articleId: number, stance: Stance): Evidence {
  return { id, claimId, articleId, stance, exact: `quote ${id}`, start: id, end: id + 2, note: `note ${id}` };
}

describe('buildClaimMatrix', () => {
  const claims = [
    { id: 100, text: 'Xi and Putin met at the SCO summit', asOf: day('2024-07-03') },
    { id: 200, text: 'Xi has visited Russia at least 9 times', asOf: null },
  ];
  const matrix = buildClaimMatrix({
    claims,
    outlets,
    articles,
    evidence: [
      evidence(1, 100, 10, 'states'),
      evidence(2, 100, 11, 'contradicts'),
      evidence(3, 100, 30, 'states'),
      evidence(4, 200, 10, 'states'),
      evidence(5, 200, 40, 'contradicts'),
    ],
    reviews: [
      { claimId: 100, articleId: 40, note: 'not mentioned' },
      { claimId: 200, articleId: 20 },
    ],
  });

  it('takes each outlet\'s latest publication from the caller when it is given, without every article', () => {
    // Only the articles behind the evidence: BBC has none here, but its latest article is known.
    const known = buildClaimMatrix({
      claims,
      outlets,
      articles: articles.filter((a) => a.outletId !== 2),
      evidence: [],
      reviews: [],
      latestPublished: new Map([[2, day('2022-09-16')]]),
    });
    expect(known.rows[0]!.cells.bbc!.stance).toBe('predates');
    // RFA's latest (2024-07-03) is not before the claim's date: it could have reported it.
    expect(known.rows[0]!.cells.rfa!.stance).toBe('unchecked');
    const unknown = buildClaimMatrix({ claims, outlets, articles: articles.filter((a) => a.outletId !== 2), evidence: [], reviews: [] });
    expect(unknown.rows[0]!.cells.bbc!.stance).toBe('unchecked');
  });

  it('keeps claim and outlet order', () => {
    expect(matrix.outletSlugs).toEqual(['voa', 'bbc', 'rfa', 'epoch']);
    expect(matrix.rows.map((r) => r.claimId)).toEqual([100, 200]);
    expect(Object.keys(matrix.rows[0]!.cells)).toEqual(['voa', 'bbc', 'rfa', 'epoch']);
    expect(matrix.rows[0]!.claim).toBe(claims[0]);
  });

  it('decides each cell', () => {
    const stances = matrix.rows.map((row) => matrix.outletSlugs.map((slug) => row.cells[slug]!.stance));
    expect(stances).toEqual([
      // BBC's only article (2022) predates the claim's asOf; Epoch was reviewed and omits it.
      ['mixed', 'predates', 'states', 'omits'],
      // No asOf on the second claim, so BBC's review is a plain omission.
      ['states', 'omits', 'unchecked', 'contradicts'],
    ]);
  });

  it('keeps the caller’s evidence and review objects with their extra fields', () => {
    const cell = matrix.rows[0]!.cells.voa!;
    expect(cell.evidence.map((e) => e.id)).toEqual([1, 2]);
    expect(cell.evidence[0]).toEqual({
      id: 1,
      claimId: 100,
      articleId: 10,
      stance: 'states',
      exact: 'quote 1',
      start: 1,
      end: 3,
      note: 'note 1',
    });
    expect(matrix.rows[0]!.cells.epoch!.reviews).toEqual([{ claimId: 100, articleId: 40, note: 'not mentioned' }]);
    expect(cell).toMatchObject({ statesCount: 1, contradictsCount: 1, checkedArticleCount: 2 });
  });

  it('counts stances per outlet and per claim', () => {
    expect(matrix.totals.voa).toEqual({ ...emptyTotals(), mixed: 1, states: 1 });
    expect(matrix.totals.bbc).toEqual({ ...emptyTotals(), predates: 1, omits: 1 });
    expect(matrix.totals.rfa).toEqual({ ...emptyTotals(), states: 1, unchecked: 1 });
    expect(matrix.totals.epoch).toEqual({ ...emptyTotals(), omits: 1, contradicts: 1 });
    expect(matrix.rows[1]!.totals).toEqual({ ...emptyTotals(), states: 1, omits: 1, unchecked: 1, contradicts: 1 });
  });

  it('reports evidence and reviews it cannot place', () => {
    const result = buildClaimMatrix({
      claims: [{ id: 1 }],
      outlets: [{ id: 1, slug: 'voa' }],
      articles: [
        { id: 10, outletId: 1, publishedAt: null },
        { id: 11, outletId: 99, publishedAt: null },
      ],
      evidence: [
        { claimId: 1, articleId: 10, stance: 'states' as const },
        { claimId: 2, articleId: 10, stance: 'states' as const },
        { claimId: 1, articleId: 77, stance: 'states' as const },
        { claimId: 1, articleId: 11, stance: 'contradicts' as const },
      ],
      reviews: [{ claimId: 3, articleId: 10 }],
    });
    expect(result.rows[0]!.cells.voa!.stance).toBe('states');
    expect(result.unplaced.evidence.map((e) => [e.claimId, e.articleId])).toEqual([
      [2, 10],
      [1, 77],
      [1, 11],
    ]);
    expect(result.unplaced.reviews).toEqual([{ claimId: 3, articleId: 10 }]);
  });

  it('rejects duplicate ids and slugs', () => {
    const base = { claims: [{ id: 1 }], outlets, articles, evidence: [], reviews: [] };
    expect(() => buildClaimMatrix({ ...base, claims: [{ id: 1 }, { id: 1 }] })).toThrow(/duplicate claim id 1/);
    expect(() => buildClaimMatrix({ ...base, outlets: [...outlets, { id: 9, slug: 'voa' }] })).toThrow(
      /duplicate outlet slug "voa"/,
    );
    expect(() => buildClaimMatrix({ ...base, outlets: [...outlets, { id: 1, slug: 'x' }] })).toThrow(
      /duplicate outlet id 1/,
    );
    expect(() => buildClaimMatrix({ ...base, articles: [...articles, articles[0]!] })).toThrow(/duplicate article id 10/);
  });

  it('handles an empty input and a slug named __proto__', () => {
    const empty = buildClaimMatrix({ claims: [], outlets: [], articles: [], evidence: [], reviews: [] });
    expect(empty).toEqual({ outletSlugs: [], rows: [], totals: {}, unplaced: { evidence: [], reviews: [] } });
    const odd = buildClaimMatrix({
      claims: [{ id: 'c' }],
      outlets: [{ id: 'o', slug: '__proto__' }],
      articles: [],
      evidence: [],
      reviews: [],
    });
    expect(Object.keys(odd.rows[0]!.cells)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(odd.rows[0]!.cells)).toBe(Object.prototype);
  });

  it('agrees with computeCell on random data', () => {
    let state = 12345;
    const random = (n: number) => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return Math.floor((state / 2 ** 32) * n);
    };
    for (let round = 0; round < 50; round++) {
      const outletList = Array.from({ length: 1 + random(5) }, (_, i) => ({ id: i, slug: `o${i}` }));
      const articleList = Array.from({ length: random(12) }, (_, i) => ({
        id: i,
        outletId: random(outletList.length),
        publishedAt: random(10) === 0 ? null : day(`2024-07-0${1 + random(9)}`),
      }));
      const claimList = Array.from({ length: 1 + random(4) }, (_, i) => ({
        id: i,
        asOf: random(2) === 0 ? null : day(`2024-07-0${1 + random(9)}`),
      }));
      const evidenceList = articleList.length
        ? Array.from({ length: random(10) }, (_, i) =>
            evidence(i, random(claimList.length), random(articleList.length), random(2) ? 'states' : 'contradicts'),
          )
        : [];
      const reviewList = articleList.length
        ? Array.from({ length: random(8) }, () => ({ claimId: random(claimList.length), articleId: random(articleList.length) }))
        : [];

      const result = buildClaimMatrix({
        claims: claimList,
        outlets: outletList,
        articles: articleList,
        evidence: evidenceList,
        reviews: reviewList,
      });

      const outletOf = new Map(articleList.map((a) => [a.id, a.outletId]));
      const totalsCheck = Object.fromEntries(outletList.map((o) => [o.slug, emptyTotals()]));
      for (const claim of claimList) {
        const row = result.rows.find((r) => r.claimId === claim.id)!;
        for (const outlet of outletList) {
          const inOutlet = (x: { claimId: number; articleId: number }) =>
            x.claimId === claim.id && outletOf.get(x.articleId) === outlet.id;
          const expected = computeCell({
            evidence: evidenceList.filter(inOutlet),
            reviews: reviewList.filter(inOutlet),
            articles: articleList.filter((a) => a.outletId === outlet.id),
            asOf: claim.asOf,
          });
          const cell = row.cells[outlet.slug]!;
          expect(cell).toMatchObject(expected);
          expect(cell.evidence).toEqual(evidenceList.filter(inOutlet));
          totalsCheck[outlet.slug]![expected.stance]++;
        }
      }
      expect(result.totals).toEqual(totalsCheck);
      for (const slug of Object.keys(result.totals)) {
        const sum = CELL_STANCES.reduce((n, s) => n + result.totals[slug]![s], 0);
        expect(sum).toBe(claimList.length);
      }
    }
  });
});
