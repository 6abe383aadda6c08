// /setup?token=…: the first admin's account, made with the one-time link `npm start` prints
// while no admin exists. Refuses once an admin exists, and for a spent or expired link.
import Link from '@/components/link';
import { SetupFormClient } from '@/components/setup-form-client';
import { getPrisma } from '@/lib/db/prisma';
import { checkSetupToken } from '@/lib/data/writes/redeem-setup-token';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('setup.title'), referrer: 'no-referrer' as const };
}

export default async function SetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const [state, t] = await Promise.all([checkSetupToken(getPrisma(), token), getT()]);
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{t('setup.title')}</h1>
      {state.ok ? (
        <>
          <p className="text-sm text-slate-600">{t('setup.intro')}</p>
          <SetupFormClient token={token as string} />
        </>
      ) : (
        <div role="alert" className="space-y-2 text-sm text-slate-700" data-setup-refused={state.reason}>
          <p>{t(state.reason === 'admin_exists' ? 'setup.adminExists' : 'setup.invalidToken')}</p>
          <p>
            <Link href="/sign-in" className="text-blue-700 underline">{t('nav.signIn')}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
