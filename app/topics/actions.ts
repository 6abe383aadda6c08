'use server';
// Naming topics per interface language, through runOperation like every other write.
import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { localizeOperationError } from '@/lib/i18n/localize-error';
import { getLocale } from '@/lib/i18n/server';
import { runOperation, type OperationOutcome, type OperationRawInput } from '@/lib/operations';

export async function setTopicNamesAction(input: OperationRawInput<'setTopicNames'>): Promise<OperationOutcome<'setTopicNames'>> {
  const result = await runOperation(getPrisma(), await getActor(), 'setTopicNames', input);
  if (!result.ok) return { ok: false, error: localizeOperationError(result.error, await getLocale()) };
  // Every page that shows a topic: the table's filter, claim pages, the review queue, reports.
  revalidatePath('/', 'layout');
  return result;
}
