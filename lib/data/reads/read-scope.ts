// The one place that decides which claims a reader may see: drafts only for those who may
// write them (editors and admins, by the 'drafts:read' permission), published claims for
// everyone else. Every page, server action and API read asks this.
import { can, type Actor } from '../../auth/actor';
import type { ClaimStatus } from '../../claims/shapes';
import type { ReadScope } from '../types';

export function readScopeOf(actor: Actor | null): ReadScope {
  return { includeDrafts: can(actor, 'drafts:read') };
}

/** The one status a scope keeps, or undefined for every status. */
export function scopeStatus(scope: ReadScope): ClaimStatus | undefined {
  return scope.includeDrafts ? scope.status : 'published';
}

/** Whether a claim with this status is one the scope may return. */
export function inReadScope(status: ClaimStatus, scope: ReadScope): boolean {
  const kept = scopeStatus(scope);
  return kept === undefined || kept === status;
}
