'use client';
// An editor names one topic in each interface language (blank: shown by its canonical name).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import { FieldError, FormAlert, runAction, type ActionError, type OperationAction } from './action-result-client';

const LOCALES = [
  { code: 'en', key: 'en', label: 'topics.nameEn' },
  { code: 'zh-Hans', key: 'zhHans', label: 'topics.nameZhHans' },
  { code: 'zh-Hant', key: 'zhHant', label: 'topics.nameZhHant' },
] as const;

type Names = { en: string | null; 'zh-Hans': string | null; 'zh-Hant': string | null };

export function TopicNamesFormClient({ topic, names, save }: { topic: string; names: Names; save: OperationAction<'setTopicNames'> }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState(false);
  const id = (name: string) => `topic-${topic}-${name}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={t('topics.formLabel', { topic })}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setSaved(false);
        startTransition(async () => {
          const result = await runAction(() =>
            save({ topic, names: Object.fromEntries(LOCALES.map(({ key }) => [key, String(data.get(key) ?? '')])) }),
          );
          setError(result.ok ? null : result.error);
          if (result.ok) {
            setSaved(true);
            router.refresh();
          }
        });
      }}
    >
      {LOCALES.map(({ code, key, label }) => (
        <div key={key}>
          <label htmlFor={id(key)} className="block text-xs font-medium text-slate-600">{t(label)}</label>
          <input
            id={id(key)}
            name={key}
            lang={code}
            defaultValue={names[code] ?? ''}
            placeholder={topic}
            aria-invalid={Boolean(error?.fieldErrors?.[`names.${key}`])}
            aria-describedby={error?.fieldErrors?.[`names.${key}`] ? id(`${key}-error`) : undefined}
            className="mt-1 w-44 rounded border border-slate-300 px-2 py-1 text-sm"
          />
          <FieldError id={id(`${key}-error`)} messages={error?.fieldErrors?.[`names.${key}`]} />
        </div>
      ))}
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-3 py-1 text-sm text-white disabled:opacity-60">
        {t('topics.save')}
      </button>
      <span role="status" className="text-sm text-green-800">{saved ? t('topics.saved') : null}</span>
      {error && <div className="basis-full"><FormAlert error={error} shownFields={LOCALES.map(({ key }) => `names.${key}`)} /></div>}
    </form>
  );
}
