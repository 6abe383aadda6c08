import { redirect } from 'next/navigation';
import { importArticleAction, previewImportAction } from '@/app/actions';
import { ImportArticlesClient } from '@/components/import-articles-client';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { findOutlets } from '@/lib/data/reads/find-outlets';
import { languageOptions } from '@/lib/i18n/language-names';
import { getLocale, getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('import.title') };
}

export default async function ImportPage() {
  const actor = await getActor();
  if (!actor) redirect('/sign-in?next=/import');
  const t = await getT();
  if (!can(actor, 'content:write')) return <p className="text-slate-700">{t('import.onlyEditors')}</p>;
  const outlets = await findOutlets(getPrisma());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('import.title')}</h1>
      <p className="text-sm text-slate-600">{t('import.intro')}</p>
      <ImportArticlesClient outlets={outlets} languages={languageOptions(await getLocale())} preview={previewImportAction} save={importArticleAction} />
    </div>
  );
}
