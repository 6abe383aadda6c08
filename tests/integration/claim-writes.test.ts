// Behaviours of the claim writes not covered by the role, concurrency, history and bad-input
// suites: search text kept in sync and searched (Traditional or Simplified, wildcards taken
// literally, drafts hidden from readers), publishing, creating a claim from a selection, and
// merges guarded by versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { claimSearchText } from '../../lib/claims';
import { findClaims } from '../../lib/data/claim-table';
import { searchClaims } from '../../lib/data/reads/search-claims';
import type { ClaimRecordDto, ClaimWithEvidenceDto } from '../../lib/data/types';
import { runOperation, type OperationName } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { articleOf, createActor, uniqueQuote } from './write-fixtures';

let db: TestDatabase;
let editor: Actor;
let voa: { id: number; text: string };

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  editor = await createActor(db.prisma, { email: 'w@example.org', name: 'Writer', role: 'editor' });
  voa = await articleOf(db.prisma, 'voa');
});

afterAll(async () => {
  await db?.drop();
});

async function ok<T>(name: OperationName, input: unknown): Promise<T> {
  const result = await runOperation(db.prisma, editor, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

async function storedSearchText(id: number) {
  return (await db.prisma.claim.findUniqueOrThrow({ where: { id }, select: { searchText: true } })).searchText;
}

describe('search text', () => {
  it('is set on create and follows text and gloss on update', async () => {
    const claim = await ok<ClaimRecordDto>('createClaim', { text: '習近平與普京會晤', gloss: 'Xi MEETS Putin' });
    expect(await storedSearchText(claim.id)).toBe(claimSearchText({ text: '習近平與普京會晤', gloss: 'Xi MEETS Putin' }));
    expect(await storedSearchText(claim.id)).toContain('习近平与普京会晤');
    await ok('updateClaim', { id: claim.id, version: 1, gloss: null });
    expect(await storedSearchText(claim.id)).toBe(claimSearchText({ text: '習近平與普京會晤', gloss: null }));
    await ok('updateClaim', { id: claim.id, version: 2, text: '上合组织峰会' });
    expect(await storedSearchText(claim.id)).toBe(claimSearchText({ text: '上合组织峰会' }));
  });
});

describe('searchClaims', () => {
  let draft: ClaimRecordDto;
  let published: ClaimRecordDto;
  let older: ClaimRecordDto;

  beforeAll(async () => {
    older = await ok('createClaim', { text: '搜索测试 阿斯塔纳 100% 第一条', status: 'published' });
    published = await ok('createClaim', { text: '搜索测试 阿斯塔纳峰會 第二条', gloss: 'Zyxwv summit', status: 'published' });
    draft = await ok('createClaim', { text: '搜索测试 阿斯塔纳 草稿 a_b', status: 'draft' });
  });

  it('folds the query, hides drafts unless asked, and lists newest first', async () => {
    const publicHits = await searchClaims(db.prisma, { query: '搜索測試 阿斯塔納' });
    expect(publicHits.map((h) => h.id)).toEqual([published.id, older.id]);
    // lang: the text's script, decided on the server (测试, 纳, 条 against one 會)
    expect(publicHits[0]).toEqual({ id: published.id, text: published.text, lang: 'zh-Hans', gloss: 'Zyxwv summit', status: 'published' });
    const editorHits = await searchClaims(db.prisma, { query: '搜索测试', includeDrafts: true });
    expect(editorHits.map((h) => h.id)).toEqual([draft.id, published.id, older.id]);
    expect((await searchClaims(db.prisma, { query: 'ZYXWV SUMMIT' })).map((h) => h.id)).toEqual([published.id]);
  });

  it('takes % and _ literally', async () => {
    expect((await searchClaims(db.prisma, { query: '100%' })).map((h) => h.id)).toEqual([older.id]);
    expect(await searchClaims(db.prisma, { query: '%' , includeDrafts: true })).toHaveLength(1);
    expect((await searchClaims(db.prisma, { query: 'a_b', includeDrafts: true })).map((h) => h.id)).toEqual([draft.id]);
    expect(await searchClaims(db.prisma, { query: '_', includeDrafts: true })).toHaveLength(1);
  });

  it('returns nothing for a blank query and at most 50 hits', async () => {
    expect(await searchClaims(db.prisma, { query: '   ' })).toEqual([]);
    expect(await searchClaims(db.prisma, { query: '搜索测试', includeDrafts: true, limit: 1 })).toHaveLength(1);
    for (let i = 0; i < 55; i++) await ok('createClaim', { text: `批量 ${i}`, status: 'published' });
    expect(await searchClaims(db.prisma, { query: '批量', limit: 500 })).toHaveLength(50);
  });
});

describe('publishing', () => {
  it('publishes and unpublishes through status', async () => {
    const claim = await ok<ClaimRecordDto>('createClaim', { text: 'to publish' });
    const visible = async () => (await findClaims(db.prisma)).claims.some((c) => c.id === claim.id);
    expect(await visible()).toBe(false);
    const live = await ok<ClaimRecordDto>('updateClaim', { id: claim.id, version: 1, status: 'published' });
    expect(live).toMatchObject({ status: 'published', version: 2 });
    expect(await visible()).toBe(true);
    await ok('updateClaim', { id: claim.id, version: 2, status: 'draft' });
    expect(await visible()).toBe(false);
  });

  it('stores every claim field and clears the nullable ones', async () => {
    const claim = await ok<ClaimRecordDto>('createClaim', {
      text: '习近平至少9次访问俄罗斯', gloss: 'at least 9 visits', topics: ['xi-putin', 'visits'], kind: 'quantity', value: 9, comparator: 'gte', unit: 'visits', asOf: '2024-07-03', status: 'published',
    });
    expect(claim).toMatchObject({ topics: ['xi-putin', 'visits'], kind: 'quantity', value: 9, comparator: 'gte', unit: 'visits', asOf: '2024-07-03' });
    const cleared = await ok<ClaimRecordDto>('updateClaim', { id: claim.id, version: 1, comparator: null, value: null, unit: null, asOf: null, gloss: '', topics: [] });
    expect(cleared).toMatchObject({ value: null, comparator: null, unit: null, asOf: null, gloss: null, topics: [], version: 2 });
  });
});

describe('createClaimWithEvidence', () => {
  it('creates the claim and its anchored quote together, attributed to the editor', async () => {
    const quote = uniqueQuote(voa.text, 600);
    const result = await ok<ClaimWithEvidenceDto>('createClaimWithEvidence', {
      claim: { text: 'from the selection', status: 'published' },
      evidence: { articleId: voa.id, stance: 'states', exact: quote.exact, note: 'first quote' },
    });
    expect(result.evidence).toMatchObject({ claimId: result.claim.id, start: quote.start, end: quote.end, exact: quote.exact, version: 1 });
    expect(result.evidence.prefix.length).toBeGreaterThan(0);
    const row = await db.prisma.evidence.findUniqueOrThrow({ where: { id: result.evidence.id } });
    expect(row).toMatchObject({ createdById: editor.userId, updatedById: editor.userId });
    const revisions = await db.prisma.revision.findMany({ where: { claimId: result.claim.id }, orderBy: { id: 'asc' } });
    expect(revisions.map((r) => `${r.entityType}:${r.action}`)).toEqual(['claim:create', 'evidence:create']);
  });

  it('reports an ambiguous quote with nested candidates and writes nothing', async () => {
    const before = await db.prisma.claim.count();
    const result = await runOperation(db.prisma, editor, 'createClaimWithEvidence', {
      claim: { text: 'ambiguous selection' },
      evidence: { articleId: voa.id, stance: 'states', exact: '习近平' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'ambiguous', details: { field: 'evidence.exact' } } });
    expect(await db.prisma.claim.count()).toBe(before);
  });
});

describe('mergeClaims with versions', () => {
  it('refuses a merge when the target changed since it was loaded', async () => {
    const source = await ok<ClaimRecordDto>('createClaim', { text: 'dup A' });
    const target = await ok<ClaimRecordDto>('createClaim', { text: 'dup B' });
    await ok('updateClaim', { id: target.id, version: 1, text: 'dup B edited' });
    const result = await runOperation(db.prisma, editor, 'mergeClaims', { sourceId: source.id, targetId: target.id, targetVersion: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', details: { changedBy: 'Writer', currentVersion: 2 } } });
    expect(await db.prisma.claim.findUnique({ where: { id: source.id } })).not.toBeNull();
    const merged = await ok<{ claim: ClaimRecordDto }>('mergeClaims', { sourceId: source.id, targetId: target.id, targetVersion: 2, sourceVersion: 1 });
    expect(merged.claim).toMatchObject({ id: target.id, version: 3, text: 'dup B edited' });
  });
});
