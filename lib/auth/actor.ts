// Who is asking, and what each role may do. Pure: the session lookup that produces an Actor
// lives at the edge (lib/auth/session.ts); every write checks the Actor here first.
import { AppError, errorMessage } from '../errors';

export type Role = 'admin' | 'editor' | 'reader';

export type Actor = {
  userId: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
};

export type Permission = 'content:write' | 'users:manage' | 'drafts:read';

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ['content:write', 'users:manage', 'drafts:read'],
  editor: ['content:write', 'drafts:read'],
  reader: [],
};

export function can(actor: Actor | null, permission: Permission): boolean {
  return Boolean(actor && !actor.disabled && GRANTS[actor.role].includes(permission));
}

/** Throws 401 for nobody, 403 for a disabled account or a role without the permission. */
export function authorize(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError('unauthenticated', errorMessage('auth.signIn'));
  if (actor.disabled) throw new AppError('forbidden', errorMessage('auth.accountDisabled'));
  if (!GRANTS[actor.role].includes(permission)) {
    throw new AppError('forbidden', errorMessage('auth.roleNotAllowed', { role: { term: 'role', value: actor.role } }));
  }
}
