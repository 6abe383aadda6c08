// "Mark omits" for whole claim x outlet cells (the finder's `none` verdict, one cell or a
// bulk selection in the review queue): every unmarked article of the outlet gets the ordinary
// markOmission operation, so each mark is authorised, validated and recorded like a single
// one. Stops at the first refusal and reports how many marks were made before it.
import type { Actor } from '../auth/actor';
import { validationError } from '../claims/claim-input';
import { findCellArticles } from '../data/reads/find-cell-articles';
import type { Db } from '../db/prisma';
import { markCellsOmittedSchema } from '../review/review-input';
import type { OperationResult } from './operation';
import { runOperation } from './run-operation';
import { toOperationError } from './to-operation-error';

export type MarkCellsOmittedResult = { cells: number; marked: number };

export async function markCellsOmitted(db: Db, actor: Actor | null, rawInput: unknown): Promise<OperationResult<MarkCellsOmittedResult>> {
  let cellArticles;
  try {
    const parsed = markCellsOmittedSchema.safeParse(rawInput, { reportInput: true });
    // who may ask is checked first (findCellArticles authorises), as in runOperation
    if (!parsed.success) {
      await findCellArticles(db, { actor, cells: [] });
      throw validationError(parsed.error);
    }
    cellArticles = await findCellArticles(db, { actor, cells: parsed.data.cells });
  } catch (error) {
    const mapped = toOperationError(error);
    if (mapped) return { ok: false, error: mapped };
    throw error;
  }
  let marked = 0;
  for (const { claimId, articleIds } of cellArticles) {
    for (const articleId of articleIds) {
      const result = await runOperation(db, actor, 'markOmission', { claimId, articleId });
      if (!result.ok) return { ok: false, error: { ...result.error, details: { ...result.error.details, marked } } };
      marked++;
    }
  }
  return { ok: true, data: { cells: cellArticles.length, marked } };
}
