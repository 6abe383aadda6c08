// Input for creating and changing user accounts, shared by the admin UI and the CLI. A new
// password must pass lib/auth/password-strength.ts, judged against the account's own email
// and name.
import { z } from 'zod';
import { rowIdSchema } from '../claims/shapes';
import { PASSWORD_MAX, PASSWORD_MIN, PASSWORD_TOO_SHORT, PASSWORD_TOO_WEAK, passwordProblem } from './password-strength';

// Messages are keys of the serverErrors catalogue (lib/i18n/messages); see lib/errors.ts.

const noMarkup = (value: string) => !/<\s*[/!a-zA-Z]/.test(value);

export const roleSchema = z.enum(['admin', 'editor', 'reader']);

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'auth.validEmail' }).max(254));
const passwordSchema = z.string().min(PASSWORD_MIN, 'auth.passwordTooShort').max(PASSWORD_MAX);

/** Refuses a guessable password, as a message on the `password` field (async: parse these schemas with safeParseAsync). */
async function strongPassword(value: { password: string; email: string; name?: string }, ctx: z.RefinementCtx) {
  const problem = await passwordProblem(value.password, [value.email, value.name ?? '']);
  if (!problem) return;
  const keyed = { [PASSWORD_TOO_WEAK]: { message: 'auth.passwordTooWeak' }, [PASSWORD_TOO_SHORT]: { message: 'auth.passwordTooShort', params: { min: PASSWORD_MIN } } }[problem];
  ctx.addIssue({ code: 'custom', path: ['password'], message: problem, ...keyed });
}

export const createUserInput = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1, 'auth.enterName').max(100).refine(noMarkup, 'auth.htmlNotAllowed'),
    role: roleSchema,
    password: passwordSchema,
  })
  .superRefine(strongPassword);

/** A new password for an existing account (`users password`). */
export const setPasswordInput = z.object({ email: emailSchema, name: z.string().optional(), password: passwordSchema }).superRefine(strongPassword);

export const updateUserInput = z
  .object({
    id: rowIdSchema,
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, { message: 'auth.nothingToChange' });

/** An admin's reset of someone's password to a generated one-time password. */
export const resetUserPasswordInput = z.object({ id: rowIdSchema });

export type CreateUserInput = z.infer<typeof createUserInput>;
export type ResetUserPasswordInput = z.infer<typeof resetUserPasswordInput>;
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, 'auth.nameTheToken').max(100).refine(noMarkup, 'auth.htmlNotAllowed'),
  userId: rowIdSchema.optional(),
});

export const revokeApiTokenInput = z.object({ id: rowIdSchema });
