import { describe, expect, it } from 'vitest';
import { OUTLETS_IN_FULL, outletsInFull, PHONE_BUDGET, planClaimPage, QUOTES_PER_OUTLET, QUOTES_PER_PAGE, quotesPerOutlet } from './quote-budget';

describe('quotesPerOutlet', () => {
  it('shows a few outlets every quote up to the per-outlet cap', () => {
    expect(quotesPerOutlet(0)).toBe(QUOTES_PER_OUTLET);
    expect(quotesPerOutlet(5)).toBe(QUOTES_PER_OUTLET);
  });
  it('shares the page budget among many outlets, never below one quote each', () => {
    expect(quotesPerOutlet(20)).toBe(3);
    expect(quotesPerOutlet(30)).toBe(2);
    expect(quotesPerOutlet(100)).toBe(1);
    expect(quotesPerOutlet(1000)).toBe(1);
    for (let n = 1; n <= 200; n++) expect(quotesPerOutlet(n) * n <= Math.max(QUOTES_PER_PAGE, n)).toBe(true);
  });
});

describe('outletsInFull', () => {
  const outlets = Array.from({ length: OUTLETS_IN_FULL + 5 }, (_, i) => ({ slug: `o-${i}` }));
  it('shows every outlet of a small claim page in full', () => {
    expect(outletsInFull(outlets.slice(0, 5), undefined)).toEqual({ full: outlets.slice(0, 5), brief: [] });
  });
  it('puts the outlets past the first ones in brief, unless one or all are asked for', () => {
    expect(outletsInFull(outlets, undefined)).toEqual({ full: outlets.slice(0, OUTLETS_IN_FULL), brief: outlets.slice(OUTLETS_IN_FULL) });
    const asked = outlets[OUTLETS_IN_FULL + 2]!;
    const one = outletsInFull(outlets, asked.slug);
    expect(one.full).toEqual([...outlets.slice(0, OUTLETS_IN_FULL), asked]);
    expect(one.brief).not.toContain(asked);
    expect(outletsInFull(outlets, 'all')).toEqual({ full: outlets, brief: [] });
  });
  it('fills the outlets in full with those that have something recorded, in page order; the empty ones go in brief', () => {
    // every third outlet has a quote or an omission mark
    const recorded = (outlet: { slug: string }) => Number(outlet.slug.slice(2)) % 3 === 0;
    const plan = outletsInFull(outlets, undefined, OUTLETS_IN_FULL, recorded);
    expect(plan.full).toEqual(outlets.filter(recorded));
    expect(plan.brief).toEqual(outlets.filter((o) => !recorded(o)));
    // more recorded outlets than fit: the first ones
    expect(outletsInFull(outlets, undefined, 4, recorded).full.map((o) => o.slug)).toEqual(['o-0', 'o-3', 'o-6', 'o-9']);
    // an empty outlet asked for is shown in full beside them
    expect(outletsInFull(outlets, 'o-1', 4, recorded).full.map((o) => o.slug)).toEqual(['o-0', 'o-1', 'o-3', 'o-6', 'o-9']);
    // a page whose outlets all fit shows every one, empty or not
    expect(outletsInFull(outlets.slice(0, 5), undefined, OUTLETS_IN_FULL, recorded).full).toEqual(outlets.slice(0, 5));
    expect(outletsInFull(outlets, 'all', OUTLETS_IN_FULL, () => false).full).toEqual(outlets);
  });
});

describe('planClaimPage', () => {
  // 40 outlets; outlet i has i % 4 quotes (o-1: ["o-1#0"], o-2: two, o-3: three, o-4: none …)
  const outlets = Array.from({ length: 40 }, (_, i) => ({ slug: `o-${i}` }));
  const quotesOf = (slug: string) => Array.from({ length: Number(slug.slice(2)) % 4 }, (_, k) => `${slug}#${k}`);
  it('shares the quote budget among the quoted outlets in full and lists the quotes they show, in page order', () => {
    const plan = planClaimPage(outlets, quotesOf, undefined);
    const quoted = plan.full.filter((o) => quotesOf(o.slug).length > 0).length;
    expect(quoted).toBe(22);
    expect(plan.perOutlet).toBe(quotesPerOutlet(22));
    expect(plan.perOutlet).toBe(2);
    expect(plan.shown).toEqual(plan.full.flatMap((o) => quotesOf(o.slug).slice(0, 2)));
    expect(plan.shown).toContain('o-3#1');
    expect(plan.shown).not.toContain('o-3#2');
    // outlets in brief show none
    expect(plan.shown.some((q) => q.startsWith(`o-${OUTLETS_IN_FULL + 1}#`))).toBe(false);
  });
  it('shows every quote of the outlet asked for, or of all', () => {
    const one = planClaimPage(outlets, quotesOf, 'o-35');
    expect(one.quotesShown('o-35')).toBe(Infinity);
    expect(one.shown).toEqual(expect.arrayContaining(['o-35#0', 'o-35#1', 'o-35#2', 'o-3#0']));
    expect(one.shown).not.toContain('o-3#2');
    const all = planClaimPage(outlets, quotesOf, 'all');
    expect(all.shown).toEqual(outlets.flatMap((o) => quotesOf(o.slug)));
  });
});

describe("a phone's budget", () => {
  it('shows fewer outlets in full and fewer quotes, still one per outlet that has any', () => {
    const outlets = Array.from({ length: 40 }, (_, i) => ({ slug: `o-${i}` }));
    const quotesOf = (slug: string) => Array.from({ length: 4 }, (_, k) => `${slug}#${k}`);
    const phone = planClaimPage(outlets, quotesOf, undefined, PHONE_BUDGET);
    expect(phone.full).toEqual(outlets.slice(0, PHONE_BUDGET.outletsInFull));
    expect(phone.brief).toHaveLength(40 - PHONE_BUDGET.outletsInFull);
    expect(phone.perOutlet).toBe(quotesPerOutlet(PHONE_BUDGET.outletsInFull, PHONE_BUDGET.quotesPerPage));
    expect(phone.shown.length).toBeLessThanOrEqual(PHONE_BUDGET.quotesPerPage);
    for (const outlet of phone.full) expect(phone.shown.some((q) => q.startsWith(`${outlet.slug}#`))).toBe(true);
    expect(phone.shown.length).toBeLessThan(planClaimPage(outlets, quotesOf, undefined).shown.length);
    // what was asked for is shown whole on a phone too
    expect(planClaimPage(outlets, quotesOf, 'o-35', PHONE_BUDGET).full.map((o) => o.slug)).toContain('o-35');
    expect(planClaimPage(outlets, quotesOf, 'all', PHONE_BUDGET).shown).toHaveLength(160);
  });
});
