// Creates a claim (draft unless the input says published) with its 'create' revision.
import type { CreateClaimInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { insertClaim } from './insert-claim';
import { toClaimRecord } from '../record-dtos';
import type { ClaimRecordDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';

export async function createClaim(db: Db, { actor, input }: WriteContext<CreateClaimInput>): Promise<ClaimRecordDto> {
  return db.$transaction(async (tx) => toClaimRecord(await insertClaim(tx, actor, input)), WRITE_TRANSACTION_OPTIONS);
}
