// The visible language switch: a form per language, so it works without JavaScript.
import { setLocaleAction } from '@/app/locale-actions';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locale';

export function LocaleSwitch({ current, label }: { current: Locale; label: string }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-xs" aria-label={label}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={`rounded px-1.5 py-0.5 ${locale === current ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
