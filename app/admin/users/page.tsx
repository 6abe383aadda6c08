import { redirect } from 'next/navigation';
import { AddUserFormClient, UserRowControlsClient } from '@/components/user-admin-client';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { findUsers } from '@/lib/data/reads/find-users';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('admin.title') };
}

export default async function UsersPage() {
  const [actor, t] = await Promise.all([getActor(), getT()]);
  if (!actor) redirect('/sign-in?next=/admin/users');
  if (!can(actor, 'users:manage')) {
    return <p className="text-slate-700">{t('admin.onlyAdmins')}</p>;
  }
  const users = await findUsers(getPrisma());
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t('admin.title')}</h1>
      <section aria-labelledby="add-user" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="add-user" className="mb-3 font-semibold">{t('admin.addHeading')}</h2>
        <AddUserFormClient />
      </section>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
        <caption className="sr-only">{t('admin.allUsers')}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">{t('admin.email')}</th>
            <th scope="col" className="px-3 py-2">{t('admin.name')}</th>
            <th scope="col" className="px-3 py-2">{t('admin.status')}</th>
            <th scope="col" className="px-3 py-2">{t('admin.roleAndAccess')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-slate-200" data-user-email={user.email}>
              <td className="px-3 py-2">{user.email}</td>
              <td className="px-3 py-2">{user.name}</td>
              <td className="px-3 py-2">{user.disabled ? t('admin.disabled') : t('admin.active')}</td>
              <td className="px-3 py-2">
                <UserRowControlsClient user={user} isSelf={user.id === actor.userId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
