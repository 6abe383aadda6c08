// Deleted claims (editors and admins): newest deletion first, each linking to the claim's page,
// which shows its history and restores it with its quotes and omission marks. Readers are sent
// home, as from the review queue.
import Link from '@/components/link';
import { redirect } from 'next/navigation';
import { LocalTime } from '@/components/local-time-client';
import { textLang } from '@/lib/text/detect-script';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { findDeletedClaims } from '@/lib/data/reads/find-deleted-claims';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getT())('deleted.title') };
}

export default async function DeletedClaimsPage() {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent('/claims/deleted')}`);
  if (!can(actor, 'content:write')) redirect('/');
  const [t, deleted] = await Promise.all([getT(), findDeletedClaims(getPrisma(), { actor })]);
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-slate-500"><Link href="/" className="hover:underline">{t('nav.claims')}</Link> ›</p>
        <h1 className="text-2xl font-semibold tracking-tight">{t('deleted.title')}</h1>
        <p className="text-sm text-slate-600">{t('deleted.intro')}</p>
      </div>
      {deleted.length === 0 ? (
        <p className="text-sm text-slate-600">{t('deleted.none')}</p>
      ) : (
        <ul className="space-y-2" data-testid="deleted-claims">
          {deleted.map((claim) => (
            <li key={claim.id} className="rounded border border-slate-200 bg-white p-3 text-sm" data-deleted-claim={claim.id}>
              <Link href={`/claims/${claim.id}`} className="font-medium text-blue-700 hover:underline" lang={textLang(claim.text)}>{claim.text}</Link>
              <p className="mt-1 text-slate-600">
                {t('deleted.deletedBy', { name: claim.deletedBy ?? t('history.seedImport') })}, <LocalTime iso={claim.deletedAt} /> · {t('deleted.quotes', { count: claim.quotes, marks: claim.marks })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
