import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HighlightedArticle } from '@/components/highlighted-text';
import { StanceLegend } from '@/components/stance-legend';
import { getPrisma } from '@/lib/db/prisma';
import { getArticle } from '@/lib/data/get-article';
import { parseId } from '@/lib/data/parse-id';
import { textLang } from '@/components/text-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const id = parseId((await params).id);
  const article = id ? await getArticle(getPrisma(), id) : null;
  return { title: article?.title ?? 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  const id = parseId((await params).id);
  const article = id ? await getArticle(getPrisma(), id) : null;
  if (!article) notFound();
  const claims = new Map(article.evidence.map((e) => [e.claimId, e.claimText]));

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <article className="rounded-lg border border-slate-200 bg-white p-6">
        <header className="mb-6 space-y-2 border-b border-slate-100 pb-4">
          <p className="text-sm text-slate-500" lang={article.language}>{article.outletName}</p>
          <h1 className="text-2xl font-semibold" lang={article.language}>{article.title}</h1>
          <p className="text-sm text-slate-600">
            {article.author && <span lang={article.language}>{article.author} · </span>}
            <time dateTime={article.publishedAt}>{article.publishedAt.replace('T', ' ').slice(0, 16)} UTC</time>
            {article.url && (
              <>
                {' · '}
                <a href={article.url} className="text-blue-700 hover:underline" rel="noopener noreferrer nofollow">
                  original
                </a>
              </>
            )}
          </p>
        </header>
        <HighlightedArticle
          lang={article.language}
          text={article.text}
          spans={article.evidence.map((e) => ({ id: e.id, start: e.start, end: e.end, stance: e.stance, label: `${e.stance}: ${e.claimText}` }))}
        />
      </article>
      <aside className="space-y-4 text-sm">
        <section>
          <h2 className="mb-2 font-semibold">Claims in this article</h2>
          {claims.size === 0 ? (
            <p className="text-slate-500">None yet.</p>
          ) : (
            <ul className="space-y-2">
              {[...claims].map(([claimId, text]) => (
                <li key={claimId}>
                  <Link href={`/claims/${claimId}`} className="text-blue-700 hover:underline" lang={textLang(text)}>{text}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2 className="mb-2 font-semibold">Legend</h2>
          <StanceLegend />
        </section>
      </aside>
    </div>
  );
}
