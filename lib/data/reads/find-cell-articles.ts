// The articles a claim x outlet cell's "mark omits" marks: every article of the outlet that
// has neither a quote nor an omission mark for the claim. Editors only. An outlet with more
// than MARK_ARTICLES_MAX such articles is refused: marking that many at once is not a check.
import { authorize, type Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import { MARK_ARTICLES_MAX, type MarkCellsOmittedInput } from '../../review/review-input';
import { notFound } from '../write-errors';

export type CellArticles = { claimId: number; outlet: string; articleIds: number[] };

export async function findCellArticles(db: Db, { actor, cells }: { actor: Actor | null; cells: MarkCellsOmittedInput['cells'] }): Promise<CellArticles[]> {
  authorize(actor, 'content:write');
  const out: CellArticles[] = [];
  for (const { claimId, outlet } of cells) {
    const found = await db.outlet.findUnique({ where: { slug: outlet }, select: { id: true } });
    if (!found) throw new AppError('not_found', errorMessage('notFound.outlet', { slug: outlet }), { entity: 'outlet', field: 'outlet' });
    if (!(await db.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw notFound('claim', claimId, 'claimId');
    const articles = await db.article.findMany({
      where: { outletId: found.id, evidence: { none: { claimId } }, reviews: { none: { claimId } } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: MARK_ARTICLES_MAX + 1,
    });
    if (articles.length > MARK_ARTICLES_MAX) {
      throw new AppError('validation', errorMessage('cells.tooManyArticles', { outlet, max: MARK_ARTICLES_MAX }), {
        fieldErrors: { outlet: [errorMessage('cells.tooManyArticlesField', { max: MARK_ARTICLES_MAX })] },
      });
    }
    out.push({ claimId, outlet, articleIds: articles.map((a) => a.id) });
  }
  return out;
}
