'use client';
// Email + password sign-in through Better Auth's endpoint (which rate limits attempts).
// Every failure shows the same message, so the form does not reveal which accounts exist;
// only the right password for a disabled account learns that it is disabled.
import { createAuthClient } from 'better-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl/react';

const authClient = createAuthClient();

export function SignInFormClient({ next }: { next: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    });
    setPending(false);
    if (failure) {
      // A disabled account is told so, but only after the right password (lib/auth/auth.ts).
      setError(failure.status === 429 ? t('signIn.tooMany') : failure.code === 'ACCOUNT_DISABLED' ? t('signIn.disabled') : t('signIn.incorrect'));
      return;
    }
    router.push(next);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">{t('signIn.email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">{t('signIn.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
      </div>
      {error && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 text-white disabled:opacity-60">
        {pending ? t('signIn.signingIn') : t('signIn.submit')}
      </button>
    </form>
  );
}
