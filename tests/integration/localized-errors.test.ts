// The errors only a real write can give (a taken email, the last admin, a duplicate quote, a
// stale version, restores that cannot be done), from runOperation against a real database:
// each carries a key of the server-error catalog, English comes back unchanged, and both Chinese
// interfaces get it translated, field messages included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import type { ClaimRecordDto, EvidenceRecordDto } from '../../lib/data/types';
import { messageKeys } from '../../lib/i18n/error-message';
import { localizeOperationError } from '../../lib/i18n/localize-error';
import { runOperation, type OperationError, type OperationName } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor, createArticle } from './write-fixtures';

const MISSING = 1_999_999;
const TEXT = '第一段。\n\n上海合作组织峰会在阿斯塔纳举行，习近平出席峰会。';

let db: TestDatabase;
let admin: Actor;
let editor: Actor;
let disabled: Actor;
let articleId: number;
let claim: ClaimRecordDto;

async function ok<T>(actor: Actor, name: OperationName, input: unknown): Promise<T> {
  const result = await runOperation(db.prisma, actor, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data as T;
}

async function refused(actor: Actor, name: OperationName, input: unknown): Promise<OperationError> {
  const result = await runOperation(db.prisma, actor, name, input);
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`);
  return result.error;
}

async function newArticle(slug: string, text = TEXT): Promise<number> {
  const outlet = await db.prisma.outlet.create({ data: { slug, name: slug, language: 'zh_Hans' } });
  return createArticle(db.prisma, { outletId: outlet.id, text });
}

/** Raised as `key`; English unchanged; each Chinese locale changes the message and every field message. */
function expectLocalized(error: OperationError, key: string): void {
  expect(messageKeys(error.text)[0], error.message).toBe(key);
  const { text: _text, fieldMessages: _fieldMessages, ...plain } = error;
  expect(localizeOperationError(error, 'en')).toEqual(plain);
  for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
    const localized = localizeOperationError(error, locale);
    expect(localized.message, `${locale}: ${error.message}`).not.toBe(error.message);
    expect(localized.message).not.toMatch(/\b(?:the|is|not|to|and|of)\b/);
    expect({ ...localized, message: error.message, fieldErrors: error.fieldErrors }).toEqual(plain);
    for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
      messages.forEach((message, index) => expect(localized.fieldErrors![field]![index], `${locale} ${field}`).not.toBe(message));
    }
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  admin = await createActor(db.prisma, { email: 'root@example.org', name: 'Root', role: 'admin' });
  editor = await createActor(db.prisma, { email: 'ana@example.org', name: 'Ana Lee', role: 'editor' });
  disabled = await createActor(db.prisma, { email: 'gone@example.org', name: 'Gone', role: 'editor', disabled: true });
  articleId = await newArticle('localized-errors');
  claim = await ok<ClaimRecordDto>(editor, 'createClaim', { text: '习近平出席上合峰会' });
  await ok<EvidenceRecordDto>(editor, 'createEvidence', { claimId: claim.id, articleId, stance: 'states', exact: '阿斯塔纳' });
});

afterAll(async () => {
  await db?.drop();
});

describe('user and token errors', () => {
  it('a taken email, a missing user, the last admin', async () => {
    const taken = await refused(admin, 'createUser', { email: editor.email, name: 'Ana Two', role: 'editor', password: 'long enough, really' });
    expectLocalized(taken, 'auth.userExists');
    expect(localizeOperationError(taken, 'zh-Hans')).toMatchObject({
      message: '电子邮箱为 ana@example.org 的用户已存在。',
      fieldErrors: { email: ['已被使用。'] },
    });
    expectLocalized(await refused(admin, 'updateUser', { id: MISSING, role: 'editor' }), 'auth.noUser');
    expectLocalized(await refused(admin, 'updateUser', { id: admin.userId, role: 'editor' }), 'auth.lastAdmin');
  });

  it('tokens for other people, missing or disabled users, and missing tokens', async () => {
    expectLocalized(await refused(editor, 'createApiToken', { name: 'script', userId: admin.userId }), 'auth.onlyAdminsMakeTokens');
    expectLocalized(await refused(admin, 'createApiToken', { name: 'script', userId: MISSING }), 'auth.noUser');
    expectLocalized(await refused(admin, 'createApiToken', { name: 'script', userId: disabled.userId }), 'auth.accountDisabled');
    expectLocalized(await refused(editor, 'revokeApiToken', { id: MISSING }), 'auth.noToken');
  });
});

describe('content errors', () => {
  it('a duplicate quote and omission marks that do not fit', async () => {
    expectLocalized(await refused(editor, 'createEvidence', { claimId: claim.id, articleId, stance: 'states', exact: '阿斯塔纳' }), 'conflict.duplicateQuote');
    expectLocalized(await refused(editor, 'markOmission', { claimId: claim.id, articleId }), 'conflict.omissionHasEvidence');
    expectLocalized(await refused(editor, 'clearOmission', { claimId: claim.id, articleId }), 'notFound.omissionNotMarked');
    // merging two claims that read one passage in opposite ways
    const opposite = await ok<ClaimRecordDto>(editor, 'createClaim', { text: '峰会不在阿斯塔纳举行' });
    await ok(editor, 'createEvidence', { claimId: opposite.id, articleId, stance: 'contradicts', exact: '阿斯塔纳' });
    expectLocalized(await refused(editor, 'mergeClaims', { sourceId: opposite.id, targetId: claim.id }), 'conflict.oppositeStances');
  });

  it('rows that do not exist', async () => {
    expectLocalized(await refused(editor, 'markOmission', { claimId: claim.id, articleId: MISSING }), 'notFound.article');
    expectLocalized(await refused(editor, 'updateClaim', { id: MISSING, version: 1, text: '改写' }), 'notFound.claim');
    expectLocalized(await refused(editor, 'deleteEvidence', { id: MISSING, version: 1 }), 'notFound.evidence');
    expectLocalized(await refused(editor, 'restoreEvidence', { revisionId: MISSING }), 'notFound.revision');
  });

  it('a stale version names who changed it, and a comparator without a stored value', async () => {
    const fresh = await ok<ClaimRecordDto>(editor, 'createClaim', { text: '峰会在阿斯塔纳举行' });
    const saved = await ok<ClaimRecordDto>(editor, 'updateClaim', { id: fresh.id, version: 1, text: '峰会在阿斯塔纳召开' });
    const stale = await refused(admin, 'updateClaim', { id: fresh.id, version: 1, text: '峰会举行' });
    expectLocalized(stale, 'conflict.changedBy');
    expect(localizeOperationError(stale, 'zh-Hant').message).toBe(`已由 Ana Lee 於 ${String(stale.details!.changedAt)} 修改；請重新載入以查看其變更。`);
    const comparator = await refused(editor, 'updateClaim', { id: fresh.id, version: saved.version, comparator: 'gte' });
    expectLocalized(comparator, 'input.comparatorNeedsValue');
    expect(localizeOperationError(comparator, 'zh-Hans').fieldErrors).toEqual({ comparator: ['设置比较方式时须填写数值'] });
  });
});

describe('restore errors', () => {
  it('a claim revision without a state, and an evidence revision that deleted nothing', async () => {
    const doomed = await ok<ClaimRecordDto>(editor, 'createClaim', { text: '将被删除的说法' });
    await ok(editor, 'deleteClaim', { id: doomed.id, version: 1 });
    const deletion = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'claim', entityId: doomed.id, action: 'delete' } });
    const noState = await refused(editor, 'restoreClaimVersion', { revisionId: Number(deletion.id), version: 1 });
    expectLocalized(noState, 'restore.noClaimState');
    expect(localizeOperationError(noState, 'zh-Hans').message).toBe(`修改记录 ${deletion.id} 中没有可恢复的说法状态（该记录删除了这一说法）。`);

    const creation = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'evidence', action: 'create' } });
    expectLocalized(await refused(editor, 'restoreEvidence', { revisionId: Number(creation.id) }), 'restore.notADelete');
  });

  it('a quote whose text left the article', async () => {
    const article = await newArticle('localized-restore');
    const quote = await ok<EvidenceRecordDto>(editor, 'createEvidence', { claimId: claim.id, articleId: article, stance: 'states', exact: '阿斯塔纳' });
    await ok(editor, 'deleteEvidence', { id: quote.id, version: quote.version });
    const deletion = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'evidence', entityId: quote.id, action: 'delete' } });
    const gone = '第一段。\n\n上海合作组织峰会举行，习近平出席峰会。';
    await db.prisma.article.update({ where: { id: article }, data: { text: gone, textLength: [...gone].length } });
    const error = await refused(editor, 'restoreEvidence', { revisionId: Number(deletion.id) });
    expectLocalized(error, 'restore.noAnchor');
    expect(messageKeys(error.text)).toContain('anchorDetail.notFound');
    expect(localizeOperationError(error, 'zh-Hans').message).toMatch(/^引文在文章 \d+ 中已无法定位：在文本（共 \d+ 个码位）中找不到引文 "阿斯塔纳"/);
  });
});
