'use server';
// Admin-only writes on user accounts, through the same runOperation wrapper as every other
// write: authorised ('users:manage') where the write happens, validated, mapped to messages.
// Each answers in the operations' one result shape (OperationResult), typed from the registry.
import type { OperationOutcome, OperationRawInput } from '@/lib/operations';
import { runOperationAction } from '@/app/operation-action';

const USERS_PAGE = { page: '/admin/users' };

export async function createUserAction(input: OperationRawInput<'createUser'>): Promise<OperationOutcome<'createUser'>> {
  return runOperationAction('createUser', input, USERS_PAGE);
}

export async function updateUserAction(input: OperationRawInput<'updateUser'>): Promise<OperationOutcome<'updateUser'>> {
  return runOperationAction('updateUser', input, USERS_PAGE);
}

/** The generated one-time password comes back once, for the admin to hand over. */
export async function resetUserPasswordAction(input: OperationRawInput<'resetUserPassword'>): Promise<OperationOutcome<'resetUserPassword'>> {
  return runOperationAction('resetUserPassword', input, USERS_PAGE);
}
