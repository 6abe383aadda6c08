// What every write function receives besides the database: who is writing (already
// authorised by the operation wrapper) and an input the zod schemas have already checked.
import type { Actor } from '../../auth/actor';
import type { Prisma } from '../../generated/prisma/client';

export type WriteContext<I> = { actor: Actor; input: I };

export type Tx = Prisma.TransactionClient;

/** Room for merges of claims with many rows, and for waiting on another editor's row lock. */
export const WRITE_TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 15_000 } as const;
