// Bad input through the operation wrapper against a real database: each is refused with the
// right code and field, and afterwards the content tables are byte-for-byte what they were.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codePointSlice } from '../../lib/anchoring';
import type { Actor } from '../../lib/auth/actor';
import { HTML_NOT_ALLOWED } from '../../lib/claims/claim-input';
import type { ClaimRecordDto, EvidenceRecordDto } from '../../lib/data/types';
import { runOperation, type OperationName } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { articleOf, createActor, occurrences, pictureOf, uniqueQuote, type DatabasePicture } from './write-fixtures';

let db: TestDatabase;
let editor: Actor;
let voa: { id: number; text: string };
let claim: ClaimRecordDto;
let evidence: EvidenceRecordDto;
let picture: DatabasePicture;

const XSS = '<img src=x onerror=alert(1)>';
const MISSING = 1_999_999;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  editor = await createActor(db.prisma, { email: 'ed@example.org', name: 'Ed', role: 'editor' });
  voa = await articleOf(db.prisma, 'voa');
  const created = await runOperation(db.prisma, editor, 'createClaim', { text: 'a claim to break things on' });
  if (!created.ok) throw new Error(created.error.message);
  const updated = await runOperation(db.prisma, editor, 'updateClaim', { id: created.data.id, version: 1, text: 'a claim to break things on, v2' });
  if (!updated.ok) throw new Error(updated.error.message);
  claim = updated.data;
  const added = await runOperation(db.prisma, editor, 'createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'states', exact: uniqueQuote(voa.text, 100).exact });
  if (!added.ok) throw new Error(added.error.message);
  evidence = added.data;
});

afterAll(async () => {
  await db?.drop();
});

beforeEach(async () => {
  picture = await pictureOf(db.prisma);
});

async function refused(name: OperationName, input: unknown) {
  const result = await runOperation(db.prisma, editor, name, input);
  expect(await pictureOf(db.prisma)).toEqual(picture);
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`);
  expect(JSON.stringify(result.error)).not.toMatch(/\bat .*\.ts:\d+|node_modules|prisma\.|invocation/);
  return result.error;
}

describe('claim text', () => {
  it('refuses empty text', async () => {
    const error = await refused('createClaim', { text: '' });
    expect(error).toMatchObject({ code: 'validation', status: 422, fieldErrors: { text: ['Enter the claim text'] } });
  });

  it('refuses oversized text', async () => {
    const error = await refused('createClaim', { text: '习'.repeat(501) });
    expect(error).toMatchObject({ code: 'validation', fieldErrors: { text: ['At most 500 characters'] } });
  });

  it('refuses HTML in text on create and update', async () => {
    expect(await refused('createClaim', { text: XSS })).toMatchObject({ code: 'validation', fieldErrors: { text: [HTML_NOT_ALLOWED] } });
    expect(await refused('updateClaim', { id: claim.id, version: claim.version, text: `ok ${XSS}` })).toMatchObject({
      code: 'validation',
      fieldErrors: { text: [HTML_NOT_ALLOWED] },
    });
  });

  it('refuses input that is not an object at all', async () => {
    for (const input of [null, 'text', 42, []]) {
      expect(await refused('createClaim', input)).toMatchObject({ code: 'validation' });
    }
  });

  it('refuses a stale version, naming who changed it', async () => {
    const error = await refused('updateClaim', { id: claim.id, version: 1, text: 'from an old form' });
    expect(error).toMatchObject({ code: 'conflict', status: 409, details: { changedBy: 'Ed', currentVersion: 2 } });
    expect(error.message).toMatch(/^Changed by Ed at \d{4}-\d{2}-\d{2}T[\d:.]+Z; reload to see their changes\.$/);
  });

  it('says "someone" when nobody is recorded as the last editor', async () => {
    const seeded = await db.prisma.claim.findFirstOrThrow({ where: { seedKey: { not: null } }, orderBy: { id: 'asc' } });
    expect(seeded.updatedById).toBeNull();
    const error = await refused('updateClaim', { id: seeded.id, version: seeded.version + 1, text: 'x' });
    expect(error.message).toBe(`Changed by someone at ${seeded.updatedAt.toISOString()}; reload to see their changes.`);
    expect(error.details).toEqual({ changedBy: 'someone', changedAt: seeded.updatedAt.toISOString(), currentVersion: seeded.version });
  });

  it('refuses clearing the value under a stored comparator', async () => {
    const quantity = await runOperation(db.prisma, editor, 'createClaim', { text: 'nine visits', value: 9, comparator: 'gte' });
    if (!quantity.ok) throw new Error(quantity.error.message);
    picture = await pictureOf(db.prisma);
    expect(await refused('updateClaim', { id: quantity.data.id, version: 1, value: null })).toMatchObject({
      code: 'validation',
      fieldErrors: { value: ['A comparator needs a value'] },
    });
  });

  it('refuses unknown claim ids', async () => {
    expect(await refused('updateClaim', { id: MISSING, version: 1, text: 'x' })).toMatchObject({ code: 'not_found', status: 404 });
    expect(await refused('deleteClaim', { id: MISSING, version: 1 })).toMatchObject({ code: 'not_found' });
    expect(await refused('mergeClaims', { sourceId: MISSING, targetId: claim.id })).toMatchObject({ code: 'not_found' });
    expect(await refused('restoreClaimVersion', { revisionId: 9_999_999, version: 1 })).toMatchObject({ code: 'not_found' });
  });
});

describe('evidence', () => {
  const base = () => ({ claimId: claim.id, articleId: voa.id, stance: 'states' as const });

  it('refuses a span outside the article', async () => {
    const length = [...voa.text].length;
    const error = await refused('createEvidence', { ...base(), start: length - 2, end: length + 5 });
    expect(error).toMatchObject({ code: 'validation', status: 422, fieldErrors: { end: [expect.stringContaining('outside the article')] } });
    expect(await refused('createEvidence', { ...base(), start: length + 1, end: length + 5 })).toMatchObject({ fieldErrors: { start: expect.any(Array) } });
  });

  it('refuses a quote that is not in the article', async () => {
    const error = await refused('createEvidence', { ...base(), exact: '普京宣布辞职' });
    expect(error).toMatchObject({ code: 'validation', fieldErrors: { exact: [expect.stringContaining('does not occur')] } });
  });

  it('refuses a span whose text is not the quote', async () => {
    const quote = uniqueQuote(voa.text, 300);
    const error = await refused('createEvidence', { ...base(), exact: quote.exact, start: quote.start + 1, end: quote.end + 1 });
    expect(error).toMatchObject({ code: 'validation', fieldErrors: { exact: expect.any(Array) } });
  });

  it('answers an ambiguous quote with every candidate instead of guessing', async () => {
    const expected = occurrences(voa.text, '习近平');
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const error = await refused('createEvidence', { ...base(), exact: '习近平' });
    expect(error).toMatchObject({ code: 'ambiguous', status: 422, fieldErrors: { exact: [error.message] } });
    expect(error.message).toContain(`occurs ${expected.length} times`);
    expect(error.message).toContain('add prefix/suffix or positions');
    const candidates = error.details!.candidates as { start: number; end: number; prefix: string; suffix: string }[];
    expect(candidates.map((c) => c.start)).toEqual(expected);
    for (const c of candidates) expect(codePointSlice(voa.text, c.start, c.end)).toBe('习近平');
  });

  it('lets a prefix or a position settle an ambiguous quote', async () => {
    const [first, second] = occurrences(voa.text, '习近平') as [number, number];
    const prefix = codePointSlice(voa.text, Math.max(0, second - 10), second);
    const byPrefix = await runOperation(db.prisma, editor, 'createEvidence', { ...base(), exact: '习近平', prefix });
    expect(byPrefix).toMatchObject({ ok: true, data: { start: second, end: second + 3 } });
    const byPosition = await runOperation(db.prisma, editor, 'createEvidence', { ...base(), exact: '习近平', start: first, end: first + 3 });
    expect(byPosition).toMatchObject({ ok: true, data: { start: first } });
  });

  it('refuses unknown claim and article ids', async () => {
    const quote = uniqueQuote(voa.text, 400).exact;
    expect(await refused('createEvidence', { ...base(), claimId: MISSING, exact: quote })).toMatchObject({ code: 'not_found', status: 404 });
    expect(await refused('createEvidence', { ...base(), articleId: MISSING, exact: quote })).toMatchObject({ code: 'not_found' });
    expect(await refused('markOmission', { claimId: claim.id, articleId: MISSING })).toMatchObject({ code: 'not_found' });
    expect(await refused('clearOmission', { claimId: claim.id, articleId: voa.id })).toMatchObject({ code: 'not_found' });
    expect(await refused('updateEvidence', { id: MISSING, version: 1, note: 'x' })).toMatchObject({ code: 'not_found' });
    expect(await refused('deleteEvidence', { id: MISSING, version: 1 })).toMatchObject({ code: 'not_found' });
  });

  it('refuses a wrong stance value', async () => {
    const error = await refused('createEvidence', { ...base(), stance: 'supports', exact: uniqueQuote(voa.text, 400).exact });
    expect(error).toMatchObject({ code: 'validation', fieldErrors: { stance: expect.any(Array) } });
    expect(await refused('updateEvidence', { id: evidence.id, version: evidence.version, stance: 'maybe' })).toMatchObject({
      fieldErrors: { stance: expect.any(Array) },
    });
  });

  it('refuses HTML in notes and stated values', async () => {
    const quote = uniqueQuote(voa.text, 400).exact;
    expect(await refused('createEvidence', { ...base(), exact: quote, note: XSS })).toMatchObject({ code: 'validation', fieldErrors: { note: [HTML_NOT_ALLOWED] } });
    expect(await refused('createEvidence', { ...base(), exact: quote, statedValue: '<b>9</b>' })).toMatchObject({ fieldErrors: { statedValue: [HTML_NOT_ALLOWED] } });
    expect(await refused('updateEvidence', { id: evidence.id, version: evidence.version, note: XSS })).toMatchObject({ fieldErrors: { note: [HTML_NOT_ALLOWED] } });
    expect(await refused('markOmission', { claimId: claim.id, articleId: voa.id, note: XSS })).toMatchObject({ fieldErrors: { note: [HTML_NOT_ALLOWED] } });
  });

  it('refuses a stale evidence version', async () => {
    expect(await refused('updateEvidence', { id: evidence.id, version: evidence.version + 1, note: 'x' })).toMatchObject({ code: 'conflict' });
    expect(await refused('deleteEvidence', { id: evidence.id, version: evidence.version + 1 })).toMatchObject({ code: 'conflict' });
  });

  it('refuses an omission where the article has evidence', async () => {
    const error = await refused('markOmission', { claimId: claim.id, articleId: voa.id });
    expect(error).toMatchObject({ code: 'conflict', message: 'This article has evidence for the claim; remove it before marking an omission.' });
  });

  it('refuses restoring from a revision that deleted nothing', async () => {
    const created = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'evidence', entityId: evidence.id, action: 'create' } });
    expect(await refused('restoreEvidence', { revisionId: Number(created.id) })).toMatchObject({ code: 'validation', fieldErrors: { revisionId: expect.any(Array) } });
    const claimRevision = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'claim' } });
    expect(await refused('restoreEvidence', { revisionId: Number(claimRevision.id) })).toMatchObject({ code: 'not_found' });
  });
});

describe('database refusals the schemas cannot foresee', () => {
  it('an actor whose user row is gone gets 401, not a 500', async () => {
    const ghost: Actor = { userId: MISSING, email: 'ghost@example.org', name: 'Ghost', role: 'editor', disabled: false };
    const result = await runOperation(db.prisma, ghost, 'createClaim', { text: 'from a deleted account' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthenticated', status: 401 } });
    expect(await pictureOf(db.prisma)).toEqual(picture);
  });

  it('an unknown operation name is not_found', async () => {
    const result = await runOperation(db.prisma, editor, 'dropTables' as OperationName, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
