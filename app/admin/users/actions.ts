'use server';
// Admin-only writes on user accounts, through the same runOperation wrapper as every other
// write: authorised ('users:manage') where the write happens, validated, mapped to messages.
import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import type { FieldErrors } from '@/lib/errors';
import { localizeOperationError } from '@/lib/i18n/localize-error';
import { getLocale } from '@/lib/i18n/server';
import { runOperation } from '@/lib/operations';

export type UserActionResult = { ok: true } | { ok: false; message: string; fieldErrors?: FieldErrors };

async function run(name: 'createUser' | 'updateUser', input: unknown): Promise<UserActionResult> {
  const result = await runOperation(getPrisma(), await getActor(), name, input);
  if (!result.ok) {
    // In the interface language; lib/ and the JSON API keep the English messages.
    const error = localizeOperationError(result.error, await getLocale());
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  }
  revalidatePath('/admin/users');
  return { ok: true };
}

export async function createUserAction(input: unknown): Promise<UserActionResult> {
  return run('createUser', input);
}

export async function updateUserAction(input: unknown): Promise<UserActionResult> {
  return run('updateUser', input);
}

export type ResetPasswordResult = { ok: true; password: string } | { ok: false; message: string };

/** The generated one-time password comes back once, for the admin to hand over. */
export async function resetUserPasswordAction(input: unknown): Promise<ResetPasswordResult> {
  const result = await runOperation(getPrisma(), await getActor(), 'resetUserPassword', input);
  if (!result.ok) return { ok: false, message: localizeOperationError(result.error, await getLocale()).message };
  return { ok: true, password: result.data.password };
}
