'use server';
// Admin-only writes on user accounts. Authorisation is checked here, where the write happens.
import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { createUserInput, updateUserInput } from '@/lib/auth/user-input';
import { getPrisma } from '@/lib/db/prisma';
import { createUser } from '@/lib/data/create-user';
import { updateUser } from '@/lib/data/update-user';
import { AppError, isAppError, type FieldErrors } from '@/lib/errors';

export type UserActionResult = { ok: true } | { ok: false; message: string; fieldErrors?: FieldErrors };

async function guarded(work: () => Promise<unknown>): Promise<UserActionResult> {
  try {
    authorize(await getActor(), 'users:manage');
    await work();
    revalidatePath('/admin/users');
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.details.fieldErrors };
    throw error;
  }
}

function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) (errors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return errors;
}

export async function createUserAction(input: unknown): Promise<UserActionResult> {
  return guarded(async () => {
    const parsed = createUserInput.safeParse(input);
    if (!parsed.success) throw new AppError('validation', 'Check the highlighted fields.', { fieldErrors: fieldErrorsOf(parsed.error.issues) });
    await createUser(getPrisma(), parsed.data);
  });
}

export async function updateUserAction(input: unknown): Promise<UserActionResult> {
  return guarded(async () => {
    const parsed = updateUserInput.safeParse(input);
    if (!parsed.success) throw new AppError('validation', parsed.error.issues[0]?.message ?? 'Invalid input.');
    await updateUser(getPrisma(), parsed.data);
  });
}
