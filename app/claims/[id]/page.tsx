import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuoteInParagraph } from '@/components/highlighted-text';
import { StanceBadge } from '@/components/stance-badge';
import { findParagraph } from '@/lib/anchoring';
import { claimKindLabel, formatClaimValue } from '@/lib/claims';
import { getPrisma } from '@/lib/db/prisma';
import { getClaim } from '@/lib/data/get-claim';
import { parseId } from '@/lib/data/parse-id';
import { textLang } from '@/components/text-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const id = parseId((await params).id);
  const detail = id ? await getClaim(getPrisma(), id) : null;
  return { title: detail?.claim.text ?? 'Claim not found' };
}

export default async function ClaimPage({ params }: Props) {
  const id = parseId((await params).id);
  const detail = id ? await getClaim(getPrisma(), id) : null;
  if (!detail) notFound();
  const { claim, outlets, articles } = detail;
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const value = formatClaimValue(claim);

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-500">
          <Link href="/" className="hover:underline">Claims</Link> › {claimKindLabel(claim.kind)}
        </p>
        <h1 className="text-2xl font-semibold" lang={textLang(claim.text)}>{claim.text}</h1>
        {claim.gloss && <p className="text-slate-600">{claim.gloss}</p>}
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
          {value && (<><dt className="sr-only">Value</dt><dd>Value: {value}</dd></>)}
          {claim.asOf && (<><dt className="sr-only">As of</dt><dd>As of {claim.asOf}</dd></>)}
          {claim.topics.length > 0 && (<><dt className="sr-only">Topics</dt><dd>Topics: {claim.topics.join(', ')}</dd></>)}
          <dt className="sr-only">Status</dt><dd>{claim.status === 'draft' ? 'Draft' : 'Published'}</dd>
        </dl>
      </header>

      <section aria-labelledby="by-outlet" className="space-y-4">
        <h2 id="by-outlet" className="text-lg font-semibold">By outlet</h2>
        {outlets.map((outlet) => {
          const cell = claim.cells[outlet.slug]!;
          return (
            <section key={outlet.slug} id={`outlet-${outlet.slug}`} data-outlet={outlet.slug} data-stance={cell.stance} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-semibold" lang={outlet.language}>{outlet.name}</h3>
                <StanceBadge stance={cell.stance} />
              </div>
              {cell.evidence.length > 0 && (
                <ul className="mt-3 space-y-3">
                  {cell.evidence.map((evidence) => {
                    const article = articleById.get(evidence.articleId)!;
                    const paragraph = findParagraph(article.text, evidence.start, evidence.end);
                    return (
                      <li key={evidence.id} className="border-l-4 border-slate-200 pl-3" data-evidence-id={evidence.id}>
                        <blockquote>
                          <QuoteInParagraph lang={article.language} text={article.text} paragraph={paragraph} span={{ id: evidence.id, start: evidence.start, end: evidence.end, stance: evidence.stance }} />
                        </blockquote>
                        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600">
                          <StanceBadge stance={evidence.stance} size="sm" />
                          {evidence.statedValue && <span>Stated value: <span lang={article.language}>{evidence.statedValue}</span></span>}
                          <Link href={`/articles/${article.id}#e-${evidence.id}`} className="text-blue-700 hover:underline">
                            <span lang={article.language}>{article.title}</span> ({article.publishedAt.slice(0, 10)})
                          </Link>
                        </p>
                        {evidence.note && <p className="mt-1 text-sm text-slate-500">{evidence.note}</p>}
                      </li>
                    );
                  })}
                </ul>
              )}
              {cell.evidence.length === 0 && cell.reviews.length > 0 && (
                <ul className="mt-2 space-y-1 text-sm text-slate-600">
                  {cell.reviews.map((review) => {
                    const article = articleById.get(review.articleId)!;
                    return (
                      <li key={review.id}>
                        Checked{' '}
                        <Link href={`/articles/${article.id}`} className="text-blue-700 hover:underline" lang={article.language}>{article.title}</Link>
                        : no mention.{review.note && <span className="text-slate-500"> {review.note}</span>}
                      </li>
                    );
                  })}
                </ul>
              )}
              {cell.stance === 'predates' && <p className="mt-2 text-sm text-slate-600">This outlet's coverage was published before {claim.asOf}.</p>}
              {cell.stance === 'unchecked' && <p className="mt-2 text-sm text-slate-500">Not checked yet.</p>}
            </section>
          );
        })}
      </section>
    </article>
  );
}
