'use client';
// Personal API tokens on the account page: make one (shown once, to copy), revoke one.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import { ConfirmButton } from './confirm-button-client';
import { LocalTime } from './local-time-client';
import type { ApiTokenDto } from '@/lib/data/writes/api-tokens';
import { FieldError, FormAlert, runAction, type ActionError, type OperationAction } from './action-result-client';

export function ApiTokensClient({
  tokens,
  createToken,
  revokeToken,
}: {
  tokens: ApiTokenDto[];
  createToken: OperationAction<'createApiToken'>;
  revokeToken: OperationAction<'revokeApiToken'>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<ActionError | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const name = String(new FormData(form).get('name') ?? '');
          startTransition(async () => {
            const result = await runAction(() => createToken({ name }));
            if (!result.ok) return setError(result.error);
            setError(null);
            setFresh(result.data.token);
            form.reset();
            router.refresh();
          });
        }}
      >
        <div>
          <label htmlFor="token-name" className="block text-sm font-medium">{t('account.tokenName')}</label>
          <input id="token-name" name="name" className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm" aria-describedby={error?.fieldErrors?.name ? 'token-name-error' : undefined} />
          <FieldError id="token-name-error" messages={error?.fieldErrors?.name} />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">{t('account.create')}</button>
      </form>
      {fresh && (
        <div role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm">
          <p className="font-medium">{t('account.copyNow')}</p>
          <code className="mt-1 block break-all" data-testid="new-token">{fresh}</code>
          <p className="mt-1 text-slate-600">
            {t.rich('account.sendAs', { header: 'Authorization: Bearer <token>', code: (chunks) => <code>{chunks}</code> })}
          </p>
        </div>
      )}
      <FormAlert error={error} shownFields={['name']} onReload={() => router.refresh()} />
      <table className="w-full rounded border border-slate-200 bg-white text-sm">
        <caption className="sr-only">{t('account.caption')}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">{t('account.name')}</th>
            <th scope="col" className="px-3 py-2">{t('account.token')}</th>
            <th scope="col" className="px-3 py-2">{t('account.created')}</th>
            <th scope="col" className="px-3 py-2">{t('account.lastUsed')}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t('account.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-slate-200" data-token-id={token.id}>
              <td className="px-3 py-2">{token.name}</td>
              <td className="px-3 py-2 font-mono">{token.prefix}…</td>
              <td className="px-3 py-2">{token.createdAt.slice(0, 10)}</td>
              <td className="px-3 py-2">{token.lastUsedAt ? <LocalTime iso={token.lastUsedAt} /> : '—'}</td>
              <td className="px-3 py-2">
                {token.revokedAt ? (
                  <span className="text-slate-500">{t('account.revoked')}</span>
                ) : (
                  <ConfirmButton
                    label={t('account.revokeLabel')}
                    srLabel={token.name}
                    question={t('account.revokeQuestion', { name: token.name })}
                    confirmLabel={t('account.revokeConfirm')}
                    className="text-red-700 hover:underline"
                    pending={pending}
                    onConfirm={() =>
                      startTransition(async () => {
                        const result = await runAction(() => revokeToken({ id: token.id }));
                        if (!result.ok) return setError(result.error);
                        router.refresh();
                      })
                    }
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
