// Serialises the writes that touch one claim's evidence and reviews. A row lock FOR UPDATE on
// the claim also blocks inserts of evidence or reviews pointing at it (their foreign-key check
// takes FOR KEY SHARE), so a delete or merge that has listed a claim's rows for its history
// cannot have new ones slip in underneath it.
import type { Evidence } from '../../generated/prisma/client';
import type { Tx } from './write-context';
import { notFound, staleVersion } from '../write-errors';

/** Locks the claim row until the transaction ends; null if it does not exist. */
export async function lockClaim(tx: Tx, id: number): Promise<{ id: number; version: number } | null> {
  const rows = await tx.$queryRaw<{ id: number; version: number }[]>`
    SELECT "id", "version" FROM "claims" WHERE "id" = ${id} FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * A piece of evidence as it stands once its claim is locked, checked against the version the
 * editor saw: not_found if it is gone, a conflict if someone changed it since.
 */
export async function lockEvidenceAt(tx: Tx, id: number, version: number): Promise<Evidence> {
  const found = await tx.evidence.findUnique({ where: { id }, select: { claimId: true } });
  if (!found) throw notFound('evidence', id);
  await lockClaim(tx, found.claimId);
  const evidence = await tx.evidence.findUnique({ where: { id } });
  if (!evidence) throw notFound('evidence', id);
  if (evidence.version !== version) throw await staleVersion(tx, 'evidence', id);
  return evidence;
}
