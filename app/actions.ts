'use server';
// Server actions for every UI write. Each is a thin shell: find who is asking, then hand the
// raw input to runOperation, which authorises, validates and writes (with history) exactly as
// the JSON API does. Results are plain objects the client renders; nothing is thrown across.
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { searchClaims } from '@/lib/data/reads/search-claims';
import type { OperationOutcome, OperationRawInput, OperationResult } from '@/lib/operations';
import { EVERY_PAGE, localized, refresh, runOperationAction } from './operation-action';
import { findClaimSuggestionViews } from '@/lib/data/reads/find-claim-suggestion-views';
import { findArticleSuggestionViews } from '@/lib/data/reads/find-article-suggestion-views';
import { markCellsOmitted, type MarkCellsOmittedResult } from '@/lib/operations/mark-cells-omitted';
import type { MarkCellsOmittedInput } from '@/lib/review/review-input';
import { toOperationError } from '@/lib/operations';
import { parseId } from '@/lib/data/parse-id';
import { AppError, errorMessage } from '@/lib/errors';
import { readScopeOf } from '@/lib/data/reads/read-scope';
import type { ImportArticleRequest } from '@/lib/importer/import-input';

/** A server action's input is whatever the browser sent: only an object is spread into another. */
function asObject(input: unknown): object {
  return input !== null && typeof input === 'object' && !Array.isArray(input) ? input : {};
}

const run = runOperationAction;

export async function createClaimAction(input: OperationRawInput<'createClaim'>): Promise<OperationOutcome<'createClaim'>> {
  return run('createClaim', input);
}
export async function updateClaimAction(input: OperationRawInput<'updateClaim'>): Promise<OperationOutcome<'updateClaim'>> {
  return run('updateClaim', input);
}
export async function deleteClaimAction(input: OperationRawInput<'deleteClaim'>): Promise<OperationOutcome<'deleteClaim'>> {
  return run('deleteClaim', input);
}
export async function mergeClaimsAction(input: OperationRawInput<'mergeClaims'>): Promise<OperationOutcome<'mergeClaims'>> {
  return run('mergeClaims', input);
}
export async function restoreClaimVersionAction(input: OperationRawInput<'restoreClaimVersion'>): Promise<OperationOutcome<'restoreClaimVersion'>> {
  return run('restoreClaimVersion', input);
}
export async function restoreDeletedClaimAction(input: OperationRawInput<'restoreDeletedClaim'>): Promise<OperationOutcome<'restoreDeletedClaim'>> {
  return run('restoreDeletedClaim', input);
}
export async function confirmCellAction(input: OperationRawInput<'confirmCell'>): Promise<OperationOutcome<'confirmCell'>> {
  return run('confirmCell', input);
}
export async function createEvidenceAction(input: OperationRawInput<'createEvidence'>): Promise<OperationOutcome<'createEvidence'>> {
  return run('createEvidence', input);
}
export async function createClaimWithEvidenceAction(input: OperationRawInput<'createClaimWithEvidence'>): Promise<OperationOutcome<'createClaimWithEvidence'>> {
  return run('createClaimWithEvidence', input);
}
export async function updateEvidenceAction(input: OperationRawInput<'updateEvidence'>): Promise<OperationOutcome<'updateEvidence'>> {
  return run('updateEvidence', input);
}
export async function deleteEvidenceAction(input: OperationRawInput<'deleteEvidence'>): Promise<OperationOutcome<'deleteEvidence'>> {
  return run('deleteEvidence', input);
}
export async function restoreEvidenceAction(input: OperationRawInput<'restoreEvidence'>): Promise<OperationOutcome<'restoreEvidence'>> {
  return run('restoreEvidence', input);
}
export async function updateArticleAction(input: OperationRawInput<'updateArticle'>): Promise<OperationOutcome<'updateArticle'>> {
  return run('updateArticle', input);
}
export async function deleteArticleAction(input: OperationRawInput<'deleteArticle'>): Promise<OperationOutcome<'deleteArticle'>> {
  return run('deleteArticle', input);
}
export async function markOmissionAction(input: OperationRawInput<'markOmission'>): Promise<OperationOutcome<'markOmission'>> {
  return run('markOmission', input);
}
export async function clearOmissionAction(input: OperationRawInput<'clearOmission'>): Promise<OperationOutcome<'clearOmission'>> {
  return run('clearOmission', input);
}

/** The evidence finder: a suggested passage that is not evidence for the claim is not suggested again. */
export async function dismissSuggestionAction(input: OperationRawInput<'dismissSuggestion'>): Promise<OperationOutcome<'dismissSuggestion'>> {
  return run('dismissSuggestion', input);
}

/** "Mark omits" for whole claim x outlet cells: markOmission for each of the outlet's unmarked articles. */
export async function markCellsOmittedAction(input: MarkCellsOmittedInput): Promise<OperationResult<MarkCellsOmittedResult>> {
  const result = await markCellsOmitted(getPrisma(), await getActor(), input);
  if (result.ok) refresh(EVERY_PAGE);
  return localized(result);
}

/** A read for editors by id, as a result the client renders (the data function authorises). */
async function readById<O>(raw: number, field: string, read: (id: number) => Promise<O>): Promise<OperationResult<O>> {
  try {
    const id = parseId(String(raw));
    if (!id) throw new AppError('validation', errorMessage('input.idNeeded'), { fieldErrors: { [field]: [errorMessage('input.idNeeded')] } });
    return { ok: true, data: await read(id) };
  } catch (error) {
    const mapped = toOperationError(error);
    if (!mapped) throw error;
    return localized({ ok: false, error: mapped });
  }
}

// The finder's suggestions load after the page, from the browser: the page (and every refresh
// after a write) never waits for the finder.

/** What the finder found for a claim in the outlets not yet settled. */
// (the id is typed for the page that passes it; what arrives is whatever the browser sent)
export async function findClaimSuggestionsAction(claimId: number) {
  const actor = await getActor();
  return readById(claimId, 'claimId', (id) => findClaimSuggestionViews(getPrisma(), { actor, claimId: id }));
}

/** The claims an article may state or contradict. */
export async function findArticleSuggestionsAction(articleId: number) {
  const actor = await getActor();
  return readById(articleId, 'articleId', (id) => findArticleSuggestionViews(getPrisma(), { actor, articleId: id }));
}

/** Claim picker for editors: search as you type, Traditional and Simplified alike. */
export async function searchClaimsAction(query: string) {
  const actor = await getActor();
  const text = typeof query === 'string' ? query.slice(0, 200) : '';
  return searchClaims(getPrisma(), { query: text, ...readScopeOf(actor), limit: 20 });
}

export async function createApiTokenAction(input: OperationRawInput<'createApiToken'>): Promise<OperationOutcome<'createApiToken'>> {
  return run('createApiToken', input, { page: '/account' });
}

export async function revokeApiTokenAction(input: OperationRawInput<'revokeApiToken'>): Promise<OperationOutcome<'revokeApiToken'>> {
  return run('revokeApiToken', input, { page: '/account' });
}

/** Extract an article from a file without storing it: the editor reviews it first. */
export async function previewImportAction(input: ImportArticleRequest): Promise<OperationOutcome<'importArticle'>> {
  return run('importArticle', { ...asObject(input), dryRun: true }, null);
}

export async function importArticleAction(input: ImportArticleRequest): Promise<OperationOutcome<'importArticle'>> {
  return run('importArticle', { ...asObject(input), dryRun: false });
}
