// The review queue's first list (editors): claim x outlet cells that need re-review (their
// claim's content changed after their quotes or omission marks were recorded), newest claim
// first, with how many of each cell's rows are flagged. Confirming happens on the claim's page
// or here, through confirmCell.
import { authorize, type Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';
import { toLanguageCode } from '../map-rows';
import type { LanguageCode } from '../types';

export type RereviewCellDto = { claimId: number; claimText: string; claimVersion: number; outlet: string; outletName: string; outletLanguage: LanguageCode; flagged: number };

export async function findRereviewCells(db: Db, { actor, limit = 50 }: { actor: Actor | null; limit?: number }): Promise<{ cells: RereviewCellDto[]; total: number }> {
  authorize(actor, 'content:write');
  const [cells, total] = await Promise.all([
    db.claimCell.findMany({
      where: { stale: { gt: 0 } },
      orderBy: [{ claimId: 'desc' }, { outletId: 'asc' }],
      take: limit,
      select: { stale: true, claim: { select: { id: true, text: true, version: true } }, outlet: { select: { slug: true, name: true, language: true } } },
    }),
    db.claimCell.count({ where: { stale: { gt: 0 } } }),
  ]);
  return {
    total,
    cells: cells.map((c) => ({
      claimId: c.claim.id,
      claimText: c.claim.text,
      claimVersion: c.claim.version,
      outlet: c.outlet.slug,
      outletName: c.outlet.name,
      outletLanguage: toLanguageCode(c.outlet.language),
      flagged: c.stale,
    })),
  };
}
