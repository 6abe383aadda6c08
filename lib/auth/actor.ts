// Who is asking, and what each role may do. Pure: the session lookup that produces an Actor
// lives at the edge (lib/auth/session.ts); every write checks the Actor here first.
import { AppError } from '../errors';

export type Role = 'admin' | 'editor' | 'reader';

export type Actor = {
  userId: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  /**
   * Signed in with a one-time password from an admin's reset: until the user sets their own,
   * every permission is refused (an API token's actor never carries it: tokens are unaffected).
   */
  mustChangePassword?: boolean;
};

/** The Actor of a Better Auth session's user (its additional fields as lib/auth/auth.ts declares them). */
export function actorFromSessionUser(user: { id: string | number; email: string; name: string; role?: unknown; disabled?: unknown; mustChangePassword?: unknown }): Actor {
  return {
    userId: Number(user.id),
    email: user.email,
    name: user.name,
    role: user.role as Role,
    disabled: Boolean(user.disabled),
    mustChangePassword: Boolean(user.mustChangePassword),
  };
}

export const PASSWORD_CHANGE_REQUIRED = 'Choose a new password on your account page first.';

export type Permission = 'content:write' | 'users:manage' | 'drafts:read';

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ['content:write', 'users:manage', 'drafts:read'],
  editor: ['content:write', 'drafts:read'],
  reader: [],
};

export function can(actor: Actor | null, permission: Permission): boolean {
  return Boolean(actor && !actor.disabled && !actor.mustChangePassword && GRANTS[actor.role].includes(permission));
}

/** Throws 401 for nobody, 403 for a disabled account, one that must first change its password, or a role without the permission. */
export function authorize(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError('unauthenticated', 'Sign in to do this.');
  if (actor.disabled) throw new AppError('forbidden', 'This account is disabled.');
  if (actor.mustChangePassword) throw new AppError('forbidden', PASSWORD_CHANGE_REQUIRED);
  if (!GRANTS[actor.role].includes(permission)) {
    throw new AppError('forbidden', `Your role (${actor.role}) does not allow this.`);
  }
}
