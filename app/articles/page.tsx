import Link from '@/components/link';
import { z } from 'zod';
import { PageNav } from '@/components/page-nav';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { findArticlePage } from '@/lib/data/reads/find-articles';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('articles.title') };
}

const PAGE_SIZE = 50;
/** ?page=N; anything else reads as the first page. */
const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  await getActor(); // public, but one holding an admin's one-time password is sent to /account first
  const raw = (await searchParams).page;
  const requested = pageParam.parse(Array.isArray(raw) ? raw[0] : (raw ?? 1));
  const [{ articles, total, page, pageCount }, t] = await Promise.all([findArticlePage(getPrisma(), { page: requested, pageSize: PAGE_SIZE }), getT()]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t('articles.title')}</h1>
        <p className="text-sm text-slate-600">{t('articles.count', { count: total })}</p>
      </div>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {articles.map((article) => (
          <li key={article.id} className="p-4" data-article-id={article.id} data-outlet={article.outlet}>
            <Link href={`/articles/${article.id}`} className="font-medium text-slate-900 hover:underline" lang={article.language}>
              {article.title}
            </Link>
            <p className="text-sm text-slate-600">
              <span lang={article.language}>{article.outletName}</span>
              {article.author && <span lang={article.language}> · {article.author}</span>} ·{' '}
              <time dateTime={article.publishedAt}>{article.publishedAt.slice(0, 10)}</time>
            </p>
          </li>
        ))}
      </ul>
      <PageNav page={page} pageCount={pageCount} href={(target) => `/articles?page=${target}`} />
    </div>
  );
}
