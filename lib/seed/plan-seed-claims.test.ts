import { describe, expect, it } from 'vitest';
import { parseClaimsFile } from './claims-file';
import { planSeedClaims, SeedError, type SeedArticleRef } from './plan-seed-claims';

const articles = new Map<string, SeedArticleRef>([
  ['a.txt', { file: 'a.txt', outlet: 'voa', text: '第一段。习近平访问俄罗斯。\n\n第二段：习近平访问俄罗斯。' }],
  ['b.txt', { file: 'b.txt', outlet: 'bbc', text: '𠮷野家：上合组织有十个成员国。' }],
]);

function file(claims: unknown[]) {
  return parseClaimsFile({ version: 1, claims });
}

const base = { key: 'c', text: '上合组织有十个成员国', kind: 'fact' };

describe('planSeedClaims', () => {
  it('anchors quotes in code points and keeps stated values and notes', () => {
    const [plan] = planSeedClaims(
      file([{ ...base, evidence: [{ outlet: 'bbc', article: 'b.txt', stance: 'states', exact: '十个成员国', statedValue: '10' }], reviews: [{ outlet: 'voa', article: 'a.txt', verdict: 'omits' }] }]),
      articles,
    );
    expect(plan!.evidence[0]).toMatchObject({ article: 'b.txt', start: 9, end: 14, exact: '十个成员国', prefix: '𠮷野家：上合组织有', statedValue: '10' });
    expect(plan!.reviews).toEqual([{ article: 'a.txt', note: null }]);
  });

  it('uses the prefix to choose between repeated quotes', () => {
    const [plan] = planSeedClaims(
      file([{ ...base, evidence: [{ outlet: 'voa', article: 'a.txt', stance: 'states', exact: '习近平访问俄罗斯', prefix: '第二段：' }] }]),
      articles,
    );
    expect(plan!.evidence[0]!.start).toBe(19);
  });

  it('collects every problem and throws them together', () => {
    const run = () =>
      planSeedClaims(
        file([
          { ...base, key: 'one', evidence: [{ outlet: 'voa', article: 'a.txt', stance: 'states', exact: '习近平访问俄罗斯' }] },
          { ...base, key: 'two', evidence: [{ outlet: 'voa', article: 'a.txt', stance: 'states', exact: '不存在' }] },
          { ...base, key: 'three', evidence: [{ outlet: 'voa', article: 'b.txt', stance: 'states', exact: '上合' }] },
          { ...base, key: 'four', reviews: [{ outlet: 'voa', article: 'nope.txt', verdict: 'omits' }] },
          { ...base, key: 'five', evidence: [{ outlet: 'bbc', article: 'b.txt', stance: 'states', exact: '上合' }], reviews: [{ outlet: 'bbc', article: 'b.txt', verdict: 'omits' }] },
        ]),
        articles,
      );
    expect(run).toThrow(SeedError);
    try {
      run();
    } catch (error) {
      const problems = (error as SeedError).problems;
      expect(problems).toHaveLength(5);
      expect(problems[0]).toMatch(/^one: .*occurs 2 times/);
      expect(problems[1]).toMatch(/^two: .*not found|^two: /);
      expect(problems[2]).toMatch(/^three: b.txt belongs to outlet bbc, not voa/);
      expect(problems[3]).toMatch(/^four: unknown article file nope.txt/);
      expect(problems[4]).toMatch(/^five: .*also has evidence/);
    }
  });
});

describe('parseClaimsFile', () => {
  it('rejects duplicate keys, comparators without values and bad dates, naming the path', () => {
    expect(() =>
      parseClaimsFile({ version: 1, claims: [{ ...base, comparator: 'gte', asOf: '4 July' }, { ...base }] }),
    ).toThrow(/claims\.0\.asOf[\s\S]*claims\.0\.comparator[\s\S]*duplicate key c|claims\.0\.comparator[\s\S]*claims\.0\.asOf/);
  });

  it('accepts the shipped seeds/claims.json', async () => {
    const { readFileSync } = await import('node:fs');
    const parsed = parseClaimsFile(JSON.parse(readFileSync('seeds/claims.json', 'utf8')));
    expect(parsed.claims.length).toBeGreaterThanOrEqual(15);
  });
});
