import { redirect } from 'next/navigation';
import { createApiTokenAction, revokeApiTokenAction } from '@/app/actions';
import { ApiTokensClient } from '@/components/api-tokens-client';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { findApiTokens } from '@/lib/data/api-tokens';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Account' };

export default async function AccountPage() {
  const actor = await getActor();
  if (!actor) redirect('/sign-in?next=/account');
  const tokens = can(actor, 'content:write') ? await findApiTokens(getPrisma(), actor.userId) : [];
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Your account</h1>
      <p className="text-sm text-slate-600">
        {actor.name} · {actor.email} · {actor.role}
      </p>
      <section aria-labelledby="tokens" className="space-y-3">
        <h2 id="tokens" className="text-lg font-semibold">API tokens</h2>
        {can(actor, 'content:write') ? (
          <>
            <p className="text-sm text-slate-600">
              Personal tokens let scripts use the write API as you. See <a href="/api/v1/openapi.json" className="text-blue-700 underline">the API description</a>.
            </p>
            <ApiTokensClient tokens={tokens} createToken={createApiTokenAction} revokeToken={revokeApiTokenAction} />
          </>
        ) : (
          <p className="text-sm text-slate-600">Only editors and admins can use the write API.</p>
        )}
      </section>
    </div>
  );
}
