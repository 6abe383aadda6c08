// The revision log as the write side keeps it: every create, update, delete, merge and
// omission writes its revisions in the same transaction as the change (a failed write leaves
// none), deleted evidence comes back anchored, and an old claim version can be restored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codePointSlice } from '../../lib/anchoring';
import type { Actor } from '../../lib/auth/actor';
import { findClaimHistory } from '../../lib/data/reads/find-claim-history';
import type { ClaimRecordDto, EvidenceRecordDto } from '../../lib/data/types';
import { runOperation, type OperationName } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { articleOf, createActor, pictureOf, uniqueQuote } from './write-fixtures';

let db: TestDatabase;
let editor: Actor;
let voa: { id: number; text: string };
let rfa: { id: number; text: string };

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  editor = await createActor(db.prisma, { email: 'hist@example.org', name: 'Historian', role: 'editor' });
  voa = await articleOf(db.prisma, 'voa');
  rfa = await articleOf(db.prisma, 'rfa');
});

afterAll(async () => {
  await db?.drop();
});

async function ok<T = unknown>(name: OperationName, input: unknown): Promise<T> {
  const result = await runOperation(db.prisma, editor, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

let lastRevisionId = 0n;
beforeEach(async () => {
  const last = await db.prisma.revision.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  lastRevisionId = last?.id ?? 0n;
});

/** Revisions written since the test started, oldest first. */
async function newRevisions() {
  const rows = await db.prisma.revision.findMany({ where: { id: { gt: lastRevisionId } }, orderBy: { id: 'asc' } });
  return rows.map((r) => ({ entity: `${r.entityType}:${r.entityId}`, action: r.action, claimId: r.claimId, actorId: r.actorId, before: r.before as Record<string, unknown> | null, after: r.after as Record<string, unknown> | null }));
}

async function newClaim(text: string): Promise<ClaimRecordDto> {
  return ok<ClaimRecordDto>('createClaim', { text });
}

describe('revisions for each write', () => {
  it('createClaim and updateClaim record the row before and after', async () => {
    const claim = await newClaim('第一版');
    const updated = await ok<ClaimRecordDto>('updateClaim', { id: claim.id, version: 1, text: '第二版', status: 'published' });
    expect(updated.version).toBe(2);
    const revisions = await newRevisions();
    expect(revisions.map((r) => [r.entity, r.action])).toEqual([
      [`claim:${claim.id}`, 'create'],
      [`claim:${claim.id}`, 'update'],
    ]);
    expect(revisions.every((r) => r.claimId === claim.id && r.actorId === editor.userId)).toBe(true);
    expect(revisions[0]!.after).toMatchObject({ text: '第一版', version: 1, status: 'draft' });
    expect(revisions[1]!.before).toMatchObject({ text: '第一版', version: 1 });
    expect(revisions[1]!.after).toMatchObject({ text: '第二版', version: 2, status: 'published', updatedById: editor.userId });
  });

  it('an update that changes nothing writes nothing', async () => {
    const claim = await newClaim('unchanged');
    const before = await pictureOf(db.prisma);
    const same = await ok<ClaimRecordDto>('updateClaim', { id: claim.id, version: 1, text: 'unchanged' });
    expect(same.version).toBe(1);
    expect(await pictureOf(db.prisma)).toEqual(before);
  });

  it('createEvidence replaces an omission in the same article, recording both', async () => {
    const claim = await newClaim('evidence replaces omission');
    const review = await ok<{ id: number }>('markOmission', { claimId: claim.id, articleId: voa.id, note: 'not there' });
    const quote = uniqueQuote(voa.text, 150);
    const evidence = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'states', exact: quote.exact });
    expect(await db.prisma.review.count({ where: { claimId: claim.id } })).toBe(0);
    const revisions = await newRevisions();
    expect(revisions.map((r) => [r.entity, r.action])).toEqual([
      [`claim:${claim.id}`, 'create'],
      [`review:${review.id}`, 'create'],
      [`review:${review.id}`, 'delete'],
      [`evidence:${evidence.id}`, 'create'],
    ]);
    expect(revisions[2]!.before).toMatchObject({ note: 'not there', articleId: voa.id });
    expect(revisions[3]!.after).toMatchObject({ exact: quote.exact, start: quote.start, end: quote.end });
  });

  it('marking an omission twice writes once; clearing records the delete', async () => {
    const claim = await newClaim('omission twice');
    const first = await ok<{ id: number }>('markOmission', { claimId: claim.id, articleId: rfa.id });
    const second = await ok<{ id: number }>('markOmission', { claimId: claim.id, articleId: rfa.id, note: 'again' });
    expect(second.id).toBe(first.id);
    await ok('clearOmission', { claimId: claim.id, articleId: rfa.id });
    expect((await newRevisions()).map((r) => [r.entity, r.action])).toEqual([
      [`claim:${claim.id}`, 'create'],
      [`review:${first.id}`, 'create'],
      [`review:${first.id}`, 'delete'],
    ]);
  });

  it('updateEvidence and deleteEvidence record before and after', async () => {
    const claim = await newClaim('evidence edits');
    const quote = uniqueQuote(voa.text, 250);
    const evidence = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'states', start: quote.start, end: quote.end });
    const updated = await ok<EvidenceRecordDto>('updateEvidence', { id: evidence.id, version: 1, stance: 'contradicts', statedValue: '9' });
    expect(updated).toMatchObject({ version: 2, stance: 'contradicts', statedValue: '9', exact: quote.exact });
    await ok('deleteEvidence', { id: evidence.id, version: 2 });
    const revisions = (await newRevisions()).filter((r) => r.entity === `evidence:${evidence.id}`);
    expect(revisions.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
    expect(revisions[1]!.before).toMatchObject({ stance: 'states', version: 1 });
    expect(revisions[1]!.after).toMatchObject({ stance: 'contradicts', version: 2 });
    expect(revisions[2]!.before).toMatchObject({ stance: 'contradicts', version: 2, exact: quote.exact });
    expect(revisions[2]!.after).toBeNull();
  });

  it('deleteClaim records a delete for the claim and for each evidence and review it takes along', async () => {
    const claim = await newClaim('to be deleted');
    const e1 = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'states', exact: uniqueQuote(voa.text, 50).exact });
    const e2 = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'contradicts', exact: uniqueQuote(voa.text, 90).exact });
    const review = await ok<{ id: number }>('markOmission', { claimId: claim.id, articleId: rfa.id });
    lastRevisionId = (await db.prisma.revision.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;

    const result = await ok('deleteClaim', { id: claim.id, version: 1 });
    expect(result).toEqual({ id: claim.id, deletedEvidence: 2, deletedReviews: 1 });
    const revisions = await newRevisions();
    expect(revisions.map((r) => [r.entity, r.action]).sort()).toEqual(
      [[`claim:${claim.id}`, 'delete'], [`evidence:${e1.id}`, 'delete'], [`evidence:${e2.id}`, 'delete'], [`review:${review.id}`, 'delete']].sort(),
    );
    expect(revisions.every((r) => r.claimId === claim.id && r.before !== null && r.after === null)).toBe(true);
    expect(await db.prisma.claim.findUnique({ where: { id: claim.id } })).toBeNull();
    // the history outlives the claim
    const history = await findClaimHistory(db.prisma, claim.id);
    expect(history[0]).toMatchObject({ entityType: 'claim', action: 'delete', actor: { name: 'Historian', email: 'hist@example.org' } });
  });

  it('mergeClaims moves evidence and reviews, drops what evidence replaces, deletes the source', async () => {
    const target = await newClaim('merge target');
    const source = await newClaim('merge source (duplicate)');
    const bbc = await articleOf(db.prisma, 'bbc');
    const kzg = await articleOf(db.prisma, 'kanzhongguo');
    // target: omission in VOA (source has evidence there -> dropped), omission in RFA (kept)
    const targetVoaReview = await ok<{ id: number }>('markOmission', { claimId: target.id, articleId: voa.id });
    const targetRfaReview = await ok<{ id: number }>('markOmission', { claimId: target.id, articleId: rfa.id });
    // source: evidence in VOA (moves), omission in RFA (duplicate -> dropped), omission in BBC (moves)
    const evidence = await ok<EvidenceRecordDto>('createEvidence', { claimId: source.id, articleId: voa.id, stance: 'states', exact: uniqueQuote(voa.text, 700).exact });
    const sourceRfaReview = await ok<{ id: number }>('markOmission', { claimId: source.id, articleId: rfa.id });
    const sourceBbcReview = await ok<{ id: number }>('markOmission', { claimId: source.id, articleId: bbc.id });
    // target evidence in KZG and a source omission there -> dropped
    await ok('createEvidence', { claimId: target.id, articleId: kzg.id, stance: 'states', exact: uniqueQuote(kzg.text, 300).exact });
    const sourceKzgReview = await ok<{ id: number }>('markOmission', { claimId: source.id, articleId: kzg.id });
    lastRevisionId = (await db.prisma.revision.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;

    const result = await ok<{ claim: ClaimRecordDto; movedEvidence: number; movedReviews: number; droppedReviews: number }>('mergeClaims', {
      sourceId: source.id,
      targetId: target.id,
    });
    expect(result).toMatchObject({ movedEvidence: 1, movedReviews: 1, droppedReviews: 3, claim: { id: target.id, version: 2 } });
    expect(await db.prisma.claim.findUnique({ where: { id: source.id } })).toBeNull();
    const moved = await db.prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(moved).toMatchObject({ claimId: target.id, version: 2 });
    const reviews = await db.prisma.review.findMany({ where: { claimId: target.id }, orderBy: { articleId: 'asc' } });
    expect(reviews.map((r) => r.id).sort()).toEqual([targetRfaReview.id, sourceBbcReview.id].sort());

    const revisions = await newRevisions();
    const actions = Object.fromEntries(revisions.map((r) => [r.entity, r.action]));
    expect(actions).toEqual({
      [`evidence:${evidence.id}`]: 'merge',
      [`review:${targetVoaReview.id}`]: 'delete',
      [`review:${sourceRfaReview.id}`]: 'delete',
      [`review:${sourceKzgReview.id}`]: 'delete',
      [`review:${sourceBbcReview.id}`]: 'merge',
      [`claim:${source.id}`]: 'delete',
      [`claim:${target.id}`]: 'merge',
    });
    expect(revisions.find((r) => r.entity === `claim:${source.id}`)!.claimId).toBe(source.id);
    expect(revisions.filter((r) => r.entity !== `claim:${source.id}`).every((r) => r.claimId === target.id)).toBe(true);
  });

  it('mergeClaims drops a source quote of a passage the target already quotes with the same stance', async () => {
    const target = await newClaim('same passage target');
    const source = await newClaim('same passage source');
    const quote = uniqueQuote(rfa.text, 400).exact;
    const kept = await ok<EvidenceRecordDto>('createEvidence', { claimId: target.id, articleId: rfa.id, stance: 'states', exact: quote });
    const duplicate = await ok<EvidenceRecordDto>('createEvidence', { claimId: source.id, articleId: rfa.id, stance: 'states', exact: quote });
    const other = await ok<EvidenceRecordDto>('createEvidence', { claimId: source.id, articleId: rfa.id, stance: 'states', exact: uniqueQuote(rfa.text, 900).exact });
    lastRevisionId = (await db.prisma.revision.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;

    const result = await ok<{ movedEvidence: number; droppedEvidence: number }>('mergeClaims', { sourceId: source.id, targetId: target.id });
    expect(result).toMatchObject({ movedEvidence: 1, droppedEvidence: 1 });
    const quotes = await db.prisma.evidence.findMany({ where: { claimId: target.id }, orderBy: { id: 'asc' } });
    expect(quotes.map((e) => e.id)).toEqual([kept.id, other.id]);
    expect(await db.prisma.evidence.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const actions = Object.fromEntries((await newRevisions()).map((r) => [r.entity, r.action]));
    expect(actions).toMatchObject({ [`evidence:${duplicate.id}`]: 'delete', [`evidence:${other.id}`]: 'merge' });
  });

  it('mergeClaims refuses when both claims quote the same passage with opposite stances, and writes nothing', async () => {
    const target = await newClaim('opposite target');
    const source = await newClaim('opposite source');
    const quote = uniqueQuote(rfa.text, 1200).exact;
    await ok('createEvidence', { claimId: target.id, articleId: rfa.id, stance: 'states', exact: quote });
    await ok('createEvidence', { claimId: source.id, articleId: rfa.id, stance: 'contradicts', exact: quote });
    const before = await pictureOf(db.prisma);
    const result = await runOperation(db.prisma, editor, 'mergeClaims', { sourceId: source.id, targetId: target.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', status: 409, details: { articleId: rfa.id } } });
    expect(await pictureOf(db.prisma)).toEqual(before);
  });
});

describe('a failed write leaves no revisions', () => {
  it('a stale-version update writes nothing', async () => {
    const claim = await newClaim('stale');
    await ok('updateClaim', { id: claim.id, version: 1, text: 'fresh' });
    const before = await pictureOf(db.prisma);
    const result = await runOperation(db.prisma, editor, 'updateClaim', { id: claim.id, version: 1, text: 'stale again' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await pictureOf(db.prisma)).toEqual(before);
  });

  it('a claim created with a quote that does not anchor is rolled back with its revision', async () => {
    const before = await pictureOf(db.prisma);
    const result = await runOperation(db.prisma, editor, 'createClaimWithEvidence', {
      claim: { text: 'orphan?' },
      evidence: { articleId: voa.id, stance: 'states', exact: '这句话不在文章里' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'evidence.exact': expect.any(Array) } } });
    expect(await pictureOf(db.prisma)).toEqual(before);
  });

  it('a merge into a deleted claim writes nothing', async () => {
    const source = await newClaim('merge source');
    await ok('createEvidence', { claimId: source.id, articleId: voa.id, stance: 'states', exact: uniqueQuote(voa.text, 800).exact });
    const before = await pictureOf(db.prisma);
    const result = await runOperation(db.prisma, editor, 'mergeClaims', { sourceId: source.id, targetId: 2_000_000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await pictureOf(db.prisma)).toEqual(before);
  });
});

describe('restoring', () => {
  it('brings deleted evidence back, anchored in the article, with a restore revision', async () => {
    const claim = await newClaim('restore evidence');
    const quote = uniqueQuote(voa.text, 900);
    const evidence = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'contradicts', exact: quote.exact, note: 'keep me' });
    await ok('deleteEvidence', { id: evidence.id, version: 1 });
    expect(await db.prisma.evidence.count({ where: { claimId: claim.id } })).toBe(0);
    const deletion = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'evidence', entityId: evidence.id, action: 'delete' } });

    const restored = await ok<EvidenceRecordDto>('restoreEvidence', { revisionId: Number(deletion.id) });
    expect(restored).toMatchObject({ claimId: claim.id, articleId: voa.id, stance: 'contradicts', exact: quote.exact, start: quote.start, end: quote.end, note: 'keep me', prefix: evidence.prefix, suffix: evidence.suffix });
    expect(codePointSlice(voa.text, restored.start, restored.end)).toBe(quote.exact);
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'evidence', entityId: restored.id } });
    expect(revision).toMatchObject({ action: 'restore', claimId: claim.id, actorId: editor.userId });

    // restoring the same deletion twice would duplicate the quote
    const again = await runOperation(db.prisma, editor, 'restoreEvidence', { revisionId: Number(deletion.id) });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('brings back evidence deleted with its claim only while the claim exists', async () => {
    const claim = await newClaim('gone claim');
    const evidence = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'states', exact: uniqueQuote(voa.text, 950).exact });
    await ok('deleteClaim', { id: claim.id, version: 1 });
    const deletion = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'evidence', entityId: evidence.id, action: 'delete' } });
    const before = await pictureOf(db.prisma);
    const result = await runOperation(db.prisma, editor, 'restoreEvidence', { revisionId: Number(deletion.id) });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', status: 404 } });
    expect(await pictureOf(db.prisma)).toEqual(before);
  });

  it('re-anchors a quote whose article text moved, and refuses one that is gone', async () => {
    const outlet = await db.prisma.outlet.create({ data: { slug: 'history-test', name: 'History Test', language: 'zh_Hans' } });
    const text = '第一段。\n\n上海合作组织峰会在阿斯塔纳举行。';
    const article = await db.prisma.article.create({
      data: { outletId: outlet.id, title: 't', publishedAt: new Date('2024-07-04T00:00:00Z'), language: 'zh_Hans', text, textLength: [...text].length, contentHash: 'b'.repeat(64), source: text, sourceFormat: 'text' },
    });
    const claim = await newClaim('re-anchor');
    const add = () => ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: article.id, stance: 'states', exact: '阿斯塔纳' });
    const remove = async (e: EvidenceRecordDto) => {
      await ok('deleteEvidence', { id: e.id, version: e.version });
      return Number((await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'evidence', entityId: e.id, action: 'delete' } })).id);
    };
    const first = await add();
    const revisionId = await remove(first);
    const moved = `导语。${text}`;
    await db.prisma.article.update({ where: { id: article.id }, data: { text: moved, textLength: [...moved].length } });
    const restored = await ok<EvidenceRecordDto>('restoreEvidence', { revisionId });
    expect(restored.start).toBe(first.start + 3);
    expect(codePointSlice(moved, restored.start, restored.end)).toBe('阿斯塔纳');

    const second = await remove(restored);
    const gone = '第一段。\n\n上海合作组织峰会举行。';
    await db.prisma.article.update({ where: { id: article.id }, data: { text: gone, textLength: [...gone].length } });
    const before = await pictureOf(db.prisma);
    const result = await runOperation(db.prisma, editor, 'restoreEvidence', { revisionId: second });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { revisionId: [expect.stringContaining('no longer anchors')] } } });
    expect(await pictureOf(db.prisma)).toEqual(before);
  });

  it('restores a previous claim version: old text back, version bumped, status kept', async () => {
    const claim = await ok<ClaimRecordDto>('createClaim', { text: '习近平访问俄罗斯9次', gloss: 'nine visits', value: 9, comparator: 'eq', kind: 'quantity' });
    await ok('updateClaim', { id: claim.id, version: 1, text: '习近平访问俄罗斯10次', gloss: null, value: 10, status: 'published' });
    const history = await findClaimHistory(db.prisma, claim.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    const created = history[1]!;

    const restored = await ok<ClaimRecordDto>('restoreClaimVersion', { revisionId: created.id, version: 2 });
    expect(restored).toMatchObject({ text: '习近平访问俄罗斯9次', gloss: 'nine visits', value: 9, comparator: 'eq', version: 3, status: 'published' });
    const stored = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.searchText).toContain('nine visits');
    const latest = (await findClaimHistory(db.prisma, claim.id))[0]!;
    expect(latest).toMatchObject({ action: 'restore', entityType: 'claim', before: { text: '习近平访问俄罗斯10次' }, after: { text: '习近平访问俄罗斯9次', version: 3 } });

    // the version must be current
    const stale = await runOperation(db.prisma, editor, 'restoreClaimVersion', { revisionId: created.id, version: 2 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('lists history newest first with the actor', async () => {
    const claim = await newClaim('history order');
    await ok('updateClaim', { id: claim.id, version: 1, text: 'history order 2' });
    await ok('markOmission', { claimId: claim.id, articleId: voa.id });
    const history = await findClaimHistory(db.prisma, claim.id);
    expect(history.map((h) => `${h.entityType}:${h.action}`)).toEqual(['review:create', 'claim:update', 'claim:create']);
    expect(history.every((h) => h.actor?.email === 'hist@example.org')).toBe(true);
    expect(new Date(history[0]!.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(history[2]!.createdAt).getTime());
  });
});
