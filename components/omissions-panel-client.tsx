'use client';
// Editors' record of what this article does not say: claims checked against it and found
// missing ("omits" in the grid), each clearable, and a picker to add one.
import Link from '@/components/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl/react';
import { FieldError, FormAlert, useActionRunner, type AnnotationActions } from './action-result-client';
import type { OperationResult } from '@/lib/operations';
import { ClaimPicker, type ClaimOption } from './claim-picker-client';
import type { ArticleOmission } from '@/lib/data/reads/find-article-editor-data';

export type OmissionEntry = ArticleOmission;

const SHOWN_FIELDS = ['claimId', 'note'];

export function OmissionsPanel({
  articleId,
  omissions,
  actions,
}: {
  articleId: number;
  omissions: OmissionEntry[];
  actions: Pick<AnnotationActions, 'searchClaims' | 'markOmission' | 'clearOmission'>;
}) {
  const t = useTranslations();
  const id = useId();
  const router = useRouter();
  const [claim, setClaim] = useState<ClaimOption | null>(null);
  const [note, setNote] = useState('');
  const { error, setError, status, pending, run: runWrite } = useActionRunner();
  const fieldErrors = error?.fieldErrors ?? {};

  // every write here changes the article page's server-rendered parts too
  const run = <T,>(call: () => Promise<OperationResult<T>>, done: string, after?: () => void) =>
    runWrite(call, done, () => {
      after?.();
      router.refresh();
    });

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3" data-omissions-panel="">
      <h2 id={`${id}-heading`} className="font-semibold">
        {t('omissions.heading')}
      </h2>
      {omissions.length === 0 ? (
        <p className="text-slate-500">{t('omissions.none')}</p>
      ) : (
        <ul className="space-y-2">
          {omissions.map((omission) => (
            <li key={omission.claimId} className="flex items-start justify-between gap-2" data-omitted-claim={omission.claimId}>
              <span>
                <Link href={`/claims/${omission.claimId}`} className="text-blue-700 hover:underline" lang={omission.claimLang}>
                  {omission.claimText}
                </Link>
                {omission.claimStatus === 'draft' && <span className="ml-1 rounded bg-slate-200 px-1 text-xs text-slate-700">{t('common.draftTag')}</span>}
                {omission.note && <span className="block text-xs text-slate-500">{omission.note}</span>}
              </span>
              <button
                type="button"
                disabled={pending}
                className="shrink-0 rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-60"
                onClick={() => run(() => actions.clearOmission({ claimId: omission.claimId, articleId }), t('omissions.cleared'))}
              >
                {t('omissions.clear')}<span className="sr-only">: {omission.claimText}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="space-y-2 border-t border-slate-200 pt-3"
        aria-busy={pending}
        aria-label={t('omissions.formLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!claim) {
            setError({ code: 'validation', status: 422, message: t('omissions.pickFirst'), fieldErrors: { claimId: [t('omissions.pickFirst')] } });
            return;
          }
          run(
            () => actions.markOmission({ claimId: claim.id, articleId, ...(note.trim() ? { note: note.trim() } : {}) }),
            t('omissions.marked'),
            () => {
              setClaim(null);
              setNote('');
            },
          );
        }}
      >
        <ClaimPicker label={t('omissions.picker')} search={actions.searchClaims} value={claim} onChange={setClaim} errors={fieldErrors.claimId} />
        <div>
          <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-700">
            {t('common.note')} <span className="font-normal text-slate-500">{t('common.optional')}</span>
          </label>
          <input
            id={`${id}-note`}
            type="text"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-invalid={fieldErrors.note?.length ? true : undefined}
            aria-describedby={fieldErrors.note?.length ? `${id}-note-error` : undefined}
            className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
          />
          <FieldError id={`${id}-note-error`} messages={fieldErrors.note} />
        </div>
        <FormAlert error={error} shownFields={SHOWN_FIELDS} onReload={() => router.refresh()} />
        <button type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
          {pending ? t('common.saving') : t('omissions.submit')}
        </button>
        <p className="sr-only" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}
