import Link from '@/components/link';
import { HitText } from '@/components/hit-text';
import { textLang } from '@/lib/text/detect-script';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { searchEverything } from '@/lib/data/reads/search-everything';
import { getT } from '@/lib/i18n/server';
import { readScopeOf } from '@/lib/data/reads/read-scope';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('search.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? '';
  const [actor, t] = await Promise.all([getActor(), getT()]);
  const results = q ? await searchEverything(getPrisma(), { query: q, ...readScopeOf(actor) }) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('search.title')}</h1>
      <form method="get" action="/search" role="search" className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">{t('search.label')}</label>
        <input id="search-q" name="q" type="search" defaultValue={q} placeholder={t('search.placeholder')} className="w-full max-w-xl rounded border border-slate-300 px-3 py-2" />
        <button type="submit" className="rounded bg-slate-900 px-4 py-2 text-white">{t('search.submit')}</button>
      </form>
      <p className="text-sm text-slate-600">{t('search.help')}</p>

      {results && (
        <>
          <section aria-labelledby="claim-results">
            <h2 id="claim-results" className="mb-2 text-lg font-semibold">{t('search.claims', { count: results.claims.length })}</h2>
            {results.claims.length === 0 ? (
              <p className="text-sm text-slate-600">{t('search.noClaims')}</p>
            ) : (
              <ul className="space-y-2">
                {results.claims.map((claim) => (
                  <li key={claim.id} className="rounded border border-slate-200 bg-white p-3">
                    <Link href={`/claims/${claim.id}`} className="hover:underline">
                      <HitText text={claim.text} hits={claim.hits} lang={textLang(claim.text)} />
                    </Link>
                    {claim.gloss && <p className="text-xs text-slate-500">{claim.gloss}</p>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="article-results">
            <h2 id="article-results" className="mb-2 text-lg font-semibold">{t('search.articles', { count: results.articles.length })}</h2>
            {results.articles.length === 0 ? (
              <p className="text-sm text-slate-600">{t('search.noArticles')}</p>
            ) : (
              <ul className="space-y-3">
                {results.articles.map(({ article, hitCount, passages }) => (
                  <li key={article.id} className="rounded border border-slate-200 bg-white p-3" data-article-id={article.id} data-outlet={article.outlet}>
                    <p className="font-medium">
                      <Link href={`/articles/${article.id}`} lang={article.language} className="hover:underline">{article.title}</Link>
                    </p>
                    <p className="text-xs text-slate-500"><span lang={article.language}>{article.outletName}</span> · {article.publishedAt.slice(0, 10)} · {t('search.hits', { count: hitCount })}</p>
                    <ul className="mt-2 space-y-1">
                      {passages.map((passage, index) => (
                        <li key={index}>
                          <Link href={`/articles/${article.id}?q=${encodeURIComponent(q)}#hit-${index}`} className="block rounded p-1 text-sm hover:bg-slate-50" data-passage>
                            …<HitText text={passage.text} hits={[{ start: passage.hit.start - passage.start, end: passage.hit.end - passage.start }]} lang={article.language} />…
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
