// The printable report of an export: a cover, the claims × outlets matrix, then each claim on
// its own page with every outlet's quotes shown in their paragraph. Laid out for A4 with a
// running header and "page N / M" in the page margins (CSS @page margin boxes, which
// Chromium prints); the site header and navigation are hidden when printing.
import Link from 'next/link';
import { findParagraph } from '@/lib/anchoring';
import { formatClaimValue } from '@/lib/claims';
import { CELL_STANCES, type CellStance } from '@/lib/claims/stance';
import { cellOf } from '@/lib/export/cells';
import { cssString } from '@/lib/export/css-string';
import { describeScope } from '@/lib/export/describe-scope';
import type { ExportArticle, ExportClaim, ExportData } from '@/lib/export/types';
import { safeHttpUrl, scopeUrl } from '@/lib/export/urls';
import { QuoteInParagraph } from './highlighted-text';
import { StanceIcon } from './stance-icon';
import { STANCE_CLASSES } from './stance-style';
import { textLang } from './text-lang';

function printStyles(runningHeader: string, date: string): string {
  return `
@page {
  size: A4;
  margin: 20mm 16mm 18mm 16mm;
  @top-center { content: ${cssString(runningHeader)}; font-size: 8pt; color: #64748b; }
  @bottom-left { content: ${cssString(`Claimgrid · ${date}`)}; font-size: 8pt; color: #64748b; }
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #64748b; }
}
@page :first {
  @top-center { content: none; }
}
@media print {
  body > header, body > a[href="#main"] { display: none !important; }
  body { background: #fff !important; }
  #main { max-width: none !important; margin: 0 !important; padding: 0 !important; }
  .report-screen-only { display: none !important; }
  .report-claim { break-before: page; }
  .report-matrix { font-size: 8.5pt; }
  .report-matrix thead { display: table-header-group; }
  .report-matrix tr, .report-evidence, .report-outlet h3 { break-inside: avoid; }
  .report-outlet h3 { break-after: avoid; }
  .report a { color: inherit; text-decoration: none; }
  .report * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
}

// Icons as SVG, like the claim table: rare glyphs such as ⧗ are missing from the app's fonts.
function Stance({ stance }: { stance: CellStance }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 text-xs ${STANCE_CLASSES[stance]}`} data-stance={stance}>
      <StanceIcon stance={stance} />
      {stance}
    </span>
  );
}

const LEGEND: Record<CellStance, string> = {
  states: 'the outlet states the claim',
  contradicts: 'it contradicts it',
  mixed: 'it does both',
  omits: 'an editor checked its article and found no mention',
  predates: 'all its coverage is older than the claim',
  unchecked: 'not checked yet',
};

function ArticleCitation({ article }: { article: ExportArticle }) {
  const external = safeHttpUrl(article.url);
  return (
    <>
      <Link href={`/articles/${article.id}`} lang={textLang(article.title)} className="text-blue-800 hover:underline">
        {article.title}
      </Link>
      , {article.publishedAt.slice(0, 10)}
      {external && <span className="ml-1 break-all text-slate-500">({external})</span>}
    </>
  );
}

function ClaimPage({ claim, data, articles }: { claim: ExportClaim; data: ExportData; articles: Map<number, ExportArticle> }) {
  const value = formatClaimValue(claim);
  return (
    <section className="report-claim space-y-4 pt-8" id={`claim-${claim.id}`} data-claim-id={claim.id}>
      <header className="space-y-1 border-b border-slate-300 pb-2">
        <h2 className="text-xl font-semibold" lang={textLang(claim.text)}>
          <Link href={`/claims/${claim.id}`} className="hover:underline">
            {claim.id}. {claim.text}
          </Link>
        </h2>
        {claim.gloss && <p className="text-slate-600">{claim.gloss}</p>}
        <p className="text-sm text-slate-600">
          {[claim.kind, value, claim.asOf && `as of ${claim.asOf}`, claim.topics.length > 0 && `topics: ${claim.topics.join(', ')}`, `last edited ${claim.updatedAt.slice(0, 10)}`]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      {data.outlets.map((outlet) => {
        const cell = cellOf(claim, outlet.slug);
        return (
          <section key={outlet.slug} className="report-outlet space-y-2" data-outlet={outlet.slug} data-stance={cell.stance}>
            <h3 className="flex items-center gap-2 font-semibold">
              <span lang={outlet.language}>{outlet.name}</span> <Stance stance={cell.stance} />
            </h3>
            {cell.evidence.map((evidence) => {
              const article = articles.get(evidence.articleId);
              const text = article?.text;
              return (
                <div key={evidence.id} className="report-evidence space-y-1 border-l-4 border-slate-200 pl-3 text-sm">
                  {text ? (
                    <QuoteInParagraph
                      text={text}
                      paragraph={findParagraph(text, evidence.start, evidence.end)}
                      span={{ id: evidence.id, start: evidence.start, end: evidence.end, stance: evidence.stance }}
                      lang={outlet.language}
                    />
                  ) : (
                    <q lang={outlet.language}>{evidence.exact}</q>
                  )}
                  <p className="text-xs text-slate-600">
                    {evidence.stance === 'states' ? 'States' : 'Contradicts'}
                    {article && (
                      <>
                        {': '}
                        <ArticleCitation article={article} />
                      </>
                    )}
                    {evidence.statedValue && <> · stated value: {evidence.statedValue}</>}
                    {evidence.note && <> · note: {evidence.note}</>}
                  </p>
                </div>
              );
            })}
            {cell.reviews.map((review) => {
              const article = articles.get(review.articleId);
              return (
                <p key={review.id} className="text-sm text-slate-700">
                  Checked {article ? <ArticleCitation article={article} /> : `article ${review.articleId}`}: no mention.
                  {review.note && <> {review.note}</>}
                </p>
              );
            })}
            {cell.stance === 'predates' && (
              <p className="text-sm text-slate-600">All of this outlet&apos;s coverage was published before the claim&apos;s date ({claim.asOf}).</p>
            )}
            {cell.stance === 'unchecked' && <p className="text-sm text-slate-500">Not checked yet.</p>}
          </section>
        );
      })}
    </section>
  );
}

export function PrintReport({ data, claims, articles }: { data: ExportData; claims: ExportClaim[]; articles: Map<number, ExportArticle> }) {
  const description = describeScope(data.scope, data.outlets);
  const date = data.generatedAt.slice(0, 10);
  const liveUrl = scopeUrl(data.baseUrl, data.scope);
  const header = `Claimgrid report · ${description}`;
  return (
    <div className="report space-y-8">
      <style dangerouslySetInnerHTML={{ __html: printStyles(header.length > 110 ? `${header.slice(0, 109)}…` : header, date) }} />
      <p className="report-screen-only rounded border border-slate-200 bg-white px-3 py-2 text-sm text-slate-600">
        Laid out for printing on A4: use your browser&apos;s Print (Ctrl+P or ⌘P) and “Save as PDF”.
      </p>

      <section className="report-cover space-y-4" aria-labelledby="report-title">
        <h1 id="report-title" className="text-3xl font-semibold tracking-tight">Claimgrid report</h1>
        <p className="text-lg">{description}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">Date</dt>
          <dd>{date}</dd>
          <dt className="text-slate-500">Claims</dt>
          <dd>
            {claims.length} across {data.outlets.length} outlet{data.outlets.length === 1 ? '' : 's'}
          </dd>
          <dt className="text-slate-500">Live view</dt>
          <dd className="break-all">
            <a href={liveUrl} className="text-blue-800 hover:underline">{liveUrl}</a>
          </dd>
        </dl>
        <ul className="space-y-1 text-sm text-slate-600">
          {CELL_STANCES.map((stance) => (
            <li key={stance}>
              <Stance stance={stance} /> {LEGEND[stance]}
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">Every quote is shown in its paragraph, as stored in Claimgrid.</p>
      </section>

      <section aria-labelledby="report-matrix" className="space-y-2">
        <h2 id="report-matrix" className="text-xl font-semibold">Matrix</h2>
        <table className="report-matrix w-full border-collapse text-sm" style={{ tableLayout: 'fixed' }}>
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-300 px-1 py-1 text-left" style={{ width: '40%' }}>
                Claim
              </th>
              {data.outlets.map((outlet) => (
                <th key={outlet.slug} scope="col" className="border-b border-slate-300 px-1 py-1 text-left" lang={outlet.language}>
                  {outlet.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} className="align-top">
                <th scope="row" className="border-b border-slate-200 px-1 py-1 text-left font-normal" lang={textLang(claim.text)}>
                  <a href={`#claim-${claim.id}`} className="hover:underline">
                    {claim.id}. {claim.text}
                  </a>
                </th>
                {data.outlets.map((outlet) => (
                  <td key={outlet.slug} className="border-b border-slate-200 px-1 py-1" data-outlet={outlet.slug}>
                    <Stance stance={cellOf(claim, outlet.slug).stance} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {claims.map((claim) => (
        <ClaimPage key={claim.id} claim={claim} data={data} articles={articles} />
      ))}
    </div>
  );
}
