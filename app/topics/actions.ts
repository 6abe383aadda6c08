'use server';
// Naming topics per interface language, through runOperation like every other write. Every
// page that shows a topic is refreshed: the table's filter, claim pages, the review queue, reports.
import type { OperationOutcome, OperationRawInput } from '@/lib/operations';
import { runOperationAction } from '@/app/operation-action';

export async function setTopicNamesAction(input: OperationRawInput<'setTopicNames'>): Promise<OperationOutcome<'setTopicNames'>> {
  return runOperationAction('setTopicNames', input);
}
