import Link from '@/components/link';
import { can } from '@/lib/auth/actor';
import { getActorForPasswordChange } from '@/lib/auth/session';
import { getLocale, getT } from '@/lib/i18n/server';
import { LocaleSwitch } from './locale-switch';
import { signOutAction } from '@/app/sign-in/actions';

export async function SiteHeader() {
  const [actor, t, locale] = await Promise.all([getActorForPasswordChange(), getT(), getLocale()]);
  const nav = [
    { href: '/', label: t('nav.claims') },
    { href: '/articles', label: t('nav.articles') },
    { href: '/search', label: t('nav.search') },
    // Only what the reader may use: editors import and review, admins also manage users.
    ...(can(actor, 'content:write')
      ? [
          { href: '/import', label: t('nav.import') },
          { href: '/review', label: t('nav.review') },
        ]
      : []),
    ...(can(actor, 'users:manage') ? [{ href: '/admin/users', label: t('nav.users') }] : []),
    ...(actor ? [{ href: '/account', label: t('nav.account') }] : []),
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
          Claimgrid
        </Link>
        <nav aria-label={t('nav.main')} className="flex flex-wrap items-center gap-4 text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-slate-700 hover:text-slate-950 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          {actor ? (
            <span className="flex items-center gap-3 border-l border-slate-200 pl-4">
              <span className="text-slate-600" data-testid="signed-in-as">
                {actor.name} <span className="text-xs text-slate-500">({t(`role.${actor.role}`)})</span>
              </span>
              <form action={signOutAction}>
                <button type="submit" className="text-slate-700 hover:text-slate-950 hover:underline">
                  {t('nav.signOut')}
                </button>
              </form>
            </span>
          ) : (
            <Link href="/sign-in" className="border-l border-slate-200 pl-4 text-slate-700 hover:underline">
              {t('nav.signIn')}
            </Link>
          )}
          <LocaleSwitch current={locale} label={t('nav.language')} />
        </nav>
      </div>
    </header>
  );
}
