// Public read: an article's stored text and its language, without the evidence getArticle loads.
import type { Db } from '../../db/prisma';
import { toLanguageCode } from '../map-rows';

export async function getArticleText(db: Db, id: number): Promise<{ text: string; language: string } | null> {
  const row = await db.article.findUnique({ where: { id }, select: { text: true, language: true } });
  return row ? { text: row.text, language: toLanguageCode(row.language) } : null;
}
