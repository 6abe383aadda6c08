// Deletes an imported article that nothing refers to. An article with quotes or omission marks
// is refused with the counts (delete those first); the deleted article's metadata, text and
// source stay in its 'delete' revision.
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import type { DeleteArticleInput } from '../../importer/import-input';
import { recordRevision } from './record-revision';
import type { DeletedDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound } from '../write-errors';

export async function deleteArticle(db: Db, { actor, input }: WriteContext<DeleteArticleInput>): Promise<DeletedDto> {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "articles" WHERE "id" = ${input.id} FOR UPDATE`;
    if (!locked) throw notFound('article', input.id);
    const [quotes, marks] = await Promise.all([
      tx.evidence.count({ where: { articleId: input.id } }),
      tx.review.count({ where: { articleId: input.id } }),
    ]);
    if (quotes > 0 || marks > 0) {
      throw new AppError(
        'conflict',
        errorMessage('article.inUse', { id: input.id, quotes, marks }),
        { reason: 'article-in-use', quotes, marks },
      );
    }
    const before = await tx.article.findUniqueOrThrow({
      where: { id: input.id },
      select: { id: true, title: true, url: true, author: true, publishedAt: true, language: true, text: true, contentHash: true, source: true, sourceFormat: true, sourceFilename: true, outlet: { select: { slug: true } } },
    });
    await tx.article.delete({ where: { id: input.id } });
    await recordRevision(tx, { entityType: 'article', entityId: input.id, claimId: null, action: 'delete', actorId: actor.userId, before });
    return { id: input.id };
  }, WRITE_TRANSACTION_OPTIONS);
}
