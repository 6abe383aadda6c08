// The errors of writes, produced by the real lib code paths (operation input schemas, the
// not-found and conflict helpers, authorisation, the database error mapping, anchoring, the
// importer), rendered from the real message files: every message is raised as a catalogue key,
// English comes back unchanged, Chinese comes back translated, and every catalog entry is
// raised by some code path.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { anchorQuote } from '../anchoring';
import { type Actor } from '../auth/actor';
import { validationError } from '../claims/claim-input';
import { anchorEvidence } from '../data/writes/anchor-evidence';
import { importArticleFile } from '../data/workflows/import-article-file';
import { conflictFrom, notFound } from '../data/write-errors';
import type { Db } from '../db/prisma';
import { AppError, errorMessage } from '../errors';
import { Prisma } from '../generated/prisma/client';
import { fetchPage } from '../http/fetch-page';
import { decodeUpload, ImportError, parseArticle } from '../importer';
import { OPERATION_NAMES, operations, runOperation, toOperationError, type OperationError, type OperationName } from '../operations';
import { messageKeys, renderErrorMessage, type ErrorMessage, type MessageLike } from './error-message';
import { LOCALES } from './locale';
import { localizeOperationError } from './localize-error';
import { MESSAGES } from './messages';
import { issueMessage } from './zod-issue-message';

const CHINESE = ['zh-Hans', 'zh-Hant'] as const;

const editor: Actor = { userId: 1, email: 'ed@example.org', name: 'Ed', role: 'editor', disabled: false };
const admin: Actor = { userId: 2, email: 'root@example.org', name: 'Root', role: 'admin', disabled: false };
/** Validation and authorisation happen before a write touches the database. */
const NO_DB = null as unknown as Db;

function operationError(thrown: unknown): OperationError {
  const mapped = toOperationError(thrown);
  if (!mapped) throw new Error(`not an expected error: ${String(thrown)}`);
  return mapped;
}

function caught(run: () => unknown): OperationError {
  try {
    run();
  } catch (error) {
    return operationError(error);
  }
  throw new Error('did not throw');
}

async function caughtAsync(run: () => Promise<unknown>): Promise<OperationError> {
  try {
    await run();
  } catch (error) {
    return operationError(error);
  }
  throw new Error('did not throw');
}

// --- Input schemas of every registered operation, fed bad values at every input path. ---------------

type ZodNode = { _zod: { def: { type: string; shape?: Record<string, ZodNode>; innerType?: ZodNode; in?: ZodNode; out?: ZodNode } } };

/** Every object key path of a schema ("text", "claim.text", "overrides.outlet.slug"). */
function inputPaths(schema: ZodNode, prefix = ''): string[] {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) => [`${prefix}${key}`, ...inputPaths(value, `${prefix}${key}.`)]);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return inputPaths(def.innerType!, prefix);
    case 'pipe':
      return [...new Set([...inputPaths(def.in!, prefix), ...inputPaths(def.out!, prefix)])];
    default:
      return [];
  }
}

function withValue(path: string, value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const parts = path.split('.');
  let node = root;
  for (const part of parts.slice(0, -1)) node = (node[part] = {}) as Record<string, unknown>;
  node[parts.at(-1)!] = value;
  return root;
}

const BAD_VALUES: unknown[] = [
  undefined, null, true, 5, -1, 0, 1.5, 3e9, 1e300, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', 'abc', '-3', '1.5', [], ['A B'], [5], {}, new Date(0), new Map(), new Set(), 10n,
  '<b>bold</b>', 'tab\u0001stop', 'x'.repeat(3000), 'x'.repeat(90), 'x'.repeat(300), 'Aa Bb', 'a,b,c,d,e,f,g,h,i,j,k', ['x'.repeat(41)],
  '2024-02-30', '2024/02/03', '2024-07-05T08:00:00', 'nota url', 'https://', 'report.pdf', 'fact', 'someone@', 'short',
];

const CROSS_FIELD: [OperationName, unknown][] = [
  ['createClaim', { text: '说法', comparator: 'gte' }],
  ['updateClaim', { id: 1, version: 1, comparator: 'gte', value: null }],
  ['mergeClaims', { sourceId: 4, targetId: 4 }],
  ['createEvidence', { claimId: 1, articleId: 1, stance: 'states', start: 5 }],
  ['createEvidence', { claimId: 1, articleId: 1, stance: 'states', start: 5, end: 3 }],
  ['createEvidence', { claimId: 1, articleId: 1, stance: 'states' }],
  ['createClaimWithEvidence', { claim: { text: '说法' }, evidence: { articleId: 1, stance: 'states', end: 3 } }],
  ['updateUser', { id: 3 }],
  ['createApiToken', { name: '  ' }],
  ['createUser', { email: 'ana@example.org', name: 'Ana Lee', role: 'editor', password: 'password1' }],
];

/** Every validation error the registry's schemas give for the bad inputs, built as runOperation builds them. */
async function schemaErrors(): Promise<Map<OperationName, OperationError[]>> {
  const byOperation = new Map<OperationName, OperationError[]>();
  for (const name of OPERATION_NAMES) {
    const schema = operations[name].input as unknown as z.ZodType;
    const inputs: unknown[] = [undefined, null, 'text', [], {}];
    for (const path of inputPaths(schema as unknown as ZodNode)) for (const value of BAD_VALUES) inputs.push(withValue(path, value));
    for (const [op, input] of CROSS_FIELD) if (op === name) inputs.push(input);
    const seen = new Set<string>();
    const errors: OperationError[] = [];
    for (const input of inputs) {
      const parsed = await schema.safeParseAsync(input, { reportInput: true });
      if (parsed.success) continue;
      const error = operationError(validationError(parsed.error));
      const id = JSON.stringify(error);
      if (seen.has(id)) continue;
      seen.add(id);
      errors.push(error);
    }
    byOperation.set(name, errors);
  }
  return byOperation;
}

const SCHEMA_ERRORS = await schemaErrors();

// --- Errors from the rest of lib/, each from the code that makes it. --------------------------------

function prismaError(code: string, cause?: Record<string, unknown>) {
  const meta = cause ? { modelName: 'Evidence', driverAdapterError: { name: 'DriverAdapterError', cause } } : { modelName: 'Claim' };
  return new Prisma.PrismaClientKnownRequestError('Invalid `tx.evidence.create()` invocation', { code, clientVersion: '7.10.0', meta });
}
const pg = (code: string, message = '', constraint?: string) =>
  prismaError('P2039', { originalCode: code, code, message, originalMessage: message, ...(constraint ? { constraint: { index: constraint } } : {}) });
const fk = (index: string) => prismaError('P2003', { originalCode: '23503', constraint: { index } });

const ARTICLE = '习近平与普京会面。习近平与普京再次会面，习近平表示欢迎。双方   讨论合作。';
const EMOJI_ARTICLE = '😀😀开幕式上，习近平发表讲话。';

type Sample = { label: string; error: OperationError; keep?: string[] };

async function libSamples(): Promise<Sample[]> {
  const conflictRow = (updatedBy: { name: string; email: string } | null) => ({ version: 4, updatedAt: new Date('2026-03-04T05:06:07.000Z'), updatedBy });
  const imported = (filename: string, source: string) =>
    caughtAsync(() => importArticleFile(NO_DB, { actor: editor, input: { filename, source, dryRun: true } }));
  // An outlet or a date that nothing names is no longer refused by the preview (the review step
  // asks for it); saving without it is, before anything is written. The only read on the way is
  // the stored outlets the page could belong to: none here.
  const NO_OUTLETS = { outlet: { findMany: async () => [] } } as unknown as Db;
  const saved = (filename: string, source: string) =>
    caughtAsync(() => importArticleFile(NO_OUTLETS, { actor: editor, input: { filename, source } }));
  const anchored = (query: Parameters<typeof anchorEvidence>[1], text = ARTICLE, prefix = '') => caught(() => anchorEvidence(text, query, prefix));
  const failure = (query: Parameters<typeof anchorQuote>[1], text = ARTICLE) => {
    const result = anchorQuote(text, query);
    if (result.ok) throw new Error(`anchored ${JSON.stringify(query)}`);
    return result.reason;
  };
  const frontMatter = await imported('bad.md', '---\ntitle: [unclosed\n---\n\n正文。\n');
  const samples: Sample[] = [
    // lib/data/write-errors.ts
    ...(['claim', 'evidence', 'article', 'review', 'revision'] as const).map((entity) => ({ label: `notFound ${entity}`, error: operationError(notFound(entity, 12, 'claimId')) })),
    { label: 'notFound outlet', error: operationError(new AppError('not_found', errorMessage('notFound.outlet', { slug: 'rfa' }), { entity: 'outlet', slug: 'rfa' })), keep: ['rfa'] },
    { label: 'conflict', error: operationError(conflictFrom(conflictRow({ name: 'Ana Lee', email: 'ana@example.org' }))), keep: ['Ana Lee', '2026-03-04T05:06:07.000Z'] },
    { label: 'conflict, no name', error: operationError(conflictFrom(conflictRow({ name: ' ', email: 'ana@example.org' }))), keep: ['ana@example.org', '2026-03-04T05:06:07.000Z'] },
    { label: 'conflict, nobody', error: operationError(conflictFrom(conflictRow(null))), keep: ['2026-03-04T05:06:07.000Z'] },
    // lib/auth/actor.ts through runOperation
    { label: 'signed out', error: await failed(null, 'createClaim', { text: '说法' }) },
    { label: 'disabled', error: await failed({ ...editor, disabled: true }, 'createClaim', { text: '说法' }) },
    { label: 'one-time password', error: await failed({ ...editor, mustChangePassword: true }, 'createClaim', { text: '说法' }) },
    { label: 'reader', error: await failed({ ...editor, role: 'reader' }, 'createClaim', { text: '说法' }) },
    { label: 'editor managing users', error: await failed(editor, 'createUser', {}) },
    { label: 'unknown operation', error: await failed(editor, 'noSuchThing' as OperationName, {}), keep: ['"noSuchThing"'] },
    { label: 'validation via runOperation', error: await failed(editor, 'createClaim', { text: '', topics: ['Bad Topic'] }) },
    { label: 'form-level validation via runOperation', error: await failed(admin, 'updateUser', { id: 3 }) },
    // lib/operations/to-operation-error.ts
    ...[
      pg('23514', 'evidence span [5, 9) lies outside article 4 (length 6)'),
      pg('23514', 'evidence quote does not match article 4 at [0, 2)'),
      pg('23514', 'violates check constraint "claims_text_not_blank"'),
      pg('23514', 'violates check constraint "claims_comparator_needs_value"'),
      pg('23514', 'violates check constraint "claims_version_positive"'),
      pg('23514', 'something else'),
      pg('23505'),
      pg('23502'),
      pg('22001'),
      pg('22021'),
      pg('40001'),
      fk('claims_created_by_id_fkey'),
      fk('evidence_claim_id_fkey'),
      fk('reviews_article_id_fkey'),
      fk('something_fkey'),
      prismaError('P2025'),
      prismaError('P2002'),
      prismaError('P2000'),
      prismaError('P2034'),
    ].map((error, index) => ({ label: `database ${index}`, error: operationError(error) })),
    // lib/data/writes/anchor-evidence.ts over lib/anchoring
    { label: 'ambiguous', error: anchored({ exact: '习近平' }) },
    { label: 'ambiguous, narrowed', error: anchored({ exact: '习近平', prefix: '。' }, `${ARTICLE}${ARTICLE}`, 'evidence') },
    { label: 'out of range', error: anchored({ start: 200, end: 205 }) },
    { label: 'mismatch, occurs twice', error: anchored({ exact: '普京', start: 0, end: 2 }) },
    { label: 'mismatch, occurs once', error: anchored({ exact: '双方', start: 0, end: 2 }) },
    { label: 'mismatch, nowhere', error: anchored({ exact: '拜登', start: 0, end: 2 }) },
    { label: 'mismatch, UTF-16 offsets', error: anchored({ exact: '开幕式', start: 4, end: 7 }, EMOJI_ARTICLE) },
    { label: 'not found, partly', error: anchored({ exact: '习近平与拜登会面' }) },
    { label: 'not found at all, with whitespace', error: anchored({ exact: ' 拜登 ' }) },
    { label: 'only whitespace', error: anchored({ start: 30, end: 33 }) },
    // lib/data/workflows/import-article-file.ts over lib/importer
    { label: 'import empty', error: await imported('bad.txt', '  \n'), keep: ['bad.txt'] },
    { label: 'import binary', error: await imported('bad.txt', 'a\u0000b'), keep: ['bad.txt'] },
    { label: 'import too large', error: await imported('big.txt', 'x'.repeat(2 * 1024 * 1024 + 1)), keep: ['big.txt'] },
    { label: 'import undecodable', error: await imported('bad.txt', `标题\n\n${'\uFFFD'.repeat(4)}`), keep: ['bad.txt'] },
    { label: 'import garbage', error: await imported('bad.txt', `标题\n\n${'正文'.repeat(20)}\u0001\u0002\u0003\u0004\u0005`), keep: ['bad.txt'] },
    // The YAML parser's own words stay as they are.
    { label: 'import front matter', error: frontMatter, keep: ['bad.md', /cannot be parsed \((.*)\)$/.exec(frontMatter.message)![1]!] },
    { label: 'import front matter list', error: await imported('bad.md', '---\n- a\n- b\n---\n\n正文。\n'), keep: ['bad.md'] },
    { label: 'import no text', error: await imported('bad.txt', '只有标题\n\n'), keep: ['bad.txt'] },
    { label: 'import no title', error: await imported('bad.md', `---\ndate: 2024-07-05T08:00:00+08:00\nfrom: https://www.voachinese.com/a/1.html\n---\n\n${'习近平与普京在上海合作组织峰会期间会面，双方讨论了合作。'.repeat(2)}`), keep: ['bad.md'] },
    { label: 'import no title (html)', error: await imported('bad.html', `<html><body><article><p>${'习近平与普京在上海合作组织峰会期间会面，双方讨论了合作。'.repeat(2)}</p></article></body></html>`), keep: ['bad.html'] },
    { label: 'import unknown outlet', error: await saved('bad.md', '---\ntitle: 标题\ndate: 2024-07-05T08:00:00+08:00\n---\n\n习近平与普京在上海合作组织峰会期间会面，双方讨论了合作与地区安全问题。'), keep: ['bad.md'] },
    { label: 'import too deep', error: await imported('deep.html', `<p>标题</p>${'<div>'.repeat(600)}正文${'</div>'.repeat(600)}`), keep: ['deep.html'] },
    { label: 'import no date', error: await saved('bad.md', '---\ntitle: 无日期的文章\nfrom: https://www.voachinese.com/a/1.html\n---\n\n习近平与普京在上海合作组织峰会期间会面，双方讨论了合作与地区安全问题。\n'), keep: ['bad.md'] },
    // Built inside database transactions; written here exactly as lib/data writes them
    // (tests/integration/localized-errors.test.ts gets each from the real write).
    ...[
      new AppError('forbidden', errorMessage('auth.onlyAdminsMakeTokens')),
      new AppError('not_found', errorMessage('auth.noUser', { id: 77 })),
      new AppError('conflict', errorMessage('auth.accountDisabled')),
      new AppError('not_found', errorMessage('auth.noToken', { id: 78 })),
      new AppError('conflict', errorMessage('auth.lastAdmin')),
      new AppError('conflict', errorMessage('conflict.duplicateQuote'), { evidenceId: 5 }),
      new AppError('conflict', errorMessage('conflict.oppositeStances'), { articleId: 3, sourceEvidenceId: 5, targetEvidenceId: 6 }),
      new AppError('conflict', errorMessage('conflict.omissionHasEvidence'), { evidence: [] }),
      new AppError('not_found', errorMessage('notFound.omissionNotMarked', { articleId: 3, claimId: 4 }), { entity: 'review', claimId: 4, articleId: 3 }),
      new AppError('validation', errorMessage('input.comparatorNeedsValue'), { fieldErrors: { value: [errorMessage('input.comparatorNeedsValue')] } }),
      new AppError('conflict', errorMessage('restore.quoteAlreadyBack'), { evidenceId: 5 }),
      new AppError('conflict', errorMessage('restore.claimNotDeleted', { id: 12 }), { claimId: 12 }),
      ...[
        ...(['delete', 'merge'] as const).map((action) => errorMessage('restore.noClaimState', { revisionId: 9, action })),
        errorMessage('restore.notADelete', { revisionId: 9 }),
        errorMessage('restore.noEvidence', { revisionId: 9 }),
        errorMessage('restore.noAnchor', { articleId: 7, detail: failure({ exact: '拜登' }) }),
        errorMessage('restore.noAnchor', { articleId: 7, detail: failure({ exact: '习近平', prefix: '，', suffix: '与' }) }),
      ].map((message) => new AppError('validation', message, { fieldErrors: { revisionId: [message] } })),
    ].map((error) => ({ label: error.message, error: operationError(error) })),
    // Reads and writes that need a database or the network (their integration tests run them in English).
    ...[
      new AppError('not_found', errorMessage('notFound.outlet', { slug: 'voa' }), { entity: 'outlet', field: 'outlet' }),
      new AppError('validation', errorMessage('input.idNeeded'), { fieldErrors: { claimId: [errorMessage('input.idNeeded')] } }),
      new AppError('validation', errorMessage('article.noOutlet', { slug: 'voa' }), { fieldErrors: { outletSlug: [errorMessage('article.noOutlet', { slug: 'voa' })] } }),
      new AppError('conflict', errorMessage('article.inUse', { id: 3, quotes: 2, marks: 1 }), { reason: 'article-in-use', quotes: 2, marks: 1 }),
      new AppError('validation', errorMessage('cells.tooManyArticles', { outlet: 'voa', max: 200 }), {
        fieldErrors: { outlet: [errorMessage('cells.tooManyArticlesField', { max: 200 })] },
      }),
      new AppError('validation', errorMessage('suggestion.spanAfterArticle', { length: 40 }), { fieldErrors: { end: [errorMessage('suggestion.outsideText')] } }),
      ...[
        errorMessage('fetch.cannotResolve', { host: 'nowhere.invalid' }),
        errorMessage('fetch.timeout', { seconds: 15 }),
        errorMessage('fetch.tooManyRedirects', { max: 5 }),
        errorMessage('fetch.httpStatus', { host: 'example.org', status: 404 }),
      ].map((message) => new AppError('validation', message, { fieldErrors: { sourceUrl: [message] }, reason: 'fetch' })),
      new AppError('too_large', errorMessage('fetch.tooLarge', { size: 3_000_000, limit: 2_097_152 })),
      new AppError('too_large', errorMessage('fetch.tooLargeStreamed', { limit: 2_097_152 })),
    ].map((error) => ({ label: error.message, error: operationError(error), keep: ['voa', 'nowhere.invalid', 'example.org'] })),
    // fetchPage refuses these before any network access.
    ...(await Promise.all(
      ['not a url', 'ftp://example.org/a', 'http://user:secret@example.org/', 'http://127.0.0.1/a'].map(async (url) => ({
        label: url,
        error: await caughtAsync(() => fetchPage(url)),
        keep: ['https', 'http', 'ftp:'],
      })),
    )),
    {
      label: 'fetch failed',
      error: operationError(new AppError('validation', errorMessage('fetch.failed', { host: 'example.org', detail: 'socket hang up' }))),
      keep: ['example.org', 'socket hang up'],
    },
    {
      label: 'dump not empty',
      error: operationError(new AppError('conflict', errorMessage('dump.notEmpty', { tables: '2 users, 5 outlets' }))),
      keep: ['DATABASE_URL', 'CLAIMGRID_DATA_DIR', 'npm start', 'users', 'outlets'],
    },
    {
      label: 'user exists',
      error: operationError(
        new AppError('conflict', errorMessage('auth.userExists', { email: 'ana@example.org' }), { fieldErrors: { email: [errorMessage('auth.alreadyInUse')] } }),
      ),
      keep: ['ana@example.org'],
    },
  ];
  return samples;
}

async function failed(actor: Actor | null, name: OperationName, input: unknown): Promise<OperationError> {
  const result = await runOperation(NO_DB, actor, name, input);
  if (result.ok) throw new Error(`${name} succeeded`);
  return result.error;
}

/** Messages that only ever appear inside others (anchoring reasons, import reasons), and zod's own. */
function bareMessages(): MessageLike[] {
  const reason = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ImportError) return error.reasonMessage;
    }
    throw new Error('no ImportError');
  };
  const failure = (query: Parameters<typeof anchorQuote>[1], text = ARTICLE): ErrorMessage => {
    const result = anchorQuote(text, query);
    if (result.ok) throw new Error(`anchored ${JSON.stringify(query)}`);
    return result.reason;
  };
  const zodMessage = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value, { reportInput: true });
    if (parsed.success) throw new Error('parsed');
    return issueMessage(parsed.error.issues[0]!);
  };
  return [
    failure({ exact: '' }),
    failure({ exact: '  ' }),
    failure({}),
    failure({ start: 3 }),
    failure({ end: 3 }),
    failure({ start: 5, end: 2 }),
    failure({ exact: '习近平' }),
    failure({ exact: '习近平', prefix: 'XX' }),
    failure({ exact: '习近平', suffix: '再' }),
    failure({ exact: '习近平', prefix: '。', suffix: '与' }, `${ARTICLE}${ARTICLE}`),
    failure({ exact: '习近平', suffix: '与' }),
    reason(() => parseArticle({ filename: 'bad.txt', source: 'a\u0000b' })),
    reason(() => decodeUpload('bad.txt', new Uint8Array())),
    reason(() => decodeUpload('bad.txt', new Uint8Array([0x89, 0x50, 0, 0]))),
    reason(() => decodeUpload('bad.txt', new Uint8Array(2 * 1024 * 1024 + 1))),
    reason(() => decodeUpload('bad.txt', new Uint8Array([0x80]))),
    reason(() => decodeUpload('bad.txt', new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xa3]))),
    // zod's own messages for checks the registry's schemas do not produce today.
    zodMessage(z.array(z.string()).min(1), []),
    zodMessage(z.number().lt(5), 5),
    zodMessage(z.email(), 'nope'),
    zodMessage(z.union([z.string(), z.number()]), true),
  ];
}

// --- Checks. -----------------------------------------------------------------------------------------

const TECHNICAL = /YYYY-MM-DD|HTTP|UTF-8|UTF-16|HTML|URL|ISO|YAML|front matter|NUL|MiB|Markdown|\.html?\b|\.md\b|\.txt\b|GB18030|BIG5/g;

/** Latin words left in a translation once quoted text, technical terms and the given parts are set aside. */
function leftoverEnglish(text: string, keep: string[] = []): string[] {
  let rest = text;
  for (const part of keep) rest = rest.split(part).join(' ');
  rest = rest
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/“[^”]*”|「[^」]*」/g, ' ')
    .replace(TECHNICAL, ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

function allSamples(lib: Sample[]): Sample[] {
  return [...[...SCHEMA_ERRORS].flatMap(([name, errors]) => errors.map((error) => ({ label: name, error }))), ...lib];
}

/** Every catalogue key a message can be raised with: all of serverErrors but the word lists. */
function catalogueKeys(node: Record<string, unknown> = MESSAGES.en.serverErrors, prefix = ''): string[] {
  return Object.entries(node).flatMap(([name, value]) =>
    typeof value === 'string' ? [`${prefix}${name}`] : ['punctuation', 'field', 'format'].includes(name) && !prefix ? [] : catalogueKeys(value as Record<string, unknown>, `${prefix}${name}.`),
  );
}

/** The keyed form of an error, as lib/ raised it. */
const keyedOf = (error: OperationError): MessageLike[] => [error.text ?? error.message, ...Object.values(error.fieldMessages ?? error.fieldErrors ?? {}).flat()];

/** zod's own messages, as zod's locales render them: their type names ("string") are zod's words, not ours. */
function zodTexts(message: MessageLike, locale: (typeof CHINESE)[number]): string[] {
  if (typeof message === 'string') return [];
  if ('zod' in message) return [message.zod[locale]];
  return Object.values(message.params ?? {}).flatMap((param) => (typeof param === 'object' && ('key' in param || 'zod' in param) ? zodTexts(param, locale) : []));
}

describe('localizeOperationError', async () => {
  const lib = await libSamples();
  const samples = allSamples(lib);
  const bare = bareMessages();

  it('gives every registered operation bad inputs that fail', () => {
    for (const name of OPERATION_NAMES) expect(SCHEMA_ERRORS.get(name)!.length, name).toBeGreaterThan(0);
    expect(samples.length).toBeGreaterThan(100);
  });

  it('raises every message the samples carry as a key, top-level and per field', () => {
    const plain: string[] = [];
    for (const { error } of samples) {
      if (!error.text) plain.push(error.message);
      for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
        messages.forEach((message, index) => {
          if (typeof (error.fieldMessages?.[field]?.[index] ?? message) === 'string') plain.push(message);
        });
      }
    }
    for (const message of bare) if (typeof message === 'string') plain.push(message);
    expect([...new Set(plain)]).toEqual([]);
  });

  it('raises every catalog entry from some code path, nested ones included', () => {
    const hit = new Set<string>(['conflict.someone']);
    for (const { error } of samples) for (const message of keyedOf(error)) for (const key of messageKeys(message)) hit.add(key);
    for (const message of bare) for (const key of messageKeys(message)) hit.add(key);
    expect(catalogueKeys().filter((key) => !hit.has(key))).toEqual([]);
  });

  it('leaves English output exactly as lib wrote it', () => {
    for (const { label, error } of samples) {
      const { text: _text, fieldMessages: _fieldMessages, ...plain } = error;
      expect(localizeOperationError(error, 'en'), label).toEqual(plain);
      for (const message of keyedOf(error).slice(1)) expect(error.fieldErrors ? Object.values(error.fieldErrors).flat() : []).toContain(renderErrorMessage(message, 'en'));
    }
  });

  for (const locale of CHINESE) {
    it(`translates every message into ${locale}, field by field, with no English left`, () => {
      for (const { label, error, keep = [] } of samples) {
        const localized = localizeOperationError(error, locale);
        const zod = keyedOf(error).flatMap((message) => zodTexts(message, locale));
        expect(localized.code, label).toBe(error.code);
        expect(localized.status, label).toBe(error.status);
        expect(localized.details, label).toEqual(error.details);
        expect(localized.message, label).not.toBe(error.message);
        expect(leftoverEnglish(localized.message, [...keep, ...zod]), `${label}: ${localized.message}`).toEqual([]);
        expect(Object.keys(localized.fieldErrors ?? {}), label).toEqual(Object.keys(error.fieldErrors ?? {}));
        for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
          const translated = localized.fieldErrors![field]!;
          expect(translated, `${label} ${field}`).toHaveLength(messages.length);
          messages.forEach((message, index) => {
            expect(translated[index], `${label} ${field}`).not.toBe(message);
            expect(translated[index], `${label} ${field}`).toBe(renderErrorMessage(error.fieldMessages![field]![index]!, locale));
            expect(leftoverEnglish(translated[index]!, [...keep, ...zod]), `${label} ${field}: ${translated[index]}`).toEqual([]);
          });
        }
      }
      for (const message of bare) {
        const localized = renderErrorMessage(message, locale);
        expect(localized).not.toBe(renderErrorMessage(message, 'en'));
        expect(leftoverEnglish(localized, zodTexts(message, locale)), localized).toEqual([]);
      }
    });
  }

  it('translates a typical edit failure readably', () => {
    const error = samples.find((s) => s.label === 'validation via runOperation')!.error;
    expect(error.message).toBe('Check text, topics: Enter the claim text');
    expect(localizeOperationError(error, 'zh-Hans')).toMatchObject({
      message: '请检查说法内容、话题：请输入说法内容',
      fieldErrors: { text: ['请输入说法内容'], topics: ['话题须由小写字母和数字组成，以连字符分隔，例如“sco-summit”'] },
    });
    expect(localizeOperationError(error, 'zh-Hant').fieldErrors).toEqual({
      text: ['請輸入說法內容'],
      topics: ['主題須由小寫字母和數字組成，以連字號分隔，例如「sco-summit」'],
    });
    const nested = SCHEMA_ERRORS.get('importArticle')!.find((e) => e.fieldErrors?.['overrides.outlet.slug'])!;
    expect(localizeOperationError(nested, 'zh-Hans').message).toMatch(/^请检查.*更正 › 媒体 › 网址标识/);
  });

  it("renders zod's own messages with zod's locales", () => {
    const parsed = z.object({ text: z.string() }).safeParse({ text: 5 }, { reportInput: true });
    const error = operationError(validationError(parsed.error!));
    expect(error.message).toBe('Check text: Invalid input: expected string, received number');
    expect(localizeOperationError(error, 'zh-Hans').fieldErrors).toEqual({ text: [z.locales.zhCN().localeError(parsed.error!.issues[0]! as never)] });
    expect(localizeOperationError(error, 'zh-Hant').message).toMatch(/^請檢查說法內容：/);
  });

  it('uses the details of conflicts and missing rows', () => {
    const conflict = lib.find((s) => s.label === 'conflict')!.error;
    expect(localizeOperationError(conflict, 'zh-Hans').message).toBe('已被 Ana Lee 于 2026-03-04T05:06:07.000Z 修改；请重新加载以查看其更改。');
    expect(localizeOperationError(lib.find((s) => s.label === 'conflict, nobody')!.error, 'zh-Hant').message).toContain('已由 他人 於');
    expect(localizeOperationError(operationError(notFound('claim', 12)), 'zh-Hans').message).toBe('未找到说法 12。');
    // The same words raised as plain text are not translated: only keys are.
    const bare = { code: 'not_found' as const, status: 404, message: 'Claim 12 not found.' };
    expect(localizeOperationError(bare, 'zh-Hans')).toEqual(bare);
  });

  it('passes plain messages through unchanged, field by field', () => {
    const error = operationError(
      new AppError('validation', 'Something new went wrong.', {
        fieldErrors: { text: [errorMessage('input.enterClaimText'), 'A message no catalog has'], note: ['Brand new'] },
        extra: 1,
      }),
    );
    for (const locale of LOCALES) {
      const localized = localizeOperationError(error, locale);
      expect(localized.message).toBe(error.message);
      expect(localized.fieldErrors!.note).toEqual(['Brand new']);
      expect(localized.fieldErrors!.text![1]).toBe('A message no catalog has');
      expect(localized.details).toEqual({ extra: 1 });
      expect(localized).not.toHaveProperty('text');
      expect(localized).not.toHaveProperty('fieldMessages');
    }
    expect(localizeOperationError(error, 'zh-Hant').fieldErrors!.text![0]).toBe('請輸入說法內容');
    // The input is not changed.
    expect(error.fieldErrors!.text![0]).toBe('Enter the claim text');
  });
});
