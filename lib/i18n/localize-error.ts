// Renders the errors of writes in the interface language at the edge (server actions). lib/
// raises each message as a catalogue key with parameters (lib/errors.ts); the English text is
// what the JSON API and the CLI show, and here the same key is rendered from the reader's
// message file. A message raised as plain English (not converted yet, or not ours, like a
// YAML parser's words) stays as it is. Pure TypeScript.
import type { OperationError } from '../operations/operation';
import { renderErrorMessage } from './error-message';
import type { Locale } from './locale';

/**
 * A copy of `error` with its message and every field message in `locale`. Code, status, field
 * names and details are unchanged; the keyed forms (`text`, `fieldMessages`) are dropped.
 */
export function localizeOperationError<E extends OperationError>(error: E, locale: Locale): E {
  const { text, fieldMessages, ...rest } = error;
  const message = text ? renderErrorMessage(text, locale) : error.message;
  if (!rest.fieldErrors) return { ...rest, message } as E;
  const fieldErrors = Object.fromEntries(
    Object.entries(rest.fieldErrors).map(([field, messages]) => [
      field,
      messages.map((m, index) => {
        const keyed = fieldMessages?.[field]?.[index];
        return keyed === undefined ? m : renderErrorMessage(keyed, locale);
      }),
    ]),
  );
  return { ...rest, message, fieldErrors } as E;
}
