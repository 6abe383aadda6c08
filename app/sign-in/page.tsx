import { redirect } from 'next/navigation';
import { SignInFormClient } from '@/components/sign-in-form-client';
import { getActor } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('signIn.title') };
}

/** Only same-site paths, so the sign-in page cannot be used to redirect elsewhere. */
function safeNext(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  if (await getActor()) redirect(next);
  const t = await getT();
  return (
    <div className="mx-auto max-w-sm space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{t('signIn.title')}</h1>
      <p className="text-sm text-slate-600">{t('signIn.intro')}</p>
      <SignInFormClient next={next} />
    </div>
  );
}
