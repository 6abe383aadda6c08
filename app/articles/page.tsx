import Link from 'next/link';
import { getPrisma } from '@/lib/db/prisma';
import { findArticles } from '@/lib/data/find-articles';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('articles.title') };
}

export default async function ArticlesPage() {
  const [articles, t] = await Promise.all([findArticles(getPrisma()), getT()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t('articles.title')}</h1>
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
    </div>
  );
}
