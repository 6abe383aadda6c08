// Every content write the app offers, by name. Server actions and the JSON API run them only
// through runOperation, so each is authorised, validated and recorded the same way.
import {
  clearOmissionSchema,
  confirmCellSchema,
  createClaimSchema,
  createClaimWithEvidenceSchema,
  createEvidenceSchema,
  deleteClaimSchema,
  deleteEvidenceSchema,
  markOmissionSchema,
  mergeClaimsSchema,
  restoreClaimVersionSchema,
  restoreDeletedClaimSchema,
  restoreEvidenceSchema,
  updateClaimSchema,
  updateEvidenceSchema,
} from '../claims/claim-input';
import { createApiTokenInput, createUserInput, resetUserPasswordInput, revokeApiTokenInput, updateUserInput } from '../auth/user-input';
import { createApiToken, revokeApiToken } from '../data/writes/api-tokens';
import { importArticleFile } from '../data/workflows/import-article-file';
import { deleteArticleInput, importArticleInput, updateArticleInput } from '../importer/import-input';
import { deleteArticle } from '../data/writes/delete-article';
import { updateArticle } from '../data/writes/update-article';
import { clearOmission } from '../data/writes/clear-omission';
import { confirmCell } from '../data/writes/confirm-cell';
import { restoreDeletedClaim } from '../data/writes/restore-deleted-claim';
import { createClaim } from '../data/writes/create-claim';
import { createClaimWithEvidence } from '../data/writes/create-claim-with-evidence';
import { createEvidence } from '../data/writes/create-evidence';
import { deleteClaim } from '../data/writes/delete-claim';
import { deleteEvidence } from '../data/writes/delete-evidence';
import { markOmission } from '../data/writes/mark-omission';
import { mergeClaims } from '../data/writes/merge-claims';
import { restoreClaimVersion } from '../data/writes/restore-claim-version';
import { restoreEvidence } from '../data/writes/restore-evidence';
import { updateClaim } from '../data/writes/update-claim';
import { updateEvidence } from '../data/writes/update-evidence';
import { createUser } from '../data/writes/create-user';
import { dismissSuggestion } from '../data/writes/dismiss-suggestion';
import { dismissSuggestionSchema } from '../finder/suggestion-shapes';
import { updateUser } from '../data/writes/update-user';
import { resetUserPassword } from '../data/writes/reset-user-password';
import { setTopicNamesSchema } from '../claims/topic-names';
import { setTopicNames } from '../data/writes/set-topic-names';
import type { z } from 'zod';
import { defineOperation, type OperationResult } from './operation';

export const operations = {
  createClaim: defineOperation({ name: 'createClaim', permission: 'content:write', input: createClaimSchema, run: createClaim }),
  updateClaim: defineOperation({ name: 'updateClaim', permission: 'content:write', input: updateClaimSchema, run: updateClaim }),
  deleteClaim: defineOperation({ name: 'deleteClaim', permission: 'content:write', input: deleteClaimSchema, run: deleteClaim }),
  mergeClaims: defineOperation({ name: 'mergeClaims', permission: 'content:write', input: mergeClaimsSchema, run: mergeClaims }),
  restoreClaimVersion: defineOperation({
    name: 'restoreClaimVersion',
    permission: 'content:write',
    input: restoreClaimVersionSchema,
    run: restoreClaimVersion,
  }),
  // A deleted claim back, with the quotes and omission marks its deletion removed.
  restoreDeletedClaim: defineOperation({
    name: 'restoreDeletedClaim',
    permission: 'content:write',
    input: restoreDeletedClaimSchema,
    run: restoreDeletedClaim,
  }),
  // "Still holds": clears the re-review flags of one claim x outlet cell.
  confirmCell: defineOperation({ name: 'confirmCell', permission: 'content:write', input: confirmCellSchema, run: confirmCell }),
  createEvidence: defineOperation({ name: 'createEvidence', permission: 'content:write', input: createEvidenceSchema, run: createEvidence }),
  createClaimWithEvidence: defineOperation({
    name: 'createClaimWithEvidence',
    permission: 'content:write',
    input: createClaimWithEvidenceSchema,
    run: createClaimWithEvidence,
  }),
  updateEvidence: defineOperation({ name: 'updateEvidence', permission: 'content:write', input: updateEvidenceSchema, run: updateEvidence }),
  deleteEvidence: defineOperation({ name: 'deleteEvidence', permission: 'content:write', input: deleteEvidenceSchema, run: deleteEvidence }),
  restoreEvidence: defineOperation({ name: 'restoreEvidence', permission: 'content:write', input: restoreEvidenceSchema, run: restoreEvidence }),
  markOmission: defineOperation({ name: 'markOmission', permission: 'content:write', input: markOmissionSchema, run: markOmission }),
  clearOmission: defineOperation({ name: 'clearOmission', permission: 'content:write', input: clearOmissionSchema, run: clearOmission }),
  // The evidence finder: a suggested passage the editor says is not evidence for the claim.
  dismissSuggestion: defineOperation({ name: 'dismissSuggestion', permission: 'content:write', input: dismissSuggestionSchema, run: dismissSuggestion }),
  createUser: defineOperation({ name: 'createUser', permission: 'users:manage', input: createUserInput, run: (db, { input }) => createUser(db, input) }),
  updateUser: defineOperation({ name: 'updateUser', permission: 'users:manage', input: updateUserInput, run: (db, { input }) => updateUser(db, input) }),
  resetUserPassword: defineOperation({
    name: 'resetUserPassword',
    permission: 'users:manage',
    input: resetUserPasswordInput,
    run: (db, { input }) => resetUserPassword(db, input),
  }),
  importArticle: defineOperation({ name: 'importArticle', permission: 'content:write', input: importArticleInput, run: importArticleFile }),
  updateArticle: defineOperation({ name: 'updateArticle', permission: 'content:write', input: updateArticleInput, run: updateArticle }),
  deleteArticle: defineOperation({ name: 'deleteArticle', permission: 'content:write', input: deleteArticleInput, run: deleteArticle }),
  // Display names of a topic per interface language (the canonical name on claims stays).
  setTopicNames: defineOperation({ name: 'setTopicNames', permission: 'content:write', input: setTopicNamesSchema, run: setTopicNames }),
  // Personal API tokens: editors and admins make and revoke their own (admins anyone's).
  createApiToken: defineOperation({ name: 'createApiToken', permission: 'content:write', input: createApiTokenInput, run: createApiToken }),
  revokeApiToken: defineOperation({ name: 'revokeApiToken', permission: 'content:write', input: revokeApiTokenInput, run: revokeApiToken }),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = Parameters<Operations[N]['run']>[1]['input'];
export type OperationOutput<N extends OperationName> = Awaited<ReturnType<Operations[N]['run']>>;
/** What a caller sends for an operation (the schema's input: before defaults and coercion); typed server actions take it. */
export type OperationRawInput<N extends OperationName> = z.input<Operations[N]['input']>;
/** One operation's answer, for server actions and the browser that reads them. */
export type OperationOutcome<N extends OperationName> = OperationResult<OperationOutput<N>>;

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(operations, name);
}
