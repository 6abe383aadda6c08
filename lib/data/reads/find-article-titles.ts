// Article titles by id, for naming the articles a claim's history mentions.
import type { Db } from '../../db/prisma';

export async function findArticleTitles(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.article.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, title: true } });
  return new Map(rows.map((row) => [row.id, row.title]));
}
