'use client';
// Admin forms: add a user, change a role, disable or enable an account, reset a password to a
// generated one-time password (shown once).
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl/react';
import { createUserAction, resetUserPasswordAction, updateUserAction } from '@/app/admin/users/actions';
import type { Role } from '@/lib/auth/actor';
import type { OperationOutcome } from '@/lib/operations';
import { ConfirmButton } from './confirm-button-client';
import type { UserDto } from '@/lib/data/reads/find-users';

const ROLES = ['reader', 'editor', 'admin'] as const satisfies readonly Role[];

function FieldError({ errors, name }: { errors?: Record<string, string[]>; name: string }) {
  const messages = errors?.[name];
  if (!messages?.length) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
      {messages.join(' ')}
    </p>
  );
}

export function AddUserFormClient() {
  const t = useTranslations();
  const [result, setResult] = useState<OperationOutcome<'createUser'> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.error.fieldErrors : undefined;
  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const get = (name: string) => String(data.get(name) ?? '');
        startTransition(async () => {
          // the select offers the roles; the server validates whatever arrives
          const outcome = await createUserAction({ email: get('email'), name: get('name'), password: get('password'), role: get('role') as Role });
          setResult(outcome);
          if (outcome.ok) form.reset();
        });
      }}
    >
      {(['email', 'name', 'password'] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`new-${field}`} className="block text-sm font-medium capitalize">{t(`admin.field.${field}`)}</label>
          <input
            id={`new-${field}`}
            name={field}
            type={field === 'password' ? 'password' : field === 'email' ? 'email' : 'text'}
            autoComplete={field === 'password' ? 'new-password' : 'off'}
            aria-invalid={Boolean(errors?.[field])}
            aria-describedby={errors?.[field] ? `${field}-error` : undefined}
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          />
          <FieldError errors={errors} name={field} />
        </div>
      ))}
      <div>
        <label htmlFor="new-role" className="block text-sm font-medium">{t('admin.role')}</label>
        <select id="new-role" name="role" defaultValue="editor" className="mt-1 w-full rounded border border-slate-300 px-3 py-2">
          {ROLES.map((role) => (
            <option key={role} value={role}>{t(`role.${role}`)}</option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2 flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 text-white disabled:opacity-60">
          {t('admin.add')}
        </button>
        {result && <p role="status" className={result.ok ? 'text-green-800' : 'text-red-700'}>{result.ok ? t('admin.added') : result.error.message}</p>}
      </div>
    </form>
  );
}

export function UserRowControlsClient({ user, isSelf }: { user: UserDto; isSelf: boolean }) {
  const t = useTranslations();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [reset, setReset] = useState<OperationOutcome<'resetUserPassword'> | null>(null);
  const [pending, startTransition] = useTransition();
  const update = (change: { role?: Role; disabled?: boolean }) =>
    startTransition(async () => {
      const outcome = await updateUserAction({ id: user.id, ...change });
      setMessage(
        outcome.ok
          ? { ok: true, text: change.role ? t('admin.roleSaved', { role: t(`role.${change.role}`) }) : t('admin.saved') }
          : { ok: false, text: outcome.error.message },
      );
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>{t('admin.roleOf', { email: user.email })}</label>
      <select
        id={`role-${user.id}`}
        defaultValue={user.role}
        disabled={pending}
        onChange={(event) => update({ role: event.target.value as Role })}
        className="rounded border border-slate-300 px-2 py-1 text-sm"
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>{t(`role.${role}`)}</option>
        ))}
      </select>
      <button
        type="button"
        disabled={pending || (isSelf && !user.disabled)}
        onClick={() => update({ disabled: !user.disabled })}
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-50"
      >
        {user.disabled ? t('admin.enable') : t('admin.disable')} <span className="sr-only">{user.email}</span>
      </button>
      <ConfirmButton
        label={t('admin.resetPassword')}
        srLabel={user.email}
        question={t('admin.resetQuestion', { email: user.email })}
        confirmLabel={t('admin.resetConfirm')}
        disabled={pending}
        onConfirm={() =>
          startTransition(async () => {
            setMessage(null);
            setReset(await resetUserPasswordAction({ id: user.id }));
          })
        }
      />
      <span role="status" className={`text-sm ${message?.ok ? 'text-green-800' : 'text-red-700'}`}>
        {message?.text}
      </span>
      {reset && (
        <div role="status" className="basis-full text-sm" data-one-time-password={reset.ok ? '' : undefined}>
          {reset.ok ? (
            <>
              {t('admin.oneTimePassword', { email: user.email })} <code className="select-all rounded bg-slate-100 px-1 font-mono">{reset.data.password}</code>{' '}
              <span className="text-slate-600">{t('admin.shownOnce')}</span>
            </>
          ) : (
            <span className="text-red-700">{reset.error.message}</span>
          )}
        </div>
      )}
    </div>
  );
}
