'use client';
// The one in-page confirmation for every destructive action (deleting a claim or a quote,
// revoking a token, resetting a password): the button turns into a short question with the
// action and "Keep" side by side. No window.confirm: it cannot be styled, translated by the
// page or tested like the rest, and some browsers suppress it. Focus follows the question in
// and back out, so keyboard users are not dropped.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'use-intl/react';

export function ConfirmButton({
  label,
  srLabel,
  question,
  confirmLabel,
  pendingLabel,
  pending = false,
  disabled = false,
  className = 'rounded border border-red-300 px-3 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-50',
  onConfirm,
}: {
  /** The button's text ("Delete"). */
  label: string;
  /** Said only to screen readers after the label: what is deleted, when the row does not say. */
  srLabel?: string;
  /** The question ("Delete this quote? Its history is kept."). */
  question: string;
  /** The confirming button's text ("Delete quote"). */
  confirmLabel: string;
  pendingLabel?: string;
  pending?: boolean;
  disabled?: boolean;
  className?: string;
  onConfirm: () => void;
}) {
  const t = useTranslations();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const shown = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (shown.current) openRef.current?.focus();
    shown.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={openRef} type="button" className={className} disabled={disabled || pending} onClick={() => setAsking(true)} data-confirm-open="">
        {label}
        {srLabel && <span className="sr-only"> {srLabel}</span>}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={`${id}-q`} className="space-y-2 rounded border border-red-300 bg-red-50 p-2 text-sm" data-confirm="">
      <p id={`${id}-q`}>{question}</p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={confirmRef}
          type="button"
          disabled={pending}
          className="rounded bg-red-700 px-3 py-1 font-medium text-white hover:bg-red-800 disabled:opacity-60"
          onClick={() => {
            onConfirm();
            setAsking(false);
          }}
        >
          {pending && pendingLabel ? pendingLabel : confirmLabel}
        </button>
        <button type="button" className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100" onClick={() => setAsking(false)}>
          {t('common.keep')}
        </button>
      </div>
    </div>
  );
}
