'use client';
// The states / contradicts choice as a radio group; each option shows the stance badge
// (glyph + label + colour), so the choice never rests on colour alone.
import { useId } from 'react';
import { useTranslations } from 'use-intl/react';
import type { Stance } from '@/lib/claims';
import { StanceBadge } from './stance-badge';

const CHOICES: { stance: Stance; hint: 'annotate.hintStates' | 'annotate.hintContradicts' }[] = [
  { stance: 'states', hint: 'annotate.hintStates' },
  { stance: 'contradicts', hint: 'annotate.hintContradicts' },
];

export function StanceField({
  value,
  onChange,
  errors,
  name,
}: {
  value: Stance | null;
  onChange: (stance: Stance) => void;
  errors?: string[];
  name?: string;
}) {
  const t = useTranslations();
  const id = useId();
  const errorId = `${id}-error`;
  const hasErrors = Boolean(errors && errors.length > 0);
  return (
    <fieldset aria-describedby={hasErrors ? errorId : undefined} aria-invalid={hasErrors ? true : undefined}>
      <legend className="text-sm font-medium text-slate-700">
        {t('common.stance')} <span className="font-normal text-slate-500">{t('common.required')}</span>
      </legend>
      <div className="mt-1 flex flex-wrap gap-3">
        {CHOICES.map(({ stance, hint }) => (
          <label key={stance} className="flex cursor-pointer items-center gap-2 rounded border border-slate-200 px-2 py-1 has-[:checked]:border-blue-600 has-[:checked]:ring-1 has-[:checked]:ring-blue-600">
            <input
              type="radio"
              name={name ?? `${id}-stance`}
              value={stance}
              checked={value === stance}
              onChange={() => onChange(stance)}
              required
            />
            <StanceBadge stance={stance} size="sm" />
            <span className="sr-only">: {t(hint)}</span>
          </label>
        ))}
      </div>
      {hasErrors && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors!.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
