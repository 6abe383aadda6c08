'use client';
// What a highlight stands for: each quote's claim (linked) and stance; editors can also
// change the stance, stated value and note, or delete the quote. Writes carry the version
// the page was rendered with, so a stale edit is refused with a reload offer.
import Link from '@/components/link';
import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import type { Stance } from '@/lib/claims';
import { FormAlert, runAction, type ActionError, type AnnotationActions } from './action-result-client';
import type { OperationResult } from '@/lib/operations';
import { ConfirmButton } from './confirm-button-client';
import { EvidenceTextFields } from './evidence-text-fields-client';
import { StanceBadge } from './stance-badge';
import { StanceField } from './stance-field-client';
import type { ArticleEvidenceDto } from '@/lib/data/types';

export type AnnotatedEvidence = Pick<
  ArticleEvidenceDto,
  'id' | 'claimId' | 'claimText' | 'claimLang' | 'claimStatus' | 'stance' | 'exact' | 'statedValue' | 'note'
> & {
  /** Null for readers, who never write. */
  version: number | null;
};

export function EvidenceDetails({
  evidence,
  lang,
  actions,
  onDone,
  onReload,
}: {
  evidence: AnnotatedEvidence[];
  lang: string;
  /** Given only to editors; without them the details are read-only. */
  actions?: Pick<AnnotationActions, 'updateEvidence' | 'deleteEvidence'>;
  /** After a write: what it did, so the page can say so. */
  onDone: (what: 'updated' | 'deleted') => void;
  onReload: () => void;
}) {
  const t = useTranslations();
  if (evidence.length === 0) return <p className="text-sm text-slate-600">{t('evidence.gone')}</p>;
  return (
    <ul className="space-y-4">
      {evidence.map((item) => (
        <li key={item.id} className="space-y-2 border-t border-slate-100 pt-3 first:border-t-0 first:pt-0" data-evidence-id={item.id}>
          <p className="flex flex-wrap items-center gap-2">
            <StanceBadge stance={item.stance} size="sm" />
            {item.claimStatus === 'draft' && <span className="rounded bg-slate-200 px-1.5 text-xs font-medium text-slate-700">{t('common.draft')}</span>}
          </p>
          <p>
            <Link href={`/claims/${item.claimId}`} className="font-medium text-blue-700 hover:underline" lang={item.claimLang}>
              {item.claimText}
            </Link>
          </p>
          <blockquote lang={lang} className="border-l-4 border-slate-200 pl-2 text-sm text-slate-700">
            {item.exact}
          </blockquote>
          {actions && item.version !== null ? (
            // Keyed by version: when a reload brings a newer version, the form starts from it.
            <EvidenceEditor key={item.version} evidence={item} version={item.version} lang={lang} actions={actions} onDone={onDone} onReload={onReload} />
          ) : (
            <>
              {item.statedValue && (
                <p className="text-sm text-slate-600">
                  {t('common.statedValueLabel')} <span lang={lang}>{item.statedValue}</span>
                </p>
              )}
              {item.note && <p className="text-sm text-slate-600">{t('common.noteLabel', { note: item.note })}</p>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

const SHOWN_FIELDS = ['stance', 'note', 'statedValue'];

function EvidenceEditor({
  evidence,
  version,
  lang,
  actions,
  onDone,
  onReload,
}: {
  evidence: AnnotatedEvidence;
  version: number;
  lang: string;
  actions: Pick<AnnotationActions, 'updateEvidence' | 'deleteEvidence'>;
  onDone: (what: 'updated' | 'deleted') => void;
  onReload: () => void;
}) {
  const t = useTranslations();
  const id = useId();
  const [stance, setStance] = useState<Stance>(evidence.stance);
  const [note, setNote] = useState(evidence.note ?? '');
  const [statedValue, setStatedValue] = useState(evidence.statedValue ?? '');
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldErrors = error?.fieldErrors ?? {};
  const unchanged = stance === evidence.stance && note === (evidence.note ?? '') && statedValue === (evidence.statedValue ?? '');

  const run = <T,>(call: () => Promise<OperationResult<T>>, what: 'updated' | 'deleted' = 'updated') =>
    startTransition(async () => {
      const result = await runAction(call);
      if (result.ok) onDone(what);
      else setError(result.error);
    });

  return (
    <form
      className="space-y-2"
      aria-busy={pending}
      aria-label={t('evidence.editLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        // Only what changed: an emptied field is sent as "" (cleared).
        run(() =>
          actions.updateEvidence({
            id: evidence.id,
            version,
            ...(stance !== evidence.stance ? { stance } : {}),
            ...(note !== (evidence.note ?? '') ? { note: note.trim() } : {}),
            ...(statedValue !== (evidence.statedValue ?? '') ? { statedValue: statedValue.trim() } : {}),
          }),
        );
      }}
    >
      <StanceField value={stance} onChange={setStance} errors={fieldErrors.stance} />
      <EvidenceTextFields
        idPrefix={id}
        lang={lang}
        statedValue={statedValue}
        onStatedValueChange={setStatedValue}
        note={note}
        onNoteChange={setNote}
        fieldErrors={fieldErrors}
        statedValueHint={t('common.optional')}
        inputClassName="mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm"
      />
      <FormAlert error={error} shownFields={SHOWN_FIELDS} onReload={onReload} />
      <div className="flex flex-wrap items-start gap-2">
        <button type="submit" disabled={pending || unchanged} className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60">
          {pending ? t('common.saving') : t('common.saveChanges')}
        </button>
        <ConfirmButton
          label={t('evidence.delete')}
          question={t('evidence.confirmText')}
          confirmLabel={t('evidence.deleteQuote')}
          pendingLabel={t('evidence.deleting')}
          pending={pending}
          onConfirm={() => run(() => actions.deleteEvidence({ id: evidence.id, version }), 'deleted')}
        />
      </div>
    </form>
  );
}
