// Public read: every outlet with how many articles it has and when it last published (the
// latter decides 'predates' cells), both kept on the outlet row by triggers on articles.
import type { Db } from '../db/prisma';
import type { OutletDto } from './types';
import { toLanguageCode } from './map-rows';

export type OutletWithLatestDto = OutletDto & { latestPublishedAt: Date | null };

export async function findOutletsWithLatest(db: Db): Promise<OutletWithLatestDto[]> {
  const rows = await db.$queryRaw<
    { id: number; slug: string; name: string; homepage: string | null; language: string; article_count: number; latest: Date | null }[]
  >`
    SELECT o.id, o.slug, o.name, o.homepage, o.language::text AS language, o.article_count, o.latest_published_at AS latest
      FROM outlets o
     ORDER BY o.name, o.id`;
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    homepage: row.homepage,
    language: toLanguageCode(row.language.replace('-', '_')),
    articleCount: Number(row.article_count),
    latestPublishedAt: row.latest,
  }));
}

export async function findOutlets(db: Db): Promise<OutletDto[]> {
  return (await findOutletsWithLatest(db)).map(({ latestPublishedAt: _latest, ...outlet }) => outlet);
}
