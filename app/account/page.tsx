import { redirect } from 'next/navigation';
import { createApiTokenAction, revokeApiTokenAction } from '@/app/actions';
import { ApiTokensClient } from '@/components/api-tokens-client';
import { ChangePasswordClient } from '@/components/change-password-client';
import { can } from '@/lib/auth/actor';
import { getActorForPasswordChange } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { findApiTokens } from '@/lib/data/writes/api-tokens';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('account.metaTitle') };
}

export default async function AccountPage() {
  // Not getActor: this page is where a one-time password's holder is sent to change it.
  const actor = await getActorForPasswordChange();
  if (!actor) redirect('/sign-in?next=/account');
  if (actor.mustChangePassword) {
    // Signed in with an admin's one-time password: nothing else until the user chooses their own.
    const t = await getT();
    return (
      <div className="max-w-3xl space-y-6">
        <h1 className="text-2xl font-semibold">{t('account.title')}</h1>
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-must-change-password="">
          {t('account.mustChange')}
        </p>
        <section aria-labelledby="password-heading" className="space-y-3">
          <h2 id="password-heading" className="text-lg font-semibold">{t('account.password')}</h2>
          <ChangePasswordClient required />
        </section>
      </div>
    );
  }
  const tokens = can(actor, 'content:write') ? await findApiTokens(getPrisma(), actor.userId) : [];
  const t = await getT();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">{t('account.title')}</h1>
      <p className="text-sm text-slate-600">
        {actor.name} · {actor.email} · {t(`role.${actor.role}`)}
      </p>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">{t('account.password')}</h2>
        <ChangePasswordClient />
      </section>
      <section aria-labelledby="tokens" className="space-y-3">
        <h2 id="tokens" className="text-lg font-semibold">{t('account.tokens')}</h2>
        {can(actor, 'content:write') ? (
          <>
            <p className="text-sm text-slate-600">
              {t.rich('account.tokensIntro', {
                link: (chunks) => <a href="/api/v1/openapi.json" className="text-blue-700 underline">{chunks}</a>,
              })}
            </p>
            <ApiTokensClient tokens={tokens} createToken={createApiTokenAction} revokeToken={revokeApiTokenAction} />
          </>
        ) : (
          <p className="text-sm text-slate-600">{t('account.editorsOnly')}</p>
        )}
      </section>
    </div>
  );
}
