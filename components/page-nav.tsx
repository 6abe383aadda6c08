// Previous / "page X of Y" / next, as plain links (works without JavaScript).
import Link from '@/components/link';
import { getT } from '@/lib/i18n/server';

export async function PageNav({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getT();
  return (
    <nav aria-label={t('table.pages.label')} className="flex items-center justify-between text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="text-blue-700 hover:underline">{t('table.pages.previous')}</Link> : <span />}
      <span className="text-slate-600">{t('table.pages.pageOf', { page, count: pageCount })}</span>
      {page < pageCount ? <Link href={href(page + 1)} className="text-blue-700 hover:underline">{t('table.pages.next')}</Link> : <span />}
    </nav>
  );
}
