// Remembers that an editor dismissed a suggested passage for a claim, so the finder does not
// propose it again; recorded in the claim's revision log like every write. Idempotent.
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import type { DismissSuggestionInput } from '../../finder/suggestion-shapes';
import { lockClaim } from './lock-claim';
import { recordRevision } from './record-revision';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound } from '../write-errors';

export type DismissalDto = { id: number; claimId: number; articleId: number; start: number; end: number; createdAt: string };

export async function dismissSuggestion(db: Db, { actor, input }: WriteContext<DismissSuggestionInput>): Promise<DismissalDto> {
  const { claimId, articleId, start, end } = input;
  return db.$transaction(async (tx) => {
    if (!(await lockClaim(tx, claimId))) throw notFound('claim', claimId, 'claimId');
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { textLength: true } });
    if (!article) throw notFound('article', articleId, 'articleId');
    if (end > article.textLength) {
      throw new AppError('validation', errorMessage('suggestion.spanAfterArticle', { length: article.textLength }), {
        fieldErrors: { end: [errorMessage('suggestion.outsideText')] },
      });
    }
    const existing = await tx.suggestionDismissal.findUnique({ where: { claimId_articleId_start_end: { claimId, articleId, start, end } } });
    const row = existing ?? (await tx.suggestionDismissal.create({ data: { claimId, articleId, start, end, createdById: actor.userId } }));
    if (!existing) await recordRevision(tx, { entityType: 'dismissal', entityId: row.id, claimId, action: 'create', actorId: actor.userId, after: row });
    return { id: row.id, claimId, articleId, start, end, createdAt: row.createdAt.toISOString() };
  }, WRITE_TRANSACTION_OPTIONS);
}
