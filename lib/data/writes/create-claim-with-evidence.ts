// "Create a new claim from the selection": a claim and its first quote in one transaction, so
// a quote that does not anchor leaves no orphan claim behind. Errors about the quote name the
// nested field ("evidence.exact").
import type { CreateClaimWithEvidenceInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { insertClaim } from './insert-claim';
import { insertEvidence } from './insert-evidence';
import { toClaimRecord, toEvidenceRecord } from '../record-dtos';
import { textLang } from '../../text/detect-script';
import type { ClaimWithEvidenceDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';

export async function createClaimWithEvidence(
  db: Db,
  { actor, input }: WriteContext<CreateClaimWithEvidenceInput>,
): Promise<ClaimWithEvidenceDto> {
  return db.$transaction(async (tx) => {
    const claim = await insertClaim(tx, actor, input.claim);
    const evidence = await insertEvidence(tx, actor, { ...input.evidence, claimId: claim.id }, { fieldPrefix: 'evidence' });
    return { claim: toClaimRecord(claim), evidence: toEvidenceRecord(evidence), claimLang: textLang(claim.text) };
  }, WRITE_TRANSACTION_OPTIONS);
}
