// Adds a quote from an article as evidence for a claim. The quote is anchored in the
// article's stored text first (unique match, or a span that holds it); an omission review of
// the same claim x article is replaced by the evidence in the same transaction.
import type { CreateEvidenceInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { insertEvidence } from './insert-evidence';
import { lockClaim } from './lock-claim';
import { toEvidenceRecord } from '../record-dtos';
import type { EvidenceRecordDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound } from '../write-errors';

export async function createEvidence(db: Db, { actor, input }: WriteContext<CreateEvidenceInput>): Promise<EvidenceRecordDto> {
  return db.$transaction(async (tx) => {
    if (!(await lockClaim(tx, input.claimId))) throw notFound('claim', input.claimId, 'claimId');
    return toEvidenceRecord(await insertEvidence(tx, actor, input));
  }, WRITE_TRANSACTION_OPTIONS);
}
