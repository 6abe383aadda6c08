import { redirect } from 'next/navigation';
import { AddUserFormClient, UserRowControlsClient } from '@/components/user-admin-client';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { findUsers } from '@/lib/data/find-users';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const actor = await getActor();
  if (!actor) redirect('/sign-in?next=/admin/users');
  if (!can(actor, 'users:manage')) {
    return <p className="text-slate-700">Only admins can manage users.</p>;
  }
  const users = await findUsers(getPrisma());
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Users</h1>
      <section aria-labelledby="add-user" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="add-user" className="mb-3 font-semibold">Add a user</h2>
        <AddUserFormClient />
      </section>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
        <caption className="sr-only">All users</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Email</th>
            <th scope="col" className="px-3 py-2">Name</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Role and access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-slate-200" data-user-email={user.email}>
              <td className="px-3 py-2">{user.email}</td>
              <td className="px-3 py-2">{user.name}</td>
              <td className="px-3 py-2">{user.disabled ? 'Disabled' : 'Active'}</td>
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
