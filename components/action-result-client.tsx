'use client';
// Owns how the browser reads server-action results (the operations' one result shape,
// OperationResult, typed from the registry through app/actions.ts) and shows their errors:
// field messages beside the field, the rest in one alert, with a reload offer when someone
// else changed the record first.
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import type { ClaimSearchHitDto } from '@/lib/data/types';
import type { OperationError, OperationName, OperationOutcome, OperationRawInput, OperationResult } from '@/lib/operations';

/** The server could not be reached (or threw): the one failure the browser makes itself. */
type NetworkError = { code: 'network'; status: 0; message: string; fieldErrors?: undefined };

export type ActionError = OperationError | NetworkError;

/** An action's answer as the browser sees it: the operation's result, or a network failure. */
export type ActionResult<T> = OperationResult<T> | { ok: false; error: NetworkError };

/** A server action of one write operation, typed from the operations registry (app/actions.ts). */
export type OperationAction<N extends OperationName> = (input: OperationRawInput<N>) => Promise<OperationOutcome<N>>;

/** The server actions the annotation UI calls; the page passes them in. */
export type AnnotationActions = {
  searchClaims: (query: string) => Promise<ClaimSearchHitDto[]>;
  createEvidence: OperationAction<'createEvidence'>;
  createClaimWithEvidence: OperationAction<'createClaimWithEvidence'>;
  updateEvidence: OperationAction<'updateEvidence'>;
  deleteEvidence: OperationAction<'deleteEvidence'>;
  markOmission: OperationAction<'markOmission'>;
  clearOmission: OperationAction<'clearOmission'>;
};

/** Nested inputs report "evidence.note" or "claim.text": the form's field is the last part. */
function byField(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const field = key.split('.').pop() ?? key;
    out[field] = [...(out[field] ?? []), ...messages];
  }
  return out;
}

/** Calls an action; a network failure or thrown error becomes an ActionResult too. */
export async function runAction<T>(call: () => Promise<OperationResult<T>>): Promise<ActionResult<T>> {
  try {
    const result = await call();
    return result.ok ? result : { ok: false, error: { ...result.error, fieldErrors: byField(result.error.fieldErrors) } };
  } catch {
    return { ok: false, error: { code: 'network', status: 0, message: 'Could not reach the server. Check the connection and try again.' } };
  }
}

/** Messages for one field, rendered under it; pair with aria-describedby on the input. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {messages.join(' ')}
    </p>
  );
}

/**
 * The general error of a form: the message plus any field errors that have no field on
 * screen. A conflict (someone else saved first) offers a reload.
 */
export function FormAlert({ error, shownFields = [], onReload }: { error: ActionError | null; shownFields?: string[]; onReload?: () => void }) {
  const t = useTranslations();
  if (!error) return null;
  const other = Object.entries(error.fieldErrors ?? {}).filter(([field]) => !shownFields.includes(field));
  const onlyFieldErrors = error.code === 'validation' && other.length === 0 && Object.keys(error.fieldErrors ?? {}).length > 0;
  // The two messages made here in the browser follow the interface language; the server's stay as sent.
  const message = error.code === 'network' ? t('actionError.network') : error.message;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
      <p>{onlyFieldErrors ? t('actionError.correctFields') : message}</p>
      {other.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {other.map(([field, messages]) => (
            <li key={field}>
              {/* "_form" holds messages about the input as a whole */}
              {field.startsWith('_') ? '' : `${field}: `}
              {messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
      {error.code === 'conflict' && onReload && (
        <button type="button" onClick={onReload} className="mt-2 rounded border border-red-400 bg-white px-2 py-1 font-medium hover:bg-red-100">
          {t('common.reload')}
        </button>
      )}
    </div>
  );
}

/** Runs one write at a time and keeps its error and a spoken status. */
export function useActionRunner() {
  const [error, setError] = useState<ActionError | null>(null);
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();
  const run = <T,>(call: () => Promise<OperationResult<T>>, done: string, after?: () => void) =>
    startTransition(async () => {
      const result = await runAction(call);
      if (!result.ok) {
        setError(result.error);
        setStatus('');
        return;
      }
      setError(null);
      setStatus(done);
      after?.();
    });
  return { error, setError, status, pending, run };
}
