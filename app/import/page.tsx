import { redirect } from 'next/navigation';
import { importArticleAction, previewImportAction } from '@/app/actions';
import { ImportArticlesClient } from '@/components/import-articles-client';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { findOutlets } from '@/lib/data/find-outlets';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Import articles' };

export default async function ImportPage() {
  const actor = await getActor();
  if (!actor) redirect('/sign-in?next=/import');
  if (!can(actor, 'content:write')) return <p className="text-slate-700">Only editors can import articles.</p>;
  const outlets = await findOutlets(getPrisma());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Import articles</h1>
      <p className="text-sm text-slate-600">
        Files are read by the same importer as the seed corpus. Review what was extracted, correct it, then save each article.
        The same file twice is recognised by its content and not imported again.
      </p>
      <ImportArticlesClient outlets={outlets} preview={previewImportAction} save={importArticleAction} />
    </div>
  );
}
