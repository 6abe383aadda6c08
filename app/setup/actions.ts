'use server';
// The first admin, made in the browser with the one-time link `npm start` prints while no
// admin exists (lib/data/writes/redeem-setup-token.ts). No session is needed: the token is the
// authority, and it works only while no active admin exists.
import { createUserInput } from '@/lib/auth/user-input';
import { validationError } from '@/lib/claims/claim-input';
import { getPrisma } from '@/lib/db/prisma';
import { redeemSetupToken } from '@/lib/data/writes/redeem-setup-token';
import { localized } from '@/app/operation-action';
import { getT } from '@/lib/i18n/server';
import { toOperationError } from '@/lib/operations/to-operation-error';
import type { OperationError, OperationResult } from '@/lib/operations';

/** The operations' one result shape: the new admin's email, or why not. */
export type SetupActionResult = OperationResult<{ email: string }>;

function refused(code: OperationError['code'], status: number, message: string, field?: string): SetupActionResult {
  return { ok: false, error: { code, status, message, ...(field ? { fieldErrors: { [field]: [message] } } : {}) } };
}

export async function createFirstAdminAction(token: unknown, input: unknown): Promise<SetupActionResult> {
  const t = await getT();
  const fields = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const parsed = await createUserInput.safeParseAsync({ email: fields.email, name: fields.name, password: fields.password, role: 'admin' }, { reportInput: true });
  if (!parsed.success) {
    return localized({ ok: false, error: toOperationError(validationError(parsed.error))! });
  }
  const outcome = await redeemSetupToken(getPrisma(), { token, input: parsed.data });
  if (!outcome.ok) {
    if (outcome.reason === 'email_taken') return refused('conflict', 409, t('setup.emailTaken'), 'email');
    if (outcome.reason === 'admin_exists') return refused('conflict', 409, t('setup.adminExists'));
    return refused('forbidden', 403, t('setup.invalidToken'));
  }
  return { ok: true, data: { email: outcome.user.email } };
}
