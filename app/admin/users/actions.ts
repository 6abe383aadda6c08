'use server';
// Admin-only writes on user accounts, through the same runOperation wrapper as every other
// write: authorised ('users:manage') where the write happens, validated, mapped to messages.
// Each answers in the operations' one result shape (OperationResult), typed from the registry.
import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { localizeOperationError } from '@/lib/i18n/localize-error';
import { getLocale } from '@/lib/i18n/server';
import { runOperation, type OperationName, type OperationOutcome, type OperationRawInput } from '@/lib/operations';

type UserOperation = 'createUser' | 'updateUser' | 'resetUserPassword';

async function run<N extends UserOperation & OperationName>(name: N, input: OperationRawInput<N>): Promise<OperationOutcome<N>> {
  const result = await runOperation(getPrisma(), await getActor(), name, input);
  // in the interface language; lib/ and the JSON API keep the English messages
  if (!result.ok) return { ok: false, error: localizeOperationError(result.error, await getLocale()) };
  revalidatePath('/admin/users');
  return result;
}

export async function createUserAction(input: OperationRawInput<'createUser'>): Promise<OperationOutcome<'createUser'>> {
  return run('createUser', input);
}

export async function updateUserAction(input: OperationRawInput<'updateUser'>): Promise<OperationOutcome<'updateUser'>> {
  return run('updateUser', input);
}

/** The generated one-time password comes back once, for the admin to hand over. */
export async function resetUserPasswordAction(input: OperationRawInput<'resetUserPassword'>): Promise<OperationOutcome<'resetUserPassword'>> {
  return run('resetUserPassword', input);
}
