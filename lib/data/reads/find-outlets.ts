// Public read: every outlet with how many articles it has and when it last published (the
// latter decides 'predates' cells), both kept on the outlet row by triggers on articles.
import type { Db } from '../../db/prisma';
import type { OutletDto } from '../types';
import { toLanguageCode } from '../map-rows';

export type OutletWithLatestDto = OutletDto & { latestPublishedAt: Date | null };

export async function findOutletsWithLatest(db: Db): Promise<OutletWithLatestDto[]> {
  const rows = await db.outlet.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, name: true, homepage: true, language: true, articleCount: true, latestPublishedAt: true },
  });
  return rows.map((row) => ({ ...row, language: toLanguageCode(row.language) }));
}

export async function findOutlets(db: Db): Promise<OutletDto[]> {
  return (await findOutletsWithLatest(db)).map(({ latestPublishedAt: _latest, ...outlet }) => outlet);
}
