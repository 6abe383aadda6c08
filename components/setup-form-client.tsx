'use client';
// The first admin's form on /setup: email, name and a password (judged like every other).
import Link from '@/components/link';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import { createFirstAdminAction, type SetupActionResult } from '@/app/setup/actions';

const FIELDS = [
  { name: 'email', type: 'email', autoComplete: 'username' },
  { name: 'name', type: 'text', autoComplete: 'name' },
  { name: 'password', type: 'password', autoComplete: 'new-password' },
] as const;

export function SetupFormClient({ token }: { token: string }) {
  const t = useTranslations();
  const [result, setResult] = useState<SetupActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  if (result?.ok) {
    return (
      <div role="status" className="space-y-2 text-sm">
        <p className="text-green-800">{t('setup.done', { email: result.data.email })}</p>
        <Link href="/sign-in?next=/admin/users" className="inline-block rounded bg-slate-900 px-4 py-2 text-white">
          {t('nav.signIn')}
        </Link>
      </div>
    );
  }
  const errors = result && !result.ok ? result.error.fieldErrors : undefined;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = Object.fromEntries(new FormData(event.currentTarget));
        startTransition(async () => setResult(await createFirstAdminAction(token, data)));
      }}
    >
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={`setup-${field.name}`} className="block text-sm font-medium">{t(`setup.field.${field.name}`)}</label>
          <input
            id={`setup-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            aria-invalid={Boolean(errors?.[field.name])}
            aria-describedby={errors?.[field.name] ? `setup-${field.name}-error` : undefined}
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          />
          {errors?.[field.name] && (
            <p id={`setup-${field.name}-error`} className="mt-1 text-sm text-red-700">{errors[field.name]!.join(' ')}</p>
          )}
        </div>
      ))}
      {result && !result.ok && <p role="alert" className="text-sm text-red-700">{result.error.message}</p>}
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 text-white disabled:opacity-60">
        {t('setup.submit')}
      </button>
    </form>
  );
}
