// What one write is, for the wrapper that runs them all: a name, the permission it needs,
// the schema its raw input must pass, and the data function that does it.
import type { ZodType } from 'zod';
import type { Actor, Permission } from '../auth/actor';
import type { Db } from '../db/prisma';
import type { AppErrorCode, ErrorMessage, FieldErrors, FieldMessages } from '../errors';

export type Operation<I, O, In = unknown> = {
  name: string;
  permission: Permission;
  /** Parses the raw input (In: what a caller sends, before defaults and coercion) into I. */
  input: ZodType<I, In>;
  run: (db: Db, ctx: { actor: Actor; input: I }) => Promise<O>;
};

export type OperationError = {
  code: AppErrorCode;
  status: number;
  message: string;
  fieldErrors?: FieldErrors;
  details?: Record<string, unknown>;
  /** The message as data, for rendering in the reader's language (lib/i18n/localize-error.ts); absent for plain English. */
  text?: ErrorMessage;
  /** The field messages as data, likewise. */
  fieldMessages?: FieldMessages;
};

export type OperationResult<O> = { ok: true; data: O } | { ok: false; error: OperationError };

/** Ties the schema's output type to the data function's input type. */
export function defineOperation<I, O, In>(operation: Operation<I, O, In>): Operation<I, O, In> {
  return operation;
}
