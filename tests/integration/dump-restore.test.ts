// The dump round trip: a seeded database with a user, edits and their revisions is dumped,
// restored into a fresh database and dumped again; the two dumps are identical but for
// their createdAt. A restore into a database that holds anything is refused and changes
// nothing; a dump whose evidence no longer anchors is refused as a whole. Topic display names
// and the evidence finder's dismissals come back exactly, and a version 1 dump (written before
// those two tables were dumped) still restores, with them empty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { createUser } from '../../lib/data/writes/create-user';
import { TABLES_NOT_DUMPED, dumpDatabase } from '../../lib/data/workflows/dump-database';
import { restoreDump } from '../../lib/data/workflows/restore-dump';
import type { ClaimRecordDto, EvidenceRecordDto } from '../../lib/data/types';
import type { Db } from '../../lib/db/prisma';
import { DUMP_END, DUMP_TABLES } from '../../lib/export/dump';
import { runOperation, type OperationName } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { articleOf, createActor, pictureOf, uniqueQuote } from './write-fixtures';

let source: TestDatabase;
let target: TestDatabase;
let editor: Actor;
let firstDump: string;
let passwordHash: string;

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

const withoutCreatedAt = (dump: string) => dump.replace(/^(\{"format":"claimgrid-dump","version":2,)"createdAt":"[^"]*",/, '$1');

/** The dump as version 1 wrote it: no suggestion_dismissals or topic_names. */
function asVersion1(dump: string): string {
  const cut = dump.indexOf(',\n"suggestion_dismissals":[');
  expect(cut).toBeGreaterThan(0);
  return dump.slice(0, cut).replace('"version":2,', '"version":1,') + DUMP_END;
}

const topicNamesOf = (db: Db) => db.topicName.findMany({ orderBy: { id: 'asc' } });
const dismissalsOf = (db: Db) => db.suggestionDismissal.findMany({ orderBy: { id: 'asc' } });

async function cellsOf(db: Db) {
  return db.claimCell.findMany({ orderBy: [{ claimId: 'asc' }, { outletId: 'asc' }] });
}

beforeAll(async () => {
  source = await createTestDatabase({ seeded: true });
  target = await createTestDatabase();
  editor = await createActor(source.prisma, { email: 'editor@example.org', name: 'Ed Itor', role: 'editor' });
  await createUser(source.prisma, { email: 'admin@example.org', name: 'Ad Min', role: 'admin', password: 'correct horse battery staple' });
  passwordHash = (await source.prisma.account.findFirstOrThrow({ where: { password: { not: null } } })).password!;
  const admin = await source.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.org' } });
  await source.prisma.session.create({ data: { token: 'secret-session-token', userId: admin.id, expiresAt: new Date(Date.now() + 3_600_000) } });

  const ok = async <T>(name: OperationName, input: unknown): Promise<T> => {
    const result = await runOperation(source.prisma, editor, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as T;
  };
  const voa = await articleOf(source.prisma, 'voa');
  const rfa = await articleOf(source.prisma, 'rfa');
  const claim = await ok<ClaimRecordDto>('createClaim', { text: '一条新说法 "with quotes", \\ and 换行\n第二行', topics: ['test'] });
  const published = await ok<ClaimRecordDto>('updateClaim', { id: claim.id, version: 1, status: 'published', kind: 'quantity', value: -3.25, comparator: 'approx', asOf: '2024-07-01' });
  const quote = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'states', exact: uniqueQuote(voa.text, 200).exact, statedValue: '约-3' });
  await ok('updateEvidence', { id: quote.id, version: 1, stance: 'contradicts', note: 'changed' });
  await ok('markOmission', { claimId: claim.id, articleId: rfa.id, note: '没有提到' });
  const doomed = await ok<EvidenceRecordDto>('createEvidence', { claimId: claim.id, articleId: voa.id, stance: 'states', exact: uniqueQuote(voa.text, 400).exact });
  await ok('deleteEvidence', { id: doomed.id, version: 1 });
  await ok('updateClaim', { id: claim.id, version: published.version, gloss: 'edited twice' });
  await ok('setTopicNames', { topic: 'test', names: { en: 'A "test" topic', zhHans: '测试话题', zhHant: '測試話題' } });
  await ok('setTopicNames', { topic: 'sco-summit', names: { zhHans: '上合峰会' } });
  const passage = uniqueQuote(rfa.text, 300, 30);
  await ok('dismissSuggestion', { claimId: claim.id, articleId: rfa.id, start: passage.start, end: passage.end });

  firstDump = await collect(dumpDatabase(source.prisma, { createdAt: new Date('2025-03-01T00:00:00Z') }));
});

afterAll(async () => {
  await source?.drop();
  await target?.drop();
});

describe('dumpDatabase', () => {
  it('writes every content table in id order, and no secrets', () => {
    const dump = JSON.parse(firstDump);
    expect(dump).toMatchObject({ format: 'claimgrid-dump', version: 2, createdAt: '2025-03-01T00:00:00.000Z' });
    expect(Object.keys(dump.tables)).toEqual([...DUMP_TABLES]);
    for (const table of DUMP_TABLES) {
      const ids = dump.tables[table].map((row: { id: number }) => row.id);
      expect(ids, table).toEqual([...ids].sort((a, b) => a - b));
    }
    expect(dump.tables.users.map((u: { email: string }) => u.email).sort()).toEqual(['admin@example.org', 'editor@example.org']);
    expect(firstDump).not.toContain(passwordHash);
    expect(firstDump).not.toContain('secret-session-token');
    expect(Object.keys(dump.tables.users[0]).sort()).toEqual(['created_at', 'disabled', 'email', 'email_verified', 'id', 'image', 'must_change_password', 'name', 'role', 'updated_at']);
    // Articles keep the file as received, and every column.
    expect(dump.tables.articles[0]).toHaveProperty('source');
    expect(dump.tables.articles[0]).toHaveProperty('content_hash');
    expect(dump.tables.revisions.length).toBeGreaterThan(100);
  });

  it('decides for every table of the schema whether it is dumped', async () => {
    const tables = await source.prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
    expect(tables.map((t) => t.name).sort()).toEqual([...DUMP_TABLES, ...Object.keys(TABLES_NOT_DUMPED)].sort());
  });

  it('holds the same counts as the database', async () => {
    const dump = JSON.parse(firstDump);
    expect(dump.tables.claims).toHaveLength(await source.prisma.claim.count());
    expect(dump.tables.evidence).toHaveLength(await source.prisma.evidence.count());
    expect(dump.tables.reviews).toHaveLength(await source.prisma.review.count());
    expect(dump.tables.revisions).toHaveLength(await source.prisma.revision.count());
    expect(dump.tables.suggestion_dismissals).toHaveLength(1);
    expect(dump.tables.topic_names).toHaveLength(2);
  });

  it('ends its snapshot transaction when the reader stops early', async () => {
    const chunks = dumpDatabase(source.prisma, { batchRows: 1 });
    await chunks.next();
    await chunks.next();
    await chunks.return(undefined);
    const [row] = await source.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
    expect(row?.n).toBe(0n);
  });
});

describe('restoreDump', () => {
  it('restores into an empty database so that a second dump is identical but for createdAt', async () => {
    const result = await restoreDump(target.prisma, firstDump.split('\n'));
    expect(result.createdAt).toBe('2025-03-01T00:00:00.000Z');
    expect(result.rows.claims).toBe(await source.prisma.claim.count());
    const secondDump = await collect(dumpDatabase(target.prisma));
    expect(secondDump).not.toBe(firstDump);
    expect(withoutCreatedAt(secondDump)).toBe(withoutCreatedAt(firstDump));
  });

  it('restores topic display names and the finder\'s dismissals exactly', async () => {
    const names = await topicNamesOf(source.prisma);
    expect(names.map((n) => [n.topic, n.en, n.zhHans, n.zhHant])).toEqual([
      ['test', 'A "test" topic', '测试话题', '測試話題'],
      ['sco-summit', null, '上合峰会', null],
    ]);
    expect(await topicNamesOf(target.prisma)).toEqual(names);
    const dismissals = await dismissalsOf(source.prisma);
    expect(dismissals).toHaveLength(1);
    expect(await dismissalsOf(target.prisma)).toEqual(dismissals);
  });

  it('rebuilds the claim cells and counters the triggers keep', async () => {
    expect(await cellsOf(target.prisma)).toEqual(await cellsOf(source.prisma));
    const counters = (db: Db) =>
      db.claim.findMany({ orderBy: { id: 'asc' }, select: { id: true, statesOutlets: true, contradictsOutlets: true, mixedOutlets: true, omitsOutlets: true } });
    expect(await counters(target.prisma)).toEqual(await counters(source.prisma));
  });

  it('moves every id sequence past the restored ids, and the triggers still hold', async () => {
    const maxClaim = (await target.prisma.claim.aggregate({ _max: { id: true } }))._max.id!;
    const claim = await target.prisma.claim.create({ data: { text: '恢复后的新说法' } });
    expect(claim.id).toBe(maxClaim + 1);
    const maxRevision = (await target.prisma.revision.aggregate({ _max: { id: true } }))._max.id!;
    const revision = await target.prisma.revision.create({ data: { entityType: 'claim', entityId: claim.id, claimId: claim.id, action: 'create', after: {} } });
    expect(revision.id).toBe(maxRevision + 1n);
    const user = await target.prisma.user.create({ data: { email: 'new@example.org', name: 'New' } });
    expect(user.id).toBe(3);
    const maxTopicName = (await target.prisma.topicName.aggregate({ _max: { id: true } }))._max.id!;
    expect((await target.prisma.topicName.create({ data: { topic: 'after-restore' } })).id).toBe(maxTopicName + 1);
    // The revision log is still append-only, and evidence must still anchor.
    await expect(target.prisma.revision.delete({ where: { id: revision.id } })).rejects.toThrow(/append-only/);
    const voa = await articleOf(target.prisma, 'voa');
    await expect(
      target.prisma.evidence.create({ data: { claimId: claim.id, articleId: voa.id, stance: 'states', exact: 'not in the text', start: 0, end: 15 } }),
    ).rejects.toThrow(/does not match|evidence_span_inside_article/);
  });

  it('refuses a database that is not empty, and changes nothing', async () => {
    const before = await pictureOf(source.prisma);
    const users = await source.prisma.user.count();
    const error = await restoreDump(source.prisma, firstDump.split('\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/Refusing to restore: the database is not empty \(2 users, 5 outlets, 5 articles, 25 claims, .* revisions, 1 suggestion_dismissals, 2 topic_names, 1 accounts, 1 sessions\)/);
    expect(await pictureOf(source.prisma)).toEqual(before);
    expect(await source.prisma.user.count()).toBe(users);
  });

  it('refuses a database whose only row is a user', async () => {
    const fresh = await createTestDatabase();
    try {
      await fresh.prisma.user.create({ data: { email: 'first@example.org', name: 'First', role: 'admin' } });
      await expect(restoreDump(fresh.prisma, firstDump.split('\n'))).rejects.toThrow(/not empty \(1 users\)/);
      expect(await fresh.prisma.outlet.count()).toBe(0);
    } finally {
      await fresh.drop();
    }
  });

  it('restores a dump written before users had must_change_password (a later column)', async () => {
    const fresh = await createTestDatabase();
    try {
      const lines = firstDump.split('\n').map((line) => line.replace(/,"must_change_password":(true|false)/, ''));
      expect(lines.join('\n')).not.toContain('must_change_password');
      await restoreDump(fresh.prisma, lines);
      const users = await fresh.prisma.user.findMany({ select: { mustChangePassword: true } });
      expect(users.length).toBeGreaterThan(0);
      expect(users.every((u) => u.mustChangePassword === false)).toBe(true);
    } finally {
      await fresh.drop();
    }
  });

  it('restores a version 1 dump (written before dismissals and topic names were dumped), with those empty', async () => {
    const fresh = await createTestDatabase();
    try {
      const older = asVersion1(firstDump);
      expect(JSON.parse(older)).toMatchObject({ format: 'claimgrid-dump', version: 1 });
      expect(Object.keys(JSON.parse(older).tables)).toEqual(DUMP_TABLES.slice(0, 7));
      const result = await restoreDump(fresh.prisma, older.split('\n'));
      expect(result).toMatchObject({ version: 1, rows: { claims: await source.prisma.claim.count(), suggestion_dismissals: 0, topic_names: 0 } });
      expect(await fresh.prisma.topicName.count()).toBe(0);
      expect(await fresh.prisma.suggestionDismissal.count()).toBe(0);
      // Everything else is as in the version 2 dump: dumping again writes version 2 with the
      // two tables empty.
      const again = await collect(dumpDatabase(fresh.prisma, { createdAt: new Date('2025-03-01T00:00:00Z') }));
      const cut = firstDump.indexOf(',\n"suggestion_dismissals":[');
      expect(again).toBe(`${firstDump.slice(0, cut)},\n"suggestion_dismissals":[\n],\n"topic_names":[\n]${DUMP_END}`);
    } finally {
      await fresh.drop();
    }
  });

  it('restores a version 1 dump another tool pretty-printed', async () => {
    const fresh = await createTestDatabase();
    try {
      const pretty = JSON.stringify(JSON.parse(asVersion1(firstDump)), null, 2);
      const result = await restoreDump(fresh.prisma, pretty.split('\n'));
      expect(result.version).toBe(1);
      expect(await fresh.prisma.revision.count()).toBe(await source.prisma.revision.count());
      expect(await fresh.prisma.topicName.count()).toBe(0);
    } finally {
      await fresh.drop();
    }
  });

  it('refuses a version 2 dump that lacks its last tables, and writes nothing', async () => {
    const fresh = await createTestDatabase();
    try {
      const cut = asVersion1(firstDump).replace('"version":1,', '"version":2,');
      await expect(restoreDump(fresh.prisma, cut.split('\n'))).rejects.toThrow(/ends before table suggestion_dismissals/);
      expect(await fresh.prisma.user.count()).toBe(0);
    } finally {
      await fresh.drop();
    }
  });

  it('writes nothing when a quote in the dump no longer anchors in its article', async () => {
    const fresh = await createTestDatabase();
    try {
      const lines = firstDump.split('\n');
      const at = lines.findIndex((line) => line.startsWith('"evidence":[')) + 1;
      const row = JSON.parse(lines[at]!.replace(/,$/, ''));
      lines[at] = `${JSON.stringify({ ...row, exact: `${row.exact.slice(0, -1)}X` })},`;
      await expect(restoreDump(fresh.prisma, lines)).rejects.toThrow(/does not match article/);
      for (const count of [fresh.prisma.user.count(), fresh.prisma.article.count(), fresh.prisma.claim.count(), fresh.prisma.revision.count()]) {
        expect(await count).toBe(0);
      }
      // …and the claim_cells triggers are on again (the ALTERs rolled back with the rest).
      const [trigger] = await fresh.prisma.$queryRaw<{ enabled: string }[]>`
        SELECT tgenabled::text AS enabled FROM pg_trigger WHERE tgname = 'evidence_claim_cells'`;
      expect(trigger?.enabled).toBe('O');
    } finally {
      await fresh.drop();
    }
  });
});
