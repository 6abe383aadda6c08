'use client';
// Owns how the annotation UI reads server-action results (OperationResult from
// app/actions.ts) and shows their errors: field messages beside the field, the rest in
// one alert, with a reload offer when someone else changed the record first.
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import type { ClaimKind } from '@/lib/claims/claim-kind';

export type ActionError = {
  code: string;
  status: number;
  message: string;
  fieldErrors?: Record<string, string[]>;
};

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** A quote anchored in an article, with its stance, as the annotation UI sends it. */
type EvidenceInput = {
  articleId: number;
  stance: 'states' | 'contradicts';
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  statedValue?: string;
  note?: string;
};

/** The server actions the annotation UI calls; the page passes them in. */
export type AnnotationActions = {
  searchClaims: (query: string) => Promise<unknown>;
  createEvidence: (input: EvidenceInput & { claimId: number }) => Promise<unknown>;
  createClaimWithEvidence: (input: { claim: { text: string; kind: ClaimKind }; evidence: EvidenceInput }) => Promise<unknown>;
  updateEvidence: (input: {
    id: number;
    version: number;
    stance?: 'states' | 'contradicts';
    note?: string;
    statedValue?: string;
  }) => Promise<unknown>;
  deleteEvidence: (input: { id: number; version: number }) => Promise<unknown>;
  markOmission: (input: { claimId: number; articleId: number; note?: string }) => Promise<unknown>;
  clearOmission: (input: { claimId: number; articleId: number }) => Promise<unknown>;
};

const UNEXPECTED: ActionError = { code: 'unexpected', status: 500, message: 'The server gave an unexpected answer. Try again.' };

function toFieldErrors(value: unknown): Record<string, string[]> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(value)) {
    if (!Array.isArray(messages)) continue;
    // Nested inputs may report "evidence.note" or "claim.text": the field is the last part.
    const field = key.split('.').pop() ?? key;
    out[field] = [...(out[field] ?? []), ...messages.filter((m): m is string => typeof m === 'string')];
  }
  return out;
}

/** Reads an action's answer defensively: anything unexpected becomes a general error. */
export function toActionResult<T>(value: unknown): ActionResult<T> {
  if (!value || typeof value !== 'object' || !('ok' in value)) return { ok: false, error: UNEXPECTED };
  if (value.ok === true && 'data' in value) return { ok: true, data: value.data as T };
  const error = 'error' in value ? value.error : null;
  if (!error || typeof error !== 'object') return { ok: false, error: UNEXPECTED };
  const e = error as Record<string, unknown>;
  const fieldErrors = toFieldErrors(e.fieldErrors ?? (e.details as Record<string, unknown> | undefined)?.fieldErrors);
  return {
    ok: false,
    error: {
      code: typeof e.code === 'string' ? e.code : 'unexpected',
      status: typeof e.status === 'number' ? e.status : 500,
      message: typeof e.message === 'string' ? e.message : UNEXPECTED.message,
      fieldErrors,
    },
  };
}

/** Calls an action; a network failure or thrown error becomes an ActionResult too. */
export async function runAction<T>(call: () => Promise<unknown>): Promise<ActionResult<T>> {
  try {
    return toActionResult<T>(await call());
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
  const message =
    error.code === 'network'
      ? t('actionError.network')
      : error.code === 'unexpected' && error.message === UNEXPECTED.message
        ? t('actionError.unexpected')
        : error.message;
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
  const run = (call: () => Promise<unknown>, done: string, after?: () => void) =>
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
