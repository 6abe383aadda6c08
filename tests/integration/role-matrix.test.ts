// Every registered write x every kind of caller: nobody gets 401, a reader and a disabled
// editor get 403, editors and admins succeed. Each case builds its own fixtures so the
// allowed call can really succeed, and a refused call must leave the content tables, down to
// every column, exactly as they were.
import { importArticle } from '@/lib/data/workflows/import-article';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { createUser } from '../../lib/data/writes/create-user';
import { createClaim } from '../../lib/data/writes/create-claim';
import { createEvidence } from '../../lib/data/writes/create-evidence';
import { deleteEvidence } from '../../lib/data/writes/delete-evidence';
import { deleteClaim } from '../../lib/data/writes/delete-claim';
import { markOmission } from '../../lib/data/writes/mark-omission';
import { updateClaim } from '../../lib/data/writes/update-claim';
import { OPERATION_NAMES, runOperation, type OperationName } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { articleOf, createActor, pictureOf, uniqueQuote } from './write-fixtures';

let db: TestDatabase;
let owner: Actor;
const callers: Record<string, Actor | null> = {};
let article: { id: number; text: string };
let quote: { exact: string; start: number; end: number };
let fixtureNumber = 0;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  owner = await createActor(db.prisma, { email: 'owner@example.org', name: 'Fixture Owner', role: 'admin' });
  callers.anonymous = null;
  callers.reader = await createActor(db.prisma, { email: 'reader@example.org', name: 'Reader', role: 'reader' });
  callers['disabled editor'] = await createActor(db.prisma, { email: 'gone@example.org', name: 'Gone', role: 'editor', disabled: true });
  callers.editor = await createActor(db.prisma, { email: 'editor@example.org', name: 'Editor', role: 'editor' });
  callers.admin = await createActor(db.prisma, { email: 'admin@example.org', name: 'Admin', role: 'admin' });
  article = await articleOf(db.prisma, 'voa');
  quote = uniqueQuote(article.text, 200);
});

afterAll(async () => {
  await db?.drop();
});

async function freshClaim(status: 'draft' | 'published' = 'draft') {
  fixtureNumber += 1;
  return createClaim(db.prisma, {
    actor: owner,
    input: { text: `fixture claim ${fixtureNumber}`, gloss: null, topics: [], kind: 'fact', value: null, comparator: null, unit: null, asOf: null, status },
  });
}

async function freshEvidence() {
  const claim = await freshClaim();
  const evidence = await createEvidence(db.prisma, {
    actor: owner,
    input: { claimId: claim.id, articleId: article.id, stance: 'states', exact: quote.exact, statedValue: null, note: null },
  });
  return { claim, evidence };
}

type ContentOperation = Exclude<OperationName, UserOperation | TokenOperation | 'importArticle'>;
type UserOperation = 'createUser' | 'updateUser' | 'resetUserPassword';
type TokenOperation = 'createApiToken' | 'revokeApiToken';

/** A valid input for each content operation, built on rows made just for this case. */
const prepare: Record<ContentOperation, () => Promise<unknown>> = {
  createClaim: async () => ({ text: `new claim ${++fixtureNumber}`, topics: ['sco-summit'] }),
  updateClaim: async () => {
    const claim = await freshClaim();
    return { id: claim.id, version: claim.version, text: `${claim.text} (edited)`, status: 'published' };
  },
  deleteClaim: async () => {
    const { claim } = await freshEvidence();
    return { id: claim.id, version: claim.version };
  },
  mergeClaims: async () => {
    const { claim: source } = await freshEvidence();
    const target = await freshClaim();
    return { sourceId: source.id, targetId: target.id };
  },
  restoreClaimVersion: async () => {
    const claim = await freshClaim();
    const updated = await updateClaim(db.prisma, { actor: owner, input: { id: claim.id, version: claim.version, text: 'second wording' } });
    const created = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'claim', entityId: claim.id, action: 'create' } });
    return { revisionId: Number(created.id), version: updated.version };
  },
  restoreDeletedClaim: async () => {
    const { claim } = await freshEvidence();
    await deleteClaim(db.prisma, { actor: owner, input: { id: claim.id, version: claim.version } });
    return { id: claim.id };
  },
  confirmCell: async () => {
    const { claim } = await freshEvidence();
    const edited = await updateClaim(db.prisma, { actor: owner, input: { id: claim.id, version: claim.version, text: `${claim.text} (reworded)` } });
    return { claimId: claim.id, outlet: 'voa', version: edited.version };
  },
  dismissSuggestion: async () => {
    const claim = await freshClaim();
    return { claimId: claim.id, articleId: article.id, start: quote.start, end: quote.end };
  },
  createEvidence: async () => {
    const claim = await freshClaim();
    return { claimId: claim.id, articleId: article.id, stance: 'states', exact: quote.exact };
  },
  createClaimWithEvidence: async () => ({
    claim: { text: `from selection ${++fixtureNumber}` },
    evidence: { articleId: article.id, stance: 'contradicts', start: quote.start, end: quote.end },
  }),
  updateEvidence: async () => {
    const { evidence } = await freshEvidence();
    return { id: evidence.id, version: evidence.version, stance: 'contradicts', note: 'on second reading' };
  },
  deleteEvidence: async () => {
    const { evidence } = await freshEvidence();
    return { id: evidence.id, version: evidence.version };
  },
  restoreEvidence: async () => {
    const { evidence } = await freshEvidence();
    await deleteEvidence(db.prisma, { actor: owner, input: { id: evidence.id, version: evidence.version } });
    const deleted = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'evidence', entityId: evidence.id, action: 'delete' } });
    return { revisionId: Number(deleted.id) };
  },
  markOmission: async () => {
    const claim = await freshClaim();
    return { claimId: claim.id, articleId: article.id, note: 'checked, not mentioned' };
  },
  clearOmission: async () => {
    const claim = await freshClaim();
    await markOmission(db.prisma, { actor: owner, input: { claimId: claim.id, articleId: article.id, note: null } });
    return { claimId: claim.id, articleId: article.id };
  },
  updateArticle: async () => ({
    id: article.id,
    title: `edited title ${++fixtureNumber}`,
    outletSlug: 'voa',
    publishedAt: '2024-07-03T14:22:35Z',
    author: null,
    url: null,
  }),
  setTopicNames: async () => ({ topic: 'sco-summit', names: { en: `SCO summit ${++fixtureNumber}`, zhHans: '上合峰会' } }),
  deleteArticle: async () => {
    const n = ++fixtureNumber;
    const stored = await importArticle(db.prisma, {
      filename: null,
      source: `unused article ${n}`,
      parsed: {
        title: `unused ${n}`,
        outlet: { slug: 'voa', name: '美国之音', homepage: 'https://www.voachinese.com', language: 'zh-Hans' },
        url: null,
        author: null,
        publishedAt: new Date('2024-07-03T00:00:00Z'),
        publishedAtEvidence: { source: 'test', precision: 'day', estimated: false },
        language: 'zh-Hans',
        text: `这是一篇没有引文的文章，编号${n}，用于测试删除。`,
        format: 'text',
      },
    });
    return { id: stored.articleId };
  },
};

/** Account administration: admins only. */
const prepareUser: Record<UserOperation, () => Promise<unknown>> = {
  createUser: async () => ({ email: `new-${++fixtureNumber}@example.org`, name: 'New Person', role: 'editor', password: 'a long password' }),
  updateUser: async () => {
    const user = await createActor(db.prisma, { email: `target-${++fixtureNumber}@example.org`, name: 'Target', role: 'reader' });
    return { id: user.userId, role: 'editor' };
  },
  resetUserPassword: async () => {
    const user = await createUser(db.prisma, { email: `reset-${++fixtureNumber}@example.org`, name: 'Reset', role: 'editor', password: 'quiet meadow lantern 45' });
    return { id: user.id };
  },
};

/** Personal API tokens: editors and admins, for themselves. */
const prepareToken: Record<TokenOperation, (who: string) => Promise<unknown>> = {
  createApiToken: async () => ({ name: `script ${++fixtureNumber}` }),
  revokeApiToken: async (who) => {
    const owner = callers[who] ?? callers.editor!;
    const token = await db.prisma.apiToken.create({
      data: { userId: owner.userId, name: 'to revoke', tokenHash: (++fixtureNumber).toString(16).padStart(64, '0'), prefix: 'cg_test' },
    });
    return { id: token.id };
  },
};

async function userTables() {
  const users = await db.prisma.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, email: true, role: true, disabled: true } });
  const tokens = await db.prisma.apiToken.findMany({ orderBy: { id: 'asc' }, select: { id: true, revokedAt: true } });
  // the password hashes too: a reset changes nothing else
  const accounts = await db.prisma.account.findMany({ orderBy: { id: 'asc' }, select: { id: true, password: true } });
  return { users, tokens, accounts, sessions: await db.prisma.session.count() };
}

const refused = [
  ['anonymous', 'unauthenticated', 401],
  ['reader', 'forbidden', 403],
  ['disabled editor', 'forbidden', 403],
] as const;
const allowed = ['editor', 'admin'] as const;

describe('role matrix', () => {
  it('covers every registered operation', () => {
    expect([...Object.keys(prepare), ...Object.keys(prepareUser), ...Object.keys(prepareToken), 'importArticle'].sort()).toEqual([...OPERATION_NAMES].sort());
    expect(OPERATION_NAMES).toHaveLength(24);
  });

  describe('importArticle', () => {
    const upload = () => ({
      filename: `story-${++fixtureNumber}.md`,
      source: `---\ntitle: "测试文章 ${fixtureNumber}"\ndate: 2024-07-05T08:00:00Z\nfrom: https://www.voachinese.com/a/test-${fixtureNumber}.html\n---\n习近平与普京在阿斯塔纳会面，这是测试文章第${fixtureNumber}号的正文，足够长以便导入。\n\n第二段：上海合作组织峰会于7月4日举行，讨论了多项议题。`,
    });
    it.each(refused)('%s is refused with %s (%i) and nothing is stored', async (who, code, status) => {
      const before = await db.prisma.article.count();
      const result = await runOperation(db.prisma, callers[who]!, 'importArticle', upload());
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code, status }) });
      expect(await db.prisma.article.count()).toBe(before);
    });
    it.each(allowed)('%s imports the article', async (who) => {
      const before = await db.prisma.article.count();
      const result = await runOperation(db.prisma, callers[who]!, 'importArticle', upload());
      expect(result).toMatchObject({ ok: true, data: { status: 'imported' } });
      expect(await db.prisma.article.count()).toBe(before + 1);
    });
  });

  describe.each(Object.keys(prepareToken) as TokenOperation[])('%s', (name) => {
    it.each(refused)('%s is refused with %s (%i) and no token changes', async (who, code, status) => {
      const input = await prepareToken[name](who);
      const before = await userTables();
      const result = await runOperation(db.prisma, callers[who]!, name, input);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code, status }) });
      expect(await userTables()).toEqual(before);
    });

    it.each(allowed)('%s succeeds for their own tokens', async (who) => {
      const input = await prepareToken[name](who);
      const before = await userTables();
      const result = await runOperation(db.prisma, callers[who]!, name, input);
      expect(result).toMatchObject({ ok: true });
      expect(await userTables()).not.toEqual(before);
    });
  });

  describe.each(Object.keys(prepareUser) as UserOperation[])('%s', (name) => {
    it.each([...refused, ['editor', 'forbidden', 403]] as const)('%s is refused with %s (%i) and no account changes', async (who, code, status) => {
      const input = await prepareUser[name]();
      const before = await userTables();
      const result = await runOperation(db.prisma, callers[who]!, name, input);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code, status }) });
      expect(await userTables()).toEqual(before);
    });

    it('admin succeeds', async () => {
      const input = await prepareUser[name]();
      const before = await userTables();
      const result = await runOperation(db.prisma, callers.admin!, name, input);
      expect(result).toMatchObject({ ok: true });
      expect(await userTables()).not.toEqual(before);
    });
  });

  describe.each(Object.keys(prepare) as ContentOperation[])('%s', (name) => {
    it.each(refused)('%s is refused with %s (%i) and nothing changes', async (who, code, status) => {
      const input = await prepare[name]();
      const before = await pictureOf(db.prisma);
      const result = await runOperation(db.prisma, callers[who]!, name, input);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code, status }) });
      expect(await pictureOf(db.prisma)).toEqual(before);
    });

    it('refuses before validating: an anonymous caller with garbage input still gets 401', async () => {
      const result = await runOperation(db.prisma, null, name, { id: 'nonsense', text: '<script>' });
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unauthenticated', status: 401 }) });
      expect(result.ok || 'fieldErrors' in result.error).toBe(false);
    });

    it.each(allowed)('%s succeeds and the write is recorded', async (who) => {
      const input = await prepare[name]();
      const before = await pictureOf(db.prisma);
      const result = await runOperation(db.prisma, callers[who]!, name, input);
      expect(result).toMatchObject({ ok: true });
      const after = await pictureOf(db.prisma);
      expect(after.checksum).not.toBe(before.checksum);
      expect(after.counts.revisions).toBeGreaterThan(before.counts.revisions);
      const mine = await db.prisma.revision.count({ where: { actorId: callers[who]!.userId } });
      expect(mine).toBeGreaterThan(0);
    });
  });
});
