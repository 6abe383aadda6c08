// The one way a write runs, for server actions and the JSON API alike: authorise first (so a
// caller without the permission learns nothing about ids or whether the input was valid),
// then validate the raw input, then run the data function. Expected failures come back as
// { ok: false, error } with the HTTP status to use; anything unexpected is rethrown.
import { authorize, type Actor } from '../auth/actor';
import { validationError } from '../claims/claim-input';
import type { Db } from '../db/prisma';
import { AppError, errorMessage } from '../errors';
import type { Operation, OperationResult } from './operation';
import { isOperationName, operations, type OperationName, type OperationOutput } from './registry';
import { toOperationError } from './to-operation-error';

export async function runOperation<N extends OperationName>(
  db: Db,
  actor: Actor | null,
  name: N,
  rawInput: unknown,
): Promise<OperationResult<OperationOutput<N>>> {
  try {
    if (!isOperationName(name)) throw new AppError('not_found', errorMessage('operation.unknown', { name: JSON.stringify(String(name)) }));
    const operation = operations[name] as unknown as Operation<unknown, OperationOutput<N>>;
    authorize(actor, operation.permission);
    // Async: some checks load data on first use (the password dictionaries).
    const parsed = await operation.input.safeParseAsync(rawInput, { reportInput: true });
    if (!parsed.success) throw validationError(parsed.error);
    return { ok: true, data: await operation.run(db, { actor, input: parsed.data }) };
  } catch (error) {
    const mapped = toOperationError(error);
    if (mapped) return { ok: false, error: mapped };
    throw error;
  }
}
