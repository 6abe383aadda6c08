// Fills the folded search columns of rows written before they existed (or by a bulk load
// that skipped them). A no-op, one indexed count, once everything is filled.
import { claimSearchText } from '../../claims';
import type { Db } from '../../db/prisma';
import { foldAligned } from '../../text/fold-aligned';

export async function backfillSearchText(db: Db): Promise<{ articles: number; claims: number }> {
  let articles = 0;
  let claims = 0;
  for (;;) {
    const rows = await db.article.findMany({ where: { searchText: '' }, select: { id: true, text: true }, take: 200 });
    if (rows.length === 0) break;
    for (const row of rows) await db.article.update({ where: { id: row.id }, data: { searchText: foldAligned(row.text) } });
    articles += rows.length;
  }
  for (;;) {
    const rows = await db.claim.findMany({ where: { searchText: '' }, select: { id: true, text: true, gloss: true }, take: 500 });
    if (rows.length === 0) break;
    for (const row of rows) await db.claim.update({ where: { id: row.id }, data: { searchText: claimSearchText(row) } });
    claims += rows.length;
  }
  return { articles, claims };
}
