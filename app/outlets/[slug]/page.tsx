import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ExportLinks } from '@/components/export-links';
import { StanceBadge } from '@/components/stance-badge';
import { textLang } from '@/lib/text/detect-script';
import { getActor } from '@/lib/auth/session';
import { CELL_STANCES } from '@/lib/claims';
import { getPrisma } from '@/lib/db/prisma';
import { getOutletRecord } from '@/lib/data/reads/get-outlet-record';
import { getT } from '@/lib/i18n/server';
import { safeHttpUrl } from '@/lib/export/urls';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

/** Loaded once per request for the metadata and the page; a malformed slug is no outlet. */
const loadOutlet = cache((slug: string) => (/^[a-z0-9-]{1,80}$/.test(slug) ? getOutletRecord(getPrisma(), slug) : null));

export async function generateMetadata({ params }: Props) {
  const record = await loadOutlet((await params).slug);
  return { title: record?.outlet.name ?? (await getT())('outlet.notFound') };
}

export default async function OutletPage({ params }: Props) {
  await getActor(); // public, but one holding an admin's one-time password is sent to /account first
  const slug = (await params).slug;
  const record = await loadOutlet(slug);
  if (!record) notFound();
  const { outlet, articles, totals, claimCount, alone } = record;
  const t = await getT();
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-500"><Link href="/" className="hover:underline">{t('nav.claims')}</Link> › {t('outlet.crumb')}</p>
        <h1 className="text-2xl font-semibold" lang={outlet.language}>{outlet.name}</h1>
        {safeHttpUrl(outlet.homepage) && (
          <a href={safeHttpUrl(outlet.homepage)!} className="text-sm text-blue-700 hover:underline" rel="noopener noreferrer nofollow">{outlet.homepage}</a>
        )}
      </header>

      <ExportLinks params={`outlet-page=${outlet.slug}`} />

      <section aria-labelledby="record">
        <h2 id="record" className="mb-2 text-lg font-semibold">{t('outlet.record', { count: claimCount })}</h2>
        <dl className="flex flex-wrap gap-3" data-testid="outlet-record">
          {CELL_STANCES.map((stance) => (
            <div key={stance} className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2" data-stance={stance}>
              <dt><StanceBadge stance={stance} size="sm" /></dt>
              <dd className="text-lg font-semibold tabular-nums">{totals[stance]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm">
          <Link href={`/?outlet=${outlet.slug}&stance=omits`} className="text-blue-700 hover:underline">{t('outlet.omitsLink')}</Link>
          {' · '}
          <Link href={`/?outlet=${outlet.slug}&stance=contradicts`} className="text-blue-700 hover:underline">{t('outlet.contradictsLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="alone">
        <h2 id="alone" className="mb-2 text-lg font-semibold">{t('outlet.alone')}</h2>
        {alone.length === 0 ? (
          <p className="text-sm text-slate-600">{t('outlet.aloneEmpty')}</p>
        ) : (
          <ul className="space-y-2">
            {alone.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-center gap-2 rounded border border-slate-200 bg-white p-3">
                <StanceBadge stance={claim.cells[outlet.slug]!.stance} size="sm" />
                <Link href={`/claims/${claim.id}#outlet-${outlet.slug}`} lang={textLang(claim.text)} className="text-slate-900 hover:underline">{claim.text}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="articles">
        <h2 id="articles" className="mb-2 text-lg font-semibold">{t('outlet.articles', { count: articles.length })}</h2>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {articles.map((article) => (
            <li key={article.id} className="p-3">
              <Link href={`/articles/${article.id}`} lang={article.language} className="font-medium hover:underline">{article.title}</Link>
              <p className="text-sm text-slate-600">
                {article.author && <span lang={article.language}>{article.author} · </span>}
                <time dateTime={article.publishedAt}>{article.publishedAt.slice(0, 10)}</time>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
