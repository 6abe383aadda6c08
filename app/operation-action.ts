// What every write's server action does around runOperation: find who is asking, run it,
// refresh what it changed, and give a failure's messages in the interface language (lib/ and
// the JSON API keep them in English). Not a 'use server' module itself: the action files
// (app/actions.ts, app/admin/users/actions.ts, app/topics/actions.ts) export the actions.
import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { localizeOperationError } from '@/lib/i18n/localize-error';
import { getLocale } from '@/lib/i18n/server';
import { runOperation, type OperationName, type OperationOutcome, type OperationRawInput, type OperationResult } from '@/lib/operations';

/** A failure's messages in the interface language. */
export async function localized<O>(result: OperationResult<O>): Promise<OperationResult<O>> {
  if (result.ok) return result;
  return { ok: false, error: localizeOperationError(result.error, await getLocale()) };
}

/** Every page (claims, topics and outlets show everywhere), or one page. */
export type Refresh = { layout: '/' } | { page: string } | null;

/** Refreshes what a successful write changed. */
export function refresh(what: Refresh): void {
  if (what === null) return;
  if ('layout' in what) revalidatePath(what.layout, 'layout');
  else revalidatePath(what.page);
}

export const EVERY_PAGE: Refresh = { layout: '/' };

/** Runs one operation for the asking user, refreshes `what` when it succeeds, localizes a failure. */
export async function runOperationAction<N extends OperationName>(name: N, input: OperationRawInput<N>, what: Refresh = EVERY_PAGE): Promise<OperationOutcome<N>> {
  const result = await runOperation(getPrisma(), await getActor(), name, input);
  if (result.ok) refresh(what);
  return localized(result);
}
