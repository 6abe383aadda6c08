'use client';
// Changing one's own password on /account, through Better Auth's change-password endpoint
// (the one auth endpoint left open besides sign-in/out): the current password is required,
// the new one is judged by lib/auth/password-strength.ts on the server, and the account's
// other sessions are signed out. `required`: the user signed in with an admin's one-time
// password and must replace it; once changed, the app opens again (the server lifted the demand).
import { createAuthClient } from 'better-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl/react';

const authClient = createAuthClient();

type Outcome = { ok: true } | { ok: false; field?: 'currentPassword' | 'newPassword' | 'repeatPassword'; message: string };

const FIELDS = [
  { name: 'currentPassword', label: 'account.currentPassword', autoComplete: 'current-password' },
  { name: 'newPassword', label: 'account.newPassword', autoComplete: 'new-password' },
  { name: 'repeatPassword', label: 'account.repeatPassword', autoComplete: 'new-password' },
] as const;

export function ChangePasswordClient({ required = false }: { required?: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    if (newPassword !== String(data.get('repeatPassword') ?? '')) {
      setOutcome({ ok: false, field: 'repeatPassword', message: t('account.passwordsDiffer') });
      return;
    }
    if (newPassword.length < 8) {
      setOutcome({ ok: false, field: 'newPassword', message: t('account.passwordTooShort') });
      return;
    }
    setPending(true);
    const { error } = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions: true });
    setPending(false);
    if (!error) {
      form.reset();
      setOutcome({ ok: true });
      if (required) {
        router.push('/');
        router.refresh();
      }
    } else if (error.code === 'PASSWORD_UNCHANGED') {
      setOutcome({ ok: false, field: 'newPassword', message: t('account.passwordUnchanged') });
    } else if (error.code === 'INVALID_PASSWORD') {
      setOutcome({ ok: false, field: 'currentPassword', message: t('account.wrongPassword') });
    } else if (error.code === 'PASSWORD_TOO_WEAK') {
      setOutcome({ ok: false, field: 'newPassword', message: t('account.passwordTooWeak') });
    } else if (error.code === 'PASSWORD_TOO_SHORT') {
      setOutcome({ ok: false, field: 'newPassword', message: t('account.passwordTooShort') });
    } else if (error.status === 429) {
      setOutcome({ ok: false, message: t('account.passwordRateLimited') });
    } else {
      setOutcome({ ok: false, message: t('account.passwordFailed') });
    }
  }

  const fieldError = outcome && !outcome.ok ? outcome.field : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-3" aria-labelledby="password-heading">
      <p className="text-sm text-slate-600">{t('account.passwordHint')}</p>
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={`pw-${field.name}`} className="block text-sm font-medium">{t(field.label)}</label>
          <input
            id={`pw-${field.name}`}
            name={field.name}
            type="password"
            autoComplete={field.autoComplete}
            required
            aria-invalid={fieldError === field.name}
            aria-describedby={fieldError === field.name ? 'pw-error' : undefined}
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          />
        </div>
      ))}
      <p id="pw-error" role={outcome?.ok ? 'status' : 'alert'} className={`text-sm ${outcome?.ok ? 'text-green-800' : 'text-red-700'}`}>
        {outcome ? (outcome.ok ? t('account.passwordChanged') : outcome.message) : null}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 text-white disabled:opacity-60">
        {t('account.changePassword')}
      </button>
    </form>
  );
}
