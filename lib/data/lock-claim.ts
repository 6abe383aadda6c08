// Serialises the writes that touch one claim's evidence and reviews. A row lock FOR UPDATE on
// the claim also blocks inserts of evidence or reviews pointing at it (their foreign-key check
// takes FOR KEY SHARE), so a delete or merge that has listed a claim's rows for its history
// cannot have new ones slip in underneath it.
import type { Tx } from './write-context';

/** Locks the claim row until the transaction ends; null if it does not exist. */
export async function lockClaim(tx: Tx, id: number): Promise<{ id: number; version: number } | null> {
  const rows = await tx.$queryRaw<{ id: number; version: number }[]>`
    SELECT "id", "version" FROM "claims" WHERE "id" = ${id} FOR UPDATE`;
  return rows[0] ?? null;
}
