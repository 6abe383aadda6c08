'use client';
// The stated value and note of a quote, as the annotation popover and the evidence editor
// both ask for them: labelled inputs with their field errors beside them.
import { useTranslations } from 'use-intl/react';
import { FieldError } from './action-result-client';

type Props = {
  /** prefix of the inputs' ids (`${idPrefix}-value`, `${idPrefix}-note`) and their error ids */
  idPrefix: string;
  /** language of the article, for the stated value typed from it */
  lang: string;
  statedValue: string;
  onStatedValueChange: (value: string) => void;
  note: string;
  onNoteChange: (value: string) => void;
  fieldErrors: Record<string, string[] | undefined>;
  /** shown after the stated value's label */
  statedValueHint: string;
  inputClassName?: string;
};

export function EvidenceTextFields({
  idPrefix,
  lang,
  statedValue,
  onStatedValueChange,
  note,
  onNoteChange,
  fieldErrors,
  statedValueHint,
  inputClassName = 'mt-1 w-full rounded border border-slate-300 px-2 py-1',
}: Props) {
  const t = useTranslations();
  const errorId = (field: 'statedValue' | 'note') => (fieldErrors[field]?.length ? `${idPrefix}-${field}-error` : undefined);
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-value`} className="block text-sm font-medium text-slate-700">
          {t('common.statedValue')} <span className="font-normal text-slate-500">{statedValueHint}</span>
        </label>
        <input
          id={`${idPrefix}-value`}
          type="text"
          lang={lang}
          value={statedValue}
          onChange={(event) => onStatedValueChange(event.target.value)}
          aria-invalid={errorId('statedValue') ? true : undefined}
          aria-describedby={errorId('statedValue')}
          className={inputClassName}
        />
        <FieldError id={`${idPrefix}-statedValue-error`} messages={fieldErrors.statedValue} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-note`} className="block text-sm font-medium text-slate-700">
          {t('common.note')} <span className="font-normal text-slate-500">{t('common.optional')}</span>
        </label>
        <textarea
          id={`${idPrefix}-note`}
          rows={2}
          value={note}
          onChange={(event) => onNoteChange(event.target.value)}
          aria-invalid={errorId('note') ? true : undefined}
          aria-describedby={errorId('note')}
          className={inputClassName}
        />
        <FieldError id={`${idPrefix}-note-error`} messages={fieldErrors.note} />
      </div>
    </>
  );
}
