// Public read: every outlet with how many articles it has.
import type { Db } from '../db/prisma';
import type { OutletDto } from './types';
import { toLanguageCode } from './map-rows';

export async function findOutlets(db: Db): Promise<OutletDto[]> {
  const rows = await db.outlet.findMany({
    orderBy: [{ name: 'asc' }],
    select: { id: true, slug: true, name: true, homepage: true, language: true, _count: { select: { articles: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    homepage: row.homepage,
    language: toLanguageCode(row.language),
    articleCount: row._count.articles,
  }));
}
