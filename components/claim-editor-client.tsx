'use client';
// Editor controls on the claim page: edit the claim's fields, publish or unpublish, merge it
// into another claim, delete it; mark an outlet's article as omitting the claim; restore
// from history; confirm a cell that needs re-review; bring back a deleted claim. Every change goes through the server actions (validated, authorised, recorded).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import { ConfirmButton } from './confirm-button-client';
import {
  clearOmissionAction,
  confirmCellAction,
  deleteClaimAction,
  markOmissionAction,
  mergeClaimsAction,
  restoreClaimVersionAction,
  restoreDeletedClaimAction,
  restoreEvidenceAction,
  searchClaimsAction,
  updateClaimAction,
} from '@/app/actions';
import { CLAIM_KINDS, COMPARATORS } from '@/lib/claims';
import type { ClaimKind } from '@/lib/claims/claim-kind';
import type { OperationResult } from '@/lib/operations';
import type { ClaimDto } from '@/lib/data/types';
import { FieldError, FormAlert, runAction, type ActionError } from './action-result-client';
import { ClaimPicker, type ClaimOption } from './claim-picker-client';

const input = 'mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm';
const button = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50';
const primary = 'rounded bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-50';

function useAction() {
  const router = useRouter();
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();
  const run = <T,>(call: () => Promise<OperationResult<T>>, onOk?: (data: T) => void) =>
    startTransition(async () => {
      const result = await runAction(call);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      if (onOk) onOk(result.data);
      else router.refresh();
    });
  return { error, pending, run, router };
}

type Field = 'text' | 'gloss' | 'topics' | 'kind' | 'value' | 'comparator' | 'unit' | 'asOf';
const SHOWN: Field[] = ['text', 'gloss', 'topics', 'kind', 'value', 'comparator', 'unit', 'asOf'];

export function ClaimEditorClient({ claim }: { claim: ClaimDto }) {
  const t = useTranslations();
  const { error, pending, run, router } = useAction();
  const [editing, setEditing] = useState(false);
  const [mergeTarget, setMergeTarget] = useState<ClaimOption | null>(null);
  const errors = error?.fieldErrors ?? {};
  const describedBy = (field: Field) => (errors[field] ? `claim-${field}-error` : undefined);

  function save(form: HTMLFormElement) {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    run(
      () =>
        updateClaimAction({
          id: claim.id,
          version: claim.version,
          text: text('text'),
          gloss: text('gloss') || null,
          topics: text('topics').split(',').map((t) => t.trim()).filter(Boolean),
          // the form's select offers the kinds; the server validates whatever arrives
          kind: text('kind') as ClaimKind,
          value: text('value') === '' ? null : text('value'),
          comparator: text('comparator') || null,
          unit: text('unit') || null,
          asOf: text('asOf') || null,
        }),
      () => {
        setEditing(false);
        router.refresh();
      },
    );
  }

  return (
    <section aria-labelledby="editor-tools" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/50 p-4">
      <h2 id="editor-tools" className="font-semibold">{t('editor.tools')}</h2>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
          {editing ? t('editor.cancelEditing') : t('editor.edit')}
        </button>
        <button
          type="button"
          className={button}
          disabled={pending}
          onClick={() => run(() => updateClaimAction({ id: claim.id, version: claim.version, status: claim.status === 'published' ? 'draft' : 'published' }))}
        >
          {claim.status === 'published' ? t('editor.unpublish') : t('editor.publish')}
        </button>
        <ConfirmButton
          label={t('editor.delete')}
          question={t('editor.confirmDelete')}
          confirmLabel={t('editor.delete')}
          className={`${button} text-red-700`}
          pending={pending}
          onConfirm={() =>
            run(() => deleteClaimAction({ id: claim.id, version: claim.version }), () => {
              router.push('/');
              router.refresh();
            })
          }
        />
      </div>

      {editing && (
        <form
          className="grid gap-3 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            save(event.currentTarget);
          }}
          noValidate
        >
          <div className="sm:col-span-2">
            <label htmlFor="claim-text" className="text-sm font-medium">{t('editor.claim')}</label>
            <textarea id="claim-text" name="text" defaultValue={claim.text} rows={2} className={input} aria-invalid={Boolean(errors.text)} aria-describedby={describedBy('text')} />
            <FieldError id="claim-text-error" messages={errors.text} />
          </div>
          <div className="sm:col-span-2">
            <label htmlFor="claim-gloss" className="text-sm font-medium">{t('editor.gloss')}</label>
            <input id="claim-gloss" name="gloss" defaultValue={claim.gloss ?? ''} className={input} aria-invalid={Boolean(errors.gloss)} aria-describedby={describedBy('gloss')} />
            <FieldError id="claim-gloss-error" messages={errors.gloss} />
          </div>
          <div>
            <label htmlFor="claim-topics" className="text-sm font-medium">{t('editor.topics')}</label>
            <input id="claim-topics" name="topics" defaultValue={claim.topics.join(', ')} className={input} aria-invalid={Boolean(errors.topics)} aria-describedby={describedBy('topics')} />
            <FieldError id="claim-topics-error" messages={errors.topics} />
          </div>
          <div>
            <label htmlFor="claim-kind" className="text-sm font-medium">{t('common.kind')}</label>
            <select id="claim-kind" name="kind" defaultValue={claim.kind} className={input}>
              {CLAIM_KINDS.map((k) => (
                <option key={k} value={k}>{t(`claimKind.${k}`)}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="claim-comparator" className="text-sm font-medium">{t('editor.comparator')}</label>
            <select id="claim-comparator" name="comparator" defaultValue={claim.comparator ?? ''} className={input} aria-invalid={Boolean(errors.comparator)} aria-describedby={describedBy('comparator')}>
              <option value="">—</option>
              {COMPARATORS.map((c) => (
                <option key={c} value={c}>{t(`comparator.${c}`)}</option>
              ))}
            </select>
            <FieldError id="claim-comparator-error" messages={errors.comparator} />
          </div>
          <div>
            <label htmlFor="claim-value" className="text-sm font-medium">{t('editor.value')}</label>
            <input id="claim-value" name="value" inputMode="decimal" defaultValue={claim.value ?? ''} className={input} aria-invalid={Boolean(errors.value)} aria-describedby={describedBy('value')} />
            <FieldError id="claim-value-error" messages={errors.value} />
          </div>
          <div>
            <label htmlFor="claim-unit" className="text-sm font-medium">{t('editor.unit')}</label>
            <input id="claim-unit" name="unit" defaultValue={claim.unit ?? ''} className={input} aria-invalid={Boolean(errors.unit)} aria-describedby={describedBy('unit')} />
            <FieldError id="claim-unit-error" messages={errors.unit} />
          </div>
          <div>
            <label htmlFor="claim-asOf" className="text-sm font-medium">{t('editor.asOf')}</label>
            <input id="claim-asOf" name="asOf" type="date" defaultValue={claim.asOf ?? ''} className={input} aria-invalid={Boolean(errors.asOf)} aria-describedby={describedBy('asOf')} />
            <FieldError id="claim-asOf-error" messages={errors.asOf} />
          </div>
          <div className="flex items-end">
            <button type="submit" className={primary} disabled={pending}>{t('common.saveChanges')}</button>
          </div>
        </form>
      )}

      <div className="space-y-2 border-t border-amber-200 pt-3">
        <ClaimPicker label={t('editor.mergeInto')} search={searchClaimsAction} value={mergeTarget} onChange={setMergeTarget} errors={errors.targetId} />
        <ConfirmButton
          label={t('editor.merge')}
          question={mergeTarget ? t('editor.confirmMerge', { claim: mergeTarget.text }) : ''}
          confirmLabel={t('editor.merge')}
          className={button}
          pending={pending}
          disabled={!mergeTarget || mergeTarget.id === claim.id}
          onConfirm={() =>
            mergeTarget &&
            run(() => mergeClaimsAction({ sourceId: claim.id, targetId: mergeTarget.id, sourceVersion: claim.version }), () => {
              router.push(`/claims/${mergeTarget.id}`);
              router.refresh();
            })
          }
        />
      </div>
      <FormAlert error={error} shownFields={editing ? SHOWN : []} onReload={() => router.refresh()} />
    </section>
  );
}

export function OmissionToggleClient({ claimId, articleId, marked, title }: { claimId: number; articleId: number; marked: boolean; title: string }) {
  const t = useTranslations();
  const { error, pending, run, router } = useAction();
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        className={button}
        disabled={pending}
        onClick={() => run(() => (marked ? clearOmissionAction({ claimId, articleId }) : markOmissionAction({ claimId, articleId })))}
      >
        {marked ? t('editor.clearOmission') : t('editor.markOmitting')}
        <span className="sr-only"> ({title})</span>
      </button>
      <FormAlert error={error} onReload={() => router.refresh()} />
    </span>
  );
}

export function RestoreButtonClient({ kind, revisionId, version, label }: { kind: 'claim' | 'evidence'; revisionId: number; version?: number; label: string }) {
  const { error, pending, run, router } = useAction();
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        className="text-sm text-blue-700 hover:underline disabled:opacity-50"
        disabled={pending}
        onClick={() =>
          run<unknown>(() => (kind === 'claim' ? restoreClaimVersionAction({ revisionId, version }) : restoreEvidenceAction({ revisionId })))
        }
      >
        {label}
      </button>
      <FormAlert error={error} onReload={() => router.refresh()} />
    </span>
  );
}

/** "Still holds": confirms the flagged quotes and omission marks of one claim x outlet cell. */
export function ConfirmCellClient({ claimId, outlet, outletName, version }: { claimId: number; outlet: string; outletName: string; version: number }) {
  const t = useTranslations();
  const { error, pending, run, router } = useAction();
  return (
    <span className="inline-flex flex-col">
      <button type="button" className={button} disabled={pending} data-confirm-cell={outlet} onClick={() => run(() => confirmCellAction({ claimId, outlet, version }))}>
        {t('rereview.confirm')}
        <span className="sr-only"> ({outletName})</span>
      </button>
      <FormAlert error={error} onReload={() => router.refresh()} />
    </span>
  );
}

/** Brings a deleted claim back with its quotes and omission marks, then shows it. */
export function RestoreDeletedClaimClient({ id }: { id: number }) {
  const t = useTranslations();
  const { error, pending, run, router } = useAction();
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        className={primary}
        disabled={pending}
        data-restore-claim={id}
        onClick={() => run(() => restoreDeletedClaimAction({ id }), () => router.refresh())}
      >
        {t('deleted.restore')}
      </button>
      <FormAlert error={error} onReload={() => router.refresh()} />
    </span>
  );
}
