// Brings back a deleted claim (deleteClaim) with the quotes and omission marks its deletion
// removed, from the revisions that deletion recorded: the claim's row from its 'delete'
// revision (same id, so links to it work again; status, topics, value and author as they were;
// the version moves on), and the evidence and reviews from the 'delete' revisions of the claim
// recorded at the same instant (deleteClaim writes them together). Quotes and marks removed
// earlier, one at a time, stay in the history, restorable on their own. Each quote is anchored
// again as restoreEvidence does; one whose article is gone or no longer holds it is skipped and
// counted. Quotes and marks keep their re-review flags. Everything gets a 'restore' revision.
import type { RestoreDeletedClaimInput } from '../../claims/claim-input';
import { claimSearchText } from '../../claims';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import { insertEvidence } from './insert-evidence';
import { lockClaim } from './lock-claim';
import { reanchorSnapshot } from './reanchor-snapshot';
import { fromDateOnly, toClaimRecord } from '../record-dtos';
import { recordRevision } from './record-revision';
import { deletedClaimSnapshotSchema, evidenceSnapshotSchema, reviewSnapshotSchema } from '../revision-snapshots';
import type { RestoreDeletedClaimResultDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound } from '../write-errors';

export async function restoreDeletedClaim(db: Db, { actor, input }: WriteContext<RestoreDeletedClaimInput>): Promise<RestoreDeletedClaimResultDto> {
  const { id } = input;
  return db.$transaction(async (tx) => {
    // Two restores of one claim queue here; the second then finds it back.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('claimgrid.restore-deleted-claim'), ${id}::int)`;
    if (await lockClaim(tx, id)) throw new AppError('conflict', errorMessage('restore.claimNotDeleted', { id }), { claimId: id });
    const deletion = await tx.revision.findFirst({ where: { entityType: 'claim', entityId: id, action: 'delete' }, orderBy: { id: 'desc' } });
    const parsed = deletion ? deletedClaimSnapshotSchema.safeParse(deletion.before) : null;
    if (!deletion || !parsed?.success) throw notFound('claim', id, 'id');
    const old = parsed.data;

    const removed = await tx.revision.findMany({
      where: { claimId: id, action: 'delete', entityType: { in: ['evidence', 'review'] }, id: { lt: deletion.id }, createdAt: deletion.createdAt },
      orderBy: { id: 'asc' },
    });
    const evidence = removed.flatMap((r) => (r.entityType === 'evidence' ? [evidenceSnapshotSchema.safeParse(r.before)] : [])).flatMap((p) => (p.success ? [p.data] : []));
    const reviews = removed.flatMap((r) => (r.entityType === 'review' ? [reviewSnapshotSchema.safeParse(r.before)] : [])).flatMap((p) => (p.success ? [p.data] : []));

    // People on record who no longer exist are left out rather than failing the restore.
    const people = [old.createdById, ...reviews.map((r) => r.createdById)].filter((p): p is number => p !== null);
    const known = new Set((await tx.user.findMany({ where: { id: { in: people } }, select: { id: true } })).map((u) => u.id));
    const person = (userId: number | null) => (userId !== null && known.has(userId) ? userId : null);
    // A seed key taken since (the seed was loaded again) stays with the claim that has it.
    const seedKey = old.seedKey && !(await tx.claim.findUnique({ where: { seedKey: old.seedKey }, select: { id: true } })) ? old.seedKey : null;

    const claim = await tx.claim.create({
      data: {
        id,
        seedKey,
        text: old.text,
        gloss: old.gloss,
        topics: old.topics,
        kind: old.kind,
        value: old.value,
        comparator: old.comparator,
        unit: old.unit,
        asOf: fromDateOnly(old.asOf),
        status: old.status,
        searchText: claimSearchText(old),
        version: old.version + 1,
        createdById: person(old.createdById),
        createdAt: new Date(old.createdAt),
        updatedById: actor.userId,
        updatedAt: new Date(),
      },
    });
    await recordRevision(tx, { entityType: 'claim', entityId: id, claimId: id, action: 'restore', actorId: actor.userId, after: claim });

    const articleIds = [...new Set([...evidence.map((e) => e.articleId), ...reviews.map((r) => r.articleId)])];
    const texts = new Map((await tx.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, text: true } })).map((a) => [a.id, a.text]));
    let restoredEvidence = 0;
    for (const quote of evidence) {
      const text = texts.get(quote.articleId);
      const anchored = text === undefined ? null : reanchorSnapshot(text, quote);
      if (!anchored?.ok) continue;
      const taken = await tx.evidence.findFirst({ where: { claimId: id, articleId: quote.articleId, start: anchored.start, end: anchored.end }, select: { id: true } });
      if (taken) continue;
      const { start, end, exact } = anchored;
      await insertEvidence(
        tx,
        actor,
        { claimId: id, articleId: quote.articleId, stance: quote.stance, exact, start, end, statedValue: quote.statedValue, note: quote.note, needsReview: quote.needsReview },
        { action: 'restore' },
      );
      restoredEvidence++;
    }

    let restoredReviews = 0;
    for (const mark of reviews) {
      if (!texts.has(mark.articleId)) continue;
      // A quote in the article says the opposite of an omission; and one mark per article.
      if (await tx.evidence.count({ where: { claimId: id, articleId: mark.articleId } })) continue;
      if (await tx.review.count({ where: { claimId: id, articleId: mark.articleId } })) continue;
      const row = await tx.review.create({
        data: { claimId: id, articleId: mark.articleId, verdict: 'omits', note: mark.note, createdById: person(mark.createdById), needsReview: mark.needsReview },
      });
      await recordRevision(tx, { entityType: 'review', entityId: row.id, claimId: id, action: 'restore', actorId: actor.userId, after: row });
      restoredReviews++;
    }

    return {
      claim: toClaimRecord(claim),
      restoredEvidence,
      restoredReviews,
      skippedEvidence: evidence.length - restoredEvidence,
      skippedReviews: reviews.length - restoredReviews,
    };
  }, WRITE_TRANSACTION_OPTIONS);
}
