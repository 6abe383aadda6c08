// Corrects an imported article's metadata (title, outlet, date, author, URL, language). The text stays:
// quotes are anchored in it. The change and its revision (before/after) commit together;
// moving the article to another outlet moves its stances with it (a database trigger).
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import type { UpdateArticleInput } from '../../importer/import-input';
import { fromLanguageCode, toLanguageCode } from '../map-rows';
import { recordRevision } from './record-revision';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound } from '../write-errors';

const metadata = { id: true, title: true, url: true, author: true, publishedAt: true, language: true, outlet: { select: { slug: true } } } as const;

export async function updateArticle(db: Db, { actor, input }: WriteContext<UpdateArticleInput>): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "articles" WHERE "id" = ${input.id} FOR UPDATE`;
    if (!locked) throw notFound('article', input.id);
    const before = await tx.article.findUniqueOrThrow({ where: { id: input.id }, select: metadata });
    const outlet = await tx.outlet.findUnique({ where: { slug: input.outletSlug }, select: { id: true } });
    if (!outlet) {
      const message = errorMessage('article.noOutlet', { slug: input.outletSlug });
      throw new AppError('validation', message, { fieldErrors: { outletSlug: [message] } });
    }
    const after = await tx.article.update({
      where: { id: input.id },
      data: {
        title: input.title,
        outletId: outlet.id,
        publishedAt: new Date(input.publishedAt),
        author: input.author,
        url: input.url,
        language: input.language ? fromLanguageCode(input.language) : undefined,
      },
      select: metadata,
    });
    const snapshot = (a: typeof before) => ({ title: a.title, outlet: a.outlet.slug, publishedAt: a.publishedAt, author: a.author, url: a.url, language: toLanguageCode(a.language) });
    await recordRevision(tx, { entityType: 'article', entityId: input.id, claimId: null, action: 'update', actorId: actor.userId, before: snapshot(before), after: snapshot(after) });
    return { id: input.id };
  }, WRITE_TRANSACTION_OPTIONS);
}
