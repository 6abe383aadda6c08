// Writes one entry of the append-only revision log. Always called with the transaction
// client of the change it records, so the change and its history commit together.
import type { RevisionAction, RevisionEntity } from '../../claims/describe-revision';
import type { Prisma } from '../../generated/prisma/client';

export type { RevisionAction, RevisionEntity };

export type RevisionInput = {
  entityType: RevisionEntity;
  entityId: number;
  claimId: number | null;
  action: RevisionAction;
  actorId: number | null;
  before?: unknown;
  after?: unknown;
  /** One instant for the entries of one change (deleteClaim), so they can be told apart as a set. */
  createdAt?: Date;
};

type Tx = Pick<Prisma.TransactionClient, 'revision'>;

/** JSON-safe copy: Dates become ISO strings, undefined fields disappear. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

function toRow(input: RevisionInput) {
  return {
    entityType: input.entityType,
    entityId: input.entityId,
    claimId: input.claimId,
    action: input.action,
    actorId: input.actorId,
    before: snapshot(input.before),
    after: snapshot(input.after),
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  };
}

export async function recordRevision(tx: Tx, input: RevisionInput): Promise<void> {
  await tx.revision.create({ data: toRow(input) });
}

/** Several entries in one statement, in the order given (ids ascend with it). */
export async function recordRevisions(tx: Tx, inputs: readonly RevisionInput[]): Promise<void> {
  if (inputs.length) await tx.revision.createMany({ data: inputs.map(toRow) });
}
