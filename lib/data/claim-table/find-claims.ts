// Public read: given claims (or every claim the reader may see) with one cell per outlet
// (states / contradicts / mixed / omits / predates / unchecked) and the evidence and reviews
// behind each cell: the claim table's full rows (load-claim-rows.ts) without a view around them.
import type { Db } from '../../db/prisma';
import { findOutlets } from '../reads/find-outlets';
import { scopeStatus } from '../reads/read-scope';
import type { ClaimMatrixDto, ReadScope } from '../types';
import { loadClaimRows } from './load-claim-rows';

export type FindClaimsOptions = ReadScope & { ids?: number[] };

export async function findClaims(db: Db, options: FindClaimsOptions = {}): Promise<ClaimMatrixDto> {
  const status = scopeStatus(options);
  const [outlets, rows] = await Promise.all([
    findOutlets(db),
    db.claim.findMany({
      where: {
        ...(status ? { status } : {}),
        ...(options.ids ? { id: { in: options.ids } } : {}),
      },
      orderBy: [{ id: 'asc' }],
      select: { id: true },
    }),
  ]);
  return { outlets, claims: await loadClaimRows(db, rows.map((r) => r.id), outlets) };
}
