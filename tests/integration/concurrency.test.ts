// Two editors saving from the same version at the same moment: exactly one wins, the other is
// told who changed it and when, the stored row is the winner's, and history has one update.
// Also: writes that race on the same claim's evidence and reviews never leave rows that
// contradict each other or vanish without a revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { runOperation } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { articleOf, createActor, uniqueQuote } from './write-fixtures';

let db: TestDatabase;
let alice: Actor;
let bob: Actor;
let article: { id: number; text: string };

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  alice = await createActor(db.prisma, { email: 'alice@example.org', name: 'Alice Wang', role: 'editor' });
  bob = await createActor(db.prisma, { email: 'bob@example.org', name: 'Bob Li', role: 'admin' });
  article = await articleOf(db.prisma, 'voa');
});

afterAll(async () => {
  await db?.drop();
});

const ROUNDS = 5;
const CONFLICT = /^Changed by (.+) at (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z); reload to see their changes\.$/;

function outcome<T>(results: [T & { ok: boolean }, T & { ok: boolean }]) {
  const winners = results.map((r, i) => (r.ok ? i : -1)).filter((i) => i >= 0);
  return { winners, loser: results.find((r) => !r.ok) };
}

describe('two editors saving the same claim version', () => {
  it('lets exactly one save win, names the winner to the other, and keeps one update revision', async () => {
    const created = await runOperation(db.prisma, alice, 'createClaim', { text: '上合组织有10个成员国' });
    if (!created.ok) throw new Error(created.error.message);
    const claimId = created.data.id;
    let version = created.data.version;

    for (let round = 1; round <= ROUNDS; round++) {
      const texts = [`Alice's wording ${round}`, `Bob's wording ${round}`];
      const revisionsBefore = await db.prisma.revision.count({ where: { entityType: 'claim', entityId: claimId, action: 'update' } });
      const results = await Promise.all([
        runOperation(db.prisma, alice, 'updateClaim', { id: claimId, version, text: texts[0] }),
        runOperation(db.prisma, bob, 'updateClaim', { id: claimId, version, text: texts[1] }),
      ]);
      const { winners, loser } = outcome(results);
      expect(winners).toHaveLength(1);
      const winner = winners[0]!;
      const winnerActor = [alice, bob][winner]!;

      if (!loser || loser.ok) throw new Error('expected a loser');
      expect(loser.error).toMatchObject({ code: 'conflict', status: 409 });
      const match = CONFLICT.exec(loser.error.message);
      expect(match, loser.error.message).not.toBeNull();
      expect(match![1]).toBe(winnerActor.name);

      const stored = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
      expect(stored.text).toBe(texts[winner]);
      expect(stored.version).toBe(version + 1);
      expect(stored.updatedById).toBe(winnerActor.userId);
      expect(match![2]).toBe(stored.updatedAt.toISOString());
      expect(loser.error.details).toEqual({ changedBy: winnerActor.name, changedAt: stored.updatedAt.toISOString(), currentVersion: version + 1 });

      const revisionsAfter = await db.prisma.revision.count({ where: { entityType: 'claim', entityId: claimId, action: 'update' } });
      expect(revisionsAfter).toBe(revisionsBefore + 1);
      version = stored.version;
    }
  });

  it('refuses a delete racing an update from the same version: one wins, the other conflicts or finds nothing', async () => {
    const created = await runOperation(db.prisma, alice, 'createClaim', { text: 'racing delete' });
    if (!created.ok) throw new Error(created.error.message);
    const { id, version } = created.data;
    const [update, remove] = await Promise.all([
      runOperation(db.prisma, alice, 'updateClaim', { id, version, text: 'edited' }),
      runOperation(db.prisma, bob, 'deleteClaim', { id, version }),
    ]);
    expect([update.ok, remove.ok].filter(Boolean)).toHaveLength(1);
    const stored = await db.prisma.claim.findUnique({ where: { id } });
    if (update.ok) {
      expect(stored?.text).toBe('edited');
      expect(remove).toMatchObject({ ok: false, error: { code: 'conflict' } });
    } else {
      expect(stored).toBeNull();
      expect(['conflict', 'not_found']).toContain(update.error.code);
    }
  });
});

describe('two editors saving the same evidence version', () => {
  it('lets exactly one save win and keeps the winner’s note', async () => {
    const claim = await runOperation(db.prisma, alice, 'createClaim', { text: 'evidence race' });
    if (!claim.ok) throw new Error(claim.error.message);
    const quote = uniqueQuote(article.text, 300);
    const evidence = await runOperation(db.prisma, alice, 'createEvidence', { claimId: claim.data.id, articleId: article.id, stance: 'states', exact: quote.exact });
    if (!evidence.ok) throw new Error(evidence.error.message);
    const id = evidence.data.id;
    let version = evidence.data.version;

    for (let round = 1; round <= ROUNDS; round++) {
      const notes = [`Alice note ${round}`, `Bob note ${round}`];
      const before = await db.prisma.revision.count({ where: { entityType: 'evidence', entityId: id, action: 'update' } });
      const results = await Promise.all([
        runOperation(db.prisma, alice, 'updateEvidence', { id, version, note: notes[0] }),
        runOperation(db.prisma, bob, 'updateEvidence', { id, version, note: notes[1], stance: 'contradicts' }),
      ]);
      const { winners, loser } = outcome(results);
      expect(winners).toHaveLength(1);
      const winner = winners[0]!;
      const winnerActor = [alice, bob][winner]!;
      if (!loser || loser.ok) throw new Error('expected a loser');
      expect(loser.error.code).toBe('conflict');
      expect(loser.error.message).toMatch(CONFLICT);
      expect(loser.error.message).toContain(`Changed by ${winnerActor.name} at `);

      const stored = await db.prisma.evidence.findUniqueOrThrow({ where: { id } });
      expect(stored.note).toBe(notes[winner]);
      expect(stored.version).toBe(version + 1);
      expect(loser.error.details).toMatchObject({ changedBy: winnerActor.name, currentVersion: version + 1 });
      expect(await db.prisma.revision.count({ where: { entityType: 'evidence', entityId: id, action: 'update' } })).toBe(before + 1);
      version = stored.version;
      // put the stance back so the next round changes something for both editors
      const reset = await runOperation(db.prisma, alice, 'updateEvidence', { id, version, stance: 'states' });
      if (reset.ok) version = reset.data.version;
    }
  });
});

describe('racing writes on one claim x article', () => {
  it('never leaves both an omission and evidence', async () => {
    const quote = uniqueQuote(article.text, 400);
    for (let round = 0; round < ROUNDS; round++) {
      const claim = await runOperation(db.prisma, alice, 'createClaim', { text: `omission race ${round}` });
      if (!claim.ok) throw new Error(claim.error.message);
      const claimId = claim.data.id;
      const [evidence, omission] = await Promise.all([
        runOperation(db.prisma, alice, 'createEvidence', { claimId, articleId: article.id, stance: 'states', exact: quote.exact }),
        runOperation(db.prisma, bob, 'markOmission', { claimId, articleId: article.id }),
      ]);
      expect(evidence.ok).toBe(true);
      const evidenceRows = await db.prisma.evidence.count({ where: { claimId, articleId: article.id } });
      const reviewRows = await db.prisma.review.count({ where: { claimId, articleId: article.id } });
      expect(evidenceRows).toBe(1);
      expect(reviewRows).toBe(0);
      // Either the omission came second and was refused, or it came first and the evidence replaced it.
      if (!omission.ok) expect(omission.error.code).toBe('conflict');
    }
  });

  it('a claim deleted while evidence is being added loses nothing without a revision', async () => {
    const quote = uniqueQuote(article.text, 500);
    for (let round = 0; round < ROUNDS; round++) {
      const claim = await runOperation(db.prisma, alice, 'createClaim', { text: `delete race ${round}` });
      if (!claim.ok) throw new Error(claim.error.message);
      const { id, version } = claim.data;
      const [added, removed] = await Promise.all([
        runOperation(db.prisma, alice, 'createEvidence', { claimId: id, articleId: article.id, stance: 'states', exact: quote.exact }),
        runOperation(db.prisma, bob, 'deleteClaim', { id, version }),
      ]);
      expect(removed.ok).toBe(true);
      if (added.ok) {
        // added first: the delete must have recorded the evidence it took with it
        const deleted = await db.prisma.revision.count({ where: { entityType: 'evidence', entityId: added.data.id, action: 'delete' } });
        expect(deleted).toBe(1);
      } else {
        expect(added.error.code).toBe('not_found');
      }
      expect(await db.prisma.evidence.count({ where: { claimId: id } })).toBe(0);
    }
  });
});
