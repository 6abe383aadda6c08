// The one place that decides which claims a reader may see: drafts only for those who may
// write them (editors and admins, by the 'drafts:read' permission), published claims for
// everyone else. Every page, server action and API read asks this.
import { can, type Actor } from '../../auth/actor';
import type { ReadScope } from '../types';

export function readScopeOf(actor: Actor | null): ReadScope {
  return { includeDrafts: can(actor, 'drafts:read') };
}
