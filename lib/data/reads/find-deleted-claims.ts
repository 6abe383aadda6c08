// Deleted claims, for editors: each claim whose latest claim revision deleted it and which has
// not come back, with its last state (from that revision), who deleted it and when, and how many
// quotes and omission marks the deletion removed (restoreDeletedClaim brings them back).
// Readers never see deleted claims: both reads authorise first.
import { authorize, type Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import { deletedClaimSnapshotSchema, type DeletedClaimSnapshot } from '../revision-snapshots';

export type DeletedClaimDto = {
  id: number;
  text: string;
  status: DeletedClaimSnapshot['status'];
  kind: DeletedClaimSnapshot['kind'];
  deletedAt: string;
  deletedBy: string | null;
  quotes: number;
  marks: number;
};

type Row = { id: bigint; entity_id: number; before: unknown; created_at: Date; actor: string | null; quotes: number; marks: number };

/** The newest `limit` deleted claims (or just `id`), newest deletion first. */
async function queryDeleted(db: Db, { id, limit }: { id?: number; limit: number }): Promise<DeletedClaimDto[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT r.id, r.entity_id, r.before, r.created_at, coalesce(nullif(u.name, ''), u.email) AS actor,
           (SELECT count(*)::int FROM revisions q WHERE q.claim_id = r.entity_id AND q.action = 'delete' AND q.entity_type = 'evidence'
               AND q.id < r.id AND q.created_at = r.created_at) AS quotes,
           (SELECT count(*)::int FROM revisions q WHERE q.claim_id = r.entity_id AND q.action = 'delete' AND q.entity_type = 'review'
               AND q.id < r.id AND q.created_at = r.created_at) AS marks
      FROM (SELECT DISTINCT ON (entity_id) * FROM revisions
             WHERE entity_type = 'claim' AND action = 'delete' ${id === undefined ? Prisma.empty : Prisma.sql`AND entity_id = ${id}`}
             ORDER BY entity_id, id DESC) r
      LEFT JOIN users u ON u.id = r.actor_id
     WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = r.entity_id)
     ORDER BY r.id DESC
     LIMIT ${limit}`;
  return rows.flatMap((row) => {
    const parsed = deletedClaimSnapshotSchema.safeParse(row.before);
    if (!parsed.success) return [];
    const { text, status, kind } = parsed.data;
    return [{ id: row.entity_id, text, status, kind, deletedAt: row.created_at.toISOString(), deletedBy: row.actor, quotes: row.quotes, marks: row.marks }];
  });
}

export async function findDeletedClaims(db: Db, { actor, limit = 200 }: { actor: Actor | null; limit?: number }): Promise<DeletedClaimDto[]> {
  authorize(actor, 'content:write');
  return queryDeleted(db, { limit });
}

/** One deleted claim, or null when it exists (or never did). */
export async function getDeletedClaim(db: Db, { actor, id }: { actor: Actor | null; id: number }): Promise<DeletedClaimDto | null> {
  authorize(actor, 'content:write');
  return (await queryDeleted(db, { id, limit: 1 }))[0] ?? null;
}
