'use client';
// The form in the selection popover: tie the selected quote to an existing claim or to a
// new claim made from it, with a stance and optional stated value and note.
import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import type { Stance } from '@/lib/claims';
import { CLAIM_KINDS, type ClaimKind } from '@/lib/claims/claim-kind';
import type { Anchor } from '@/lib/anchoring';
import { FieldError, FormAlert, runAction, type ActionError, type AnnotationActions } from './action-result-client';
import { ClaimPicker, type ClaimOption } from './claim-picker-client';
import { EvidenceTextFields } from './evidence-text-fields-client';
import { StanceField } from './stance-field-client';
import type { TextLang } from '@/lib/text/text-lang';

/** A claim made with the selection, as the page goes on to show it (its text's tag decided on the server). */
export type NewClaim = { claimId: number; text: string; lang: TextLang };

const KINDS: readonly ClaimKind[] = CLAIM_KINDS;
// Fields this form shows; other field errors go to the general alert.
const SHOWN_FIELDS = ['claimId', 'text', 'kind', 'stance', 'statedValue', 'note'];

export function AnnotateSelectionForm({
  articleId,
  anchor,
  lang,
  actions,
  onSaved,
  onCancel,
}: {
  articleId: number;
  /** The selection as a W3C quote: exact text, 32 code points of context each side, offsets. */
  anchor: Anchor;
  lang: string;
  actions: Pick<AnnotationActions, 'searchClaims' | 'createEvidence' | 'createClaimWithEvidence'>;
  /** Called after the write; with the new claim when the quote made one. */
  onSaved: (created?: NewClaim) => void;
  onCancel: () => void;
}) {
  const t = useTranslations();
  const id = useId();
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [claim, setClaim] = useState<ClaimOption | null>(null);
  const [claimText, setClaimText] = useState(anchor.exact);
  const [kind, setKind] = useState<ClaimKind>('fact');
  const [stance, setStance] = useState<Stance | null>(null);
  const [statedValue, setStatedValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldErrors = error?.fieldErrors ?? {};
  const describedBy = (field: string) => (fieldErrors[field]?.length ? `${id}-${field}-error` : undefined);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const local: Record<string, string[]> = {};
    if (mode === 'existing' && !claim) local.claimId = [t('annotate.pickOrNew')];
    if (mode === 'new' && claimText.trim() === '') local.text = [t('annotate.enterClaim')];
    if (!stance) local.stance = [t('annotate.chooseStance')];
    if (Object.keys(local).length > 0 || !stance) {
      setError({ code: 'validation', status: 422, message: t('actionError.correctFields'), fieldErrors: local });
      return;
    }
    const evidence = {
      articleId,
      stance,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      start: anchor.start,
      end: anchor.end,
      ...(statedValue.trim() ? { statedValue: statedValue.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    startTransition(async () => {
      if (mode === 'existing' && claim) {
        const result = await runAction(() => actions.createEvidence({ claimId: claim.id, ...evidence }));
        setError(result.ok ? null : result.error);
        if (result.ok) onSaved(undefined);
        return;
      }
      const result = await runAction(() => actions.createClaimWithEvidence({ claim: { text: claimText.trim(), kind }, evidence }));
      setError(result.ok ? null : result.error);
      if (result.ok) onSaved({ claimId: result.data.claim.id, text: result.data.claim.text, lang: result.data.claimLang });
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-busy={pending}>
      <figure>
        <figcaption className="text-sm font-medium text-slate-700">{t('annotate.selectedQuote')}</figcaption>
        <blockquote lang={lang} className="mt-1 max-h-32 overflow-y-auto border-l-4 border-slate-300 pl-2 whitespace-pre-line text-slate-900" data-selected-quote="">
          {anchor.exact}
        </blockquote>
      </figure>

      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t('annotate.claim')}</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-1">
            <input type="radio" name={`${id}-mode`} checked={mode === 'existing'} onChange={() => setMode('existing')} />
            {t('annotate.existingClaim')}
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name={`${id}-mode`} checked={mode === 'new'} onChange={() => setMode('new')} />
            {t('annotate.newClaim')}
          </label>
        </div>
      </fieldset>

      {mode === 'existing' ? (
        <ClaimPicker label={t('annotate.findClaim')} search={actions.searchClaims} value={claim} onChange={setClaim} errors={fieldErrors.claimId} focusFirst />
      ) : (
        <div className="space-y-2">
          <div>
            <label htmlFor={`${id}-text`} className="block text-sm font-medium text-slate-700">
              {t('annotate.claimText')}
            </label>
            <textarea
              id={`${id}-text`}
              value={claimText}
              onChange={(event) => setClaimText(event.target.value)}
              rows={2}
              lang={lang}
              required
              aria-invalid={describedBy('text') ? true : undefined}
              aria-describedby={describedBy('text')}
              className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
            />
            <FieldError id={`${id}-text-error`} messages={fieldErrors.text} />
          </div>
          <div>
            <label htmlFor={`${id}-kind`} className="block text-sm font-medium text-slate-700">
              {t('common.kind')}
            </label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(event) => setKind(event.target.value as ClaimKind)}
              aria-invalid={describedBy('kind') ? true : undefined}
              aria-describedby={describedBy('kind')}
              className="mt-1 rounded border border-slate-300 px-2 py-1"
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`claimKind.${k}`)}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-kind-error`} messages={fieldErrors.kind} />
          </div>
        </div>
      )}

      <StanceField value={stance} onChange={setStance} errors={fieldErrors.stance} />

      <EvidenceTextFields
        idPrefix={id}
        lang={lang}
        statedValue={statedValue}
        onStatedValueChange={setStatedValue}
        note={note}
        onNoteChange={setNote}
        fieldErrors={fieldErrors}
        statedValueHint={t('annotate.statedValueHint')}
      />

      <FormAlert error={error} shownFields={SHOWN_FIELDS} />

      {/* Stays at the bottom of the scrolling popover, so Save is in view on a small screen. */}
      <div className="sticky -bottom-4 -mx-4 -mb-4 flex gap-2 border-t border-slate-200 bg-white px-4 py-3">
        <button type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
          {pending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
