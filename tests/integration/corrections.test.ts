// Correcting mistakes (issue 13): a deleted claim comes back with its quotes and omission
// marks, for editors only; a change to a claim's content flags its cells "needs re-review"
// (the SQL stance and the domain oracle agree at every step) until an editor confirms or
// changes each; a quote already back is not restored twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { findDeletedClaims, getDeletedClaim } from '../../lib/data/reads/find-deleted-claims';
import { findFlaggedRows } from '../../lib/data/reads/find-flagged-rows';
import { findClaims } from '../../lib/data/claim-table';
import type { ClaimRecordDto, EvidenceRecordDto } from '../../lib/data/types';
import { runOperation, type OperationName } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { findClaimsByDomainRules } from './domain-claims';
import { articleOf, createActor, pictureOf, uniqueQuote } from './write-fixtures';

let db: TestDatabase;
let editor: Actor;
let reader: Actor;
let voa: { id: number; text: string };
let rfa: { id: number; text: string };
let bbc: { id: number; text: string };

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  editor = await createActor(db.prisma, { email: 'fix@example.org', name: 'Fixer', role: 'editor' });
  reader = await createActor(db.prisma, { email: 'read@example.org', name: 'Reader', role: 'reader' });
  voa = await articleOf(db.prisma, 'voa');
  rfa = await articleOf(db.prisma, 'rfa');
  bbc = await articleOf(db.prisma, 'bbc');
});

afterAll(async () => {
  await db?.drop();
});

async function ok<T = unknown>(name: OperationName, input: unknown, actor: Actor | null = editor): Promise<T> {
  const result = await runOperation(db.prisma, actor, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

let n = 0;
async function claimWithCells() {
  n += 1;
  const claim = await ok<ClaimRecordDto>('createClaim', { text: `At least 9 people were hurt (${n})`, kind: 'quantity', value: 9, comparator: 'gte', unit: 'people', status: 'published' });
  const states = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'states', ...uniqueQuote(voa.text, 100 + n * 20), statedValue: '9' });
  const contradicts = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: rfa.id, stance: 'contradicts', ...uniqueQuote(rfa.text, 100 + n * 20) });
  await ok('markOmission', { claimId: claim.id, articleId: bbc.id, note: 'not there' });
  return { claim, states, contradicts };
}

/** The stance of each of the claim's outlets as the claim table (SQL, cell_stance()) reads it. */
async function sqlStances(claimId: number): Promise<Record<string, string>> {
  const { claims } = await findClaims(db.prisma, { ids: [claimId], includeDrafts: true });
  return Object.fromEntries(Object.entries(claims[0]!.cells).map(([slug, cell]) => [slug, cell.stance]));
}

/** The same, as the domain oracle decides from the raw rows. */
async function domainStances(claimId: number): Promise<Record<string, string>> {
  const { claims } = await findClaimsByDomainRules(db.prisma, { includeDrafts: true });
  return Object.fromEntries(Object.entries(claims.find((c) => c.id === claimId)!.cells).map(([slug, cell]) => [slug, cell.stance]));
}

async function expectStances(claimId: number, expected: Record<string, string>) {
  const sql = await sqlStances(claimId);
  expect(sql).toEqual(await domainStances(claimId));
  expect(sql).toMatchObject(expected);
}

describe('restoring a deleted claim', () => {
  it('brings it back with the same id, its quotes and its omission marks, and records it', async () => {
    const { claim } = await claimWithCells();
    const before = await sqlStances(claim.id);
    expect(before).toMatchObject({ voa: 'states', rfa: 'contradicts', bbc: 'omits' });
    // a quote removed on its own before the deletion stays removed
    const extra = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'states', ...uniqueQuote(voa.text, 900) });
    await ok('deleteEvidence', { id: extra.id, version: extra.version });

    await ok('deleteClaim', { id: claim.id, version: claim.version });
    expect(await db.prisma.claim.findUnique({ where: { id: claim.id } })).toBeNull();
    const listed = (await findDeletedClaims(db.prisma, { actor: editor })).find((d) => d.id === claim.id);
    expect(listed).toMatchObject({ text: claim.text, status: 'published', deletedBy: 'Fixer', quotes: 2, marks: 1 });

    const restored = await ok<{ claim: ClaimRecordDto; restoredEvidence: number; restoredReviews: number; skippedEvidence: number }>('restoreDeletedClaim', { id: claim.id });
    expect(restored).toMatchObject({ restoredEvidence: 2, restoredReviews: 1, skippedEvidence: 0 });
    expect(restored.claim).toMatchObject({ id: claim.id, text: claim.text, value: 9, comparator: 'gte', unit: 'people', status: 'published', version: claim.version + 1 });
    expect(await sqlStances(claim.id)).toEqual(before);
    expect(await db.prisma.evidence.count({ where: { claimId: claim.id } })).toBe(2);
    expect(await getDeletedClaim(db.prisma, { actor: editor, id: claim.id })).toBeNull();
    const restores = await db.prisma.revision.findMany({ where: { claimId: claim.id, action: 'restore' } });
    expect(restores.map((r) => r.entityType).sort()).toEqual(['claim', 'evidence', 'evidence', 'review']);

    // restoring again is a conflict; so is restoring a claim that was never deleted
    const again = await runOperation(db.prisma, editor, 'restoreDeletedClaim', { id: claim.id });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    const never = await runOperation(db.prisma, editor, 'restoreDeletedClaim', { id: 2_000_000 });
    expect(never.ok ? null : never.error.status).toBe(404);
  });

  it('is refused to readers and anonymous callers, and they cannot list deleted claims', async () => {
    const { claim } = await claimWithCells();
    await ok('deleteClaim', { id: claim.id, version: claim.version });
    const picture = await pictureOf(db.prisma);
    for (const actor of [reader, null]) {
      const result = await runOperation(db.prisma, actor, 'restoreDeletedClaim', { id: claim.id });
      expect(result.ok ? null : result.error.status).toBe(actor ? 403 : 401);
      await expect(findDeletedClaims(db.prisma, { actor })).rejects.toThrow();
      await expect(getDeletedClaim(db.prisma, { actor, id: claim.id })).rejects.toThrow();
    }
    expect(await pictureOf(db.prisma)).toEqual(picture);
  });
});

describe('needs re-review', () => {
  it('flags every cell when the value changes, in SQL as in the domain oracle, until each is confirmed or changed', async () => {
    const { claim, states } = await claimWithCells();
    await expectStances(claim.id, { voa: 'states', rfa: 'contradicts', bbc: 'omits' });

    // the gloss is not content: nothing is flagged
    const glossed = await ok<ClaimRecordDto>('updateClaim', { id: claim.id, version: claim.version, gloss: 'a note' });
    await expectStances(claim.id, { voa: 'states', rfa: 'contradicts', bbc: 'omits' });

    // 9 -> 10: the quote saying 9 no longer simply states the claim
    const edited = await ok<ClaimRecordDto>('updateClaim', { id: claim.id, version: glossed.version, value: 10 });
    await expectStances(claim.id, { voa: 'rereview', rfa: 'rereview', bbc: 'rereview' });
    // the claim page marks each flagged quote and mark: all of them now
    const flaggedOf = async () => {
      const flagged = await findFlaggedRows(db.prisma, claim.id);
      return { evidence: [...flagged.evidence].sort((a, b) => a - b), reviews: [...flagged.reviews].sort((a, b) => a - b) };
    };
    const [quoteIds, markIds] = await Promise.all([
      db.prisma.evidence.findMany({ where: { claimId: claim.id }, select: { id: true }, orderBy: { id: 'asc' } }),
      db.prisma.review.findMany({ where: { claimId: claim.id }, select: { id: true }, orderBy: { id: 'asc' } }),
    ]);
    expect(quoteIds.length).toBeGreaterThan(0);
    expect(markIds.length).toBeGreaterThan(0);
    expect(await flaggedOf()).toEqual({ evidence: quoteIds.map((q) => q.id), reviews: markIds.map((m) => m.id) });
    const row = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect([row.statesOutlets, row.contradictsOutlets, row.omitsOutlets]).toEqual([0, 0, 0]);

    // confirming against an older version is a conflict and clears nothing
    const stale = await runOperation(db.prisma, editor, 'confirmCell', { claimId: claim.id, outlet: 'rfa', version: glossed.version });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
    const unknown = await runOperation(db.prisma, editor, 'confirmCell', { claimId: claim.id, outlet: 'no-such-outlet', version: edited.version });
    expect(unknown.ok ? null : unknown.error.status).toBe(404);

    // "still holds" on one cell
    expect(await ok('confirmCell', { claimId: claim.id, outlet: 'rfa', version: edited.version })).toMatchObject({ confirmedEvidence: 1, confirmedReviews: 0 });
    await expectStances(claim.id, { voa: 'rereview', rfa: 'contradicts', bbc: 'rereview' });
    // changing the quote's stance clears its flag
    await ok('updateEvidence', { id: states.id, version: states.version, stance: 'contradicts' });
    await expectStances(claim.id, { voa: 'contradicts', rfa: 'contradicts', bbc: 'rereview' });
    // marking the omission again confirms it
    await ok('markOmission', { claimId: claim.id, articleId: bbc.id });
    await expectStances(claim.id, { voa: 'contradicts', rfa: 'contradicts', bbc: 'omits' });
    expect(await flaggedOf()).toEqual({ evidence: [], reviews: [] });

    const confirms = await db.prisma.revision.findMany({ where: { claimId: claim.id, action: 'confirm' }, orderBy: { id: 'asc' } });
    expect(confirms.map((r) => r.entityType)).toEqual(['evidence', 'review']);
    expect(confirms.every((r) => (r.before as { needsReview: boolean }).needsReview && !(r.after as { needsReview: boolean }).needsReview)).toBe(true);
  });

  it('flags from a restored old version too, and a restored quote deleted before the change comes back flagged', async () => {
    const { claim, states } = await claimWithCells();
    await ok('deleteEvidence', { id: states.id, version: states.version });
    const deletion = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'evidence', entityId: states.id, action: 'delete' } });
    const edited = await ok<ClaimRecordDto>('updateClaim', { id: claim.id, version: claim.version, asOf: '2024-07-04' });
    await expectStances(claim.id, { rfa: 'rereview', bbc: 'rereview' });
    await ok('restoreEvidence', { revisionId: Number(deletion.id) });
    await expectStances(claim.id, { voa: 'rereview' });
    // already back: refused, the quote is not doubled
    const twice = await runOperation(db.prisma, editor, 'restoreEvidence', { revisionId: Number(deletion.id) });
    expect(twice.ok ? null : twice.error.code).toBe('conflict');
    expect(await db.prisma.evidence.count({ where: { claimId: claim.id, articleId: voa.id } })).toBe(1);

    for (const outlet of ['voa', 'rfa', 'bbc']) await ok('confirmCell', { claimId: claim.id, outlet, version: edited.version });
    // confirmed, the mark reads as its date says: all of the outlet's coverage is older than 4 July
    await expectStances(claim.id, { voa: 'states', rfa: 'contradicts', bbc: 'predates' });
    const created = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'claim', entityId: claim.id, action: 'create' } });
    await ok('restoreClaimVersion', { revisionId: Number(created.id), version: edited.version });
    await expectStances(claim.id, { voa: 'rereview', rfa: 'rereview', bbc: 'rereview' });
  });

  it('keeps the flags through a delete and restore of the claim', async () => {
    const { claim } = await claimWithCells();
    const edited = await ok<ClaimRecordDto>('updateClaim', { id: claim.id, version: claim.version, text: `${claim.text}, officials said` });
    await ok('confirmCell', { claimId: claim.id, outlet: 'rfa', version: edited.version });
    await ok('deleteClaim', { id: claim.id, version: edited.version });
    await ok('restoreDeletedClaim', { id: claim.id });
    await expectStances(claim.id, { voa: 'rereview', rfa: 'contradicts', bbc: 'rereview' });
  });
});
