'use server';
// The first admin, made in the browser with the one-time link `npm start` prints while no
// admin exists (lib/data/writes/redeem-setup-token.ts). No session is needed: the token is the
// authority, and it works only while no active admin exists.
import { createUserInput } from '@/lib/auth/user-input';
import { validationError } from '@/lib/claims/claim-input';
import { getPrisma } from '@/lib/db/prisma';
import { redeemSetupToken } from '@/lib/data/writes/redeem-setup-token';
import type { FieldErrors } from '@/lib/errors';
import { localizeOperationError } from '@/lib/i18n/localize-error';
import { getLocale, getT } from '@/lib/i18n/server';
import { toOperationError } from '@/lib/operations/to-operation-error';

export type SetupActionResult = { ok: true; email: string } | { ok: false; message: string; fieldErrors?: FieldErrors };

export async function createFirstAdminAction(token: unknown, input: unknown): Promise<SetupActionResult> {
  const t = await getT();
  const fields = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const parsed = await createUserInput.safeParseAsync({ email: fields.email, name: fields.name, password: fields.password, role: 'admin' }, { reportInput: true });
  if (!parsed.success) {
    const error = localizeOperationError(toOperationError(validationError(parsed.error))!, await getLocale());
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  }
  const outcome = await redeemSetupToken(getPrisma(), { token, input: parsed.data });
  if (!outcome.ok) {
    if (outcome.reason === 'email_taken') return { ok: false, message: t('setup.emailTaken'), fieldErrors: { email: [t('setup.emailTaken')] } };
    return { ok: false, message: t(outcome.reason === 'admin_exists' ? 'setup.adminExists' : 'setup.invalidToken') };
  }
  return { ok: true, email: outcome.user.email };
}
