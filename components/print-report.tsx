// The printable report of an export: a cover, the claims × outlets matrix, then each claim on
// its own page with every outlet's quotes shown in their paragraph. Laid out for A4 with a
// running header and "page N / M" in the page margins (CSS @page margin boxes, which
// Chromium prints); the site header and navigation are hidden when printing.
import Link from '@/components/link';
import { findParagraph } from '@/lib/anchoring';
import { formatClaimValue } from '@/lib/claims';
import { CELL_STANCES, type CellStance } from '@/lib/claims/stance';
import { cellOf } from '@/lib/export/cells';
import { cssString } from '@/lib/export/css-string';
import { describeScope } from '@/lib/export/describe-scope';
import { scopeWords } from '@/lib/i18n/scope-words';
import type { ExportArticle, ExportClaim, ExportData } from '@/lib/export/types';
import { splitEvenly } from '@/lib/export/matrix-chunks';
import { safeHttpUrl, scopeUrl } from '@/lib/export/urls';
import { comparatorWords } from '@/lib/i18n/comparator-words';
import { getT } from '@/lib/i18n/server';
import { QuoteInParagraph } from './highlighted-text';
import { StanceIcon } from './stance-icon';
import { STANCE_CLASSES } from './stance-style';
import { textLang } from '@/lib/text/detect-script';

type Translator = Awaited<ReturnType<typeof getT>>;

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
  .report-matrix [data-stance] { font-size: 7.5pt; }
  .report-matrix thead { display: table-header-group; }
  .report-matrix tr, .report-evidence, .report-outlet h3 { break-inside: avoid; }
  .report-outlet h3 { break-after: avoid; }
  .report a { color: inherit; text-decoration: none; }
  .report * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
}

// Icons as SVG, like the claim table: rare glyphs such as ⧗ are missing from the app's fonts.
// In the matrix (compact) the icon sits above the label, so a narrow column still holds both.
function Stance({ stance, labels, compact = false }: { stance: CellStance; labels: Record<CellStance, string>; compact?: boolean }) {
  const layout = compact ? 'flex w-fit max-w-full flex-col items-start px-0.5' : 'inline-flex items-center gap-1 whitespace-nowrap px-1.5';
  return (
    <span className={`${layout} rounded border text-xs ${STANCE_CLASSES[stance]}`} data-stance={stance}>
      <StanceIcon stance={stance} />
      <span data-stance-label="">{labels[stance]}</span>
    </span>
  );
}

function ArticleCitation({ article, t }: { article: ExportArticle; t: Translator }) {
  const external = safeHttpUrl(article.url);
  return (
    <>
      <Link href={`/articles/${article.id}`} lang={textLang(article.title)} className="text-blue-800 underline underline-offset-2">
        {article.title}
      </Link>
      {t('report.comma')}
      {article.publishedAt.slice(0, 10)}
      {external && <span className="ml-1 break-all text-slate-500">({external})</span>}
    </>
  );
}

function ClaimPage({
  claim,
  data,
  articles,
  t,
  stanceLabels,
  topicLabel,
}: {
  claim: ExportClaim;
  data: ExportData;
  articles: Map<number, ExportArticle>;
  t: Translator;
  stanceLabels: Record<CellStance, string>;
  topicLabel: (topic: string) => string;
}) {
  const value = formatClaimValue(claim, comparatorWords(t));
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
          {[
            t(`report.kind.${claim.kind}`),
            value,
            claim.asOf && t('report.asOf', { date: claim.asOf }),
            claim.topics.length > 0 && t('report.topics', { topics: claim.topics.map(topicLabel).join(', ') }),
            t('report.lastEdited', { date: claim.updatedAt.slice(0, 10) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      {data.outlets.map((outlet) => {
        const cell = cellOf(claim, outlet.slug);
        return (
          <section key={outlet.slug} className="report-outlet space-y-2" data-outlet={outlet.slug} data-stance={cell.stance}>
            <h3 className="flex items-center gap-2 font-semibold">
              <span lang={outlet.language}>{outlet.name}</span> <Stance stance={cell.stance} labels={stanceLabels} />
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
                    {t(`stance.${evidence.stance}`)}
                    {article && (
                      <>
                        {t('report.colon')}
                        <ArticleCitation article={article} t={t} />
                      </>
                    )}
                    {evidence.statedValue && <> · {t('report.statedValue', { value: evidence.statedValue })}</>}
                    {evidence.note && <> · {t('report.note', { note: evidence.note })}</>}
                  </p>
                </div>
              );
            })}
            {cell.reviews.map((review) => {
              const article = articles.get(review.articleId);
              return (
                <p key={review.id} className="text-sm text-slate-700">
                  {t('report.checked')} {article ? <ArticleCitation article={article} t={t} /> : t('report.articleFallback', { id: review.articleId })}
                  {t('report.noMention')}
                  {review.note && <> {review.note}</>}
                </p>
              );
            })}
            {cell.stance === 'predates' && (
              <p className="text-sm text-slate-600">{t('report.predates', { date: claim.asOf ?? '' })}</p>
            )}
            {cell.stance === 'unchecked' && <p className="text-sm text-slate-500">{t('report.notChecked')}</p>}
          </section>
        );
      })}
    </section>
  );
}

export async function PrintReport({
  data,
  claims,
  articles,
  topicLabel = (topic) => topic,
}: {
  data: ExportData;
  claims: ExportClaim[];
  articles: Map<number, ExportArticle>;
  /** A topic as shown in the interface language (lib/claims/topic-names.ts); the canonical name by default. */
  topicLabel?: (topic: string) => string;
}) {
  const t = await getT();
  // Translated once: the matrix and the claim pages show a badge for every claim × outlet.
  const stanceLabels = Object.fromEntries(CELL_STANCES.map((stance) => [stance, t(`stanceWord.${stance}`)])) as Record<CellStance, string>;
  const description = describeScope(data.scope, data.outlets, scopeWords(t));
  const date = data.generatedAt.slice(0, 10);
  const liveUrl = scopeUrl(data.baseUrl, data.scope);
  const header = `${t('report.title')} · ${description}`;
  return (
    <div className="report space-y-8">
      <style dangerouslySetInnerHTML={{ __html: printStyles(header.length > 110 ? `${header.slice(0, 109)}…` : header, date) }} />
      <p className="report-screen-only rounded border border-slate-200 bg-white px-3 py-2 text-sm text-slate-600">{t('report.printHint')}</p>

      <section className="report-cover space-y-4" aria-labelledby="report-title">
        <h1 id="report-title" className="text-3xl font-semibold tracking-tight">{t('report.title')}</h1>
        <p className="text-lg">{description}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">{t('report.date')}</dt>
          <dd>{date}</dd>
          <dt className="text-slate-500">{t('report.claims')}</dt>
          <dd>{t('report.claimsCount', { claims: claims.length, outlets: data.outlets.length })}</dd>
          <dt className="text-slate-500">{t('report.liveView')}</dt>
          <dd className="break-all">
            <a href={liveUrl} className="text-blue-800 underline underline-offset-2">{liveUrl}</a>
          </dd>
        </dl>
        <ul className="space-y-1 text-sm text-slate-600">
          {CELL_STANCES.map((stance) => (
            <li key={stance}>
              <Stance stance={stance} labels={stanceLabels} /> {t(`report.legend.${stance}`)}
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">{t('report.quotesNote')}</p>
      </section>

      <section aria-labelledby="report-matrix" className="space-y-2">
        <h2 id="report-matrix" className="text-xl font-semibold">{t('report.matrix')}</h2>
        {/* At most six outlets a table, so every stance label fits an A4 column (lib/export/matrix-chunks.ts). */}
        {splitEvenly(data.outlets).map((outlets, part, parts) => (
          <table key={part} className="report-matrix w-full border-collapse text-sm" style={{ tableLayout: 'fixed' }} data-matrix-part={part + 1}>
            {parts.length > 1 && (
              <caption className="py-1 text-left text-xs text-slate-500">{t('report.matrixPart', { part: part + 1, parts: parts.length })}</caption>
            )}
            <thead>
              <tr>
                <th scope="col" className="border-b border-slate-300 px-1 py-1 text-left" style={{ width: outlets.length > 3 ? '26%' : '40%' }}>
                  {t('report.claim')}
                </th>
                {outlets.map((outlet) => (
                  <th key={outlet.slug} scope="col" className="border-b border-slate-300 px-1 py-1 text-left align-bottom [overflow-wrap:anywhere]" lang={outlet.language}>
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
                  {outlets.map((outlet) => (
                    <td key={outlet.slug} className="border-b border-slate-200 px-1 py-1" data-outlet={outlet.slug}>
                      <Stance stance={cellOf(claim, outlet.slug).stance} labels={stanceLabels} compact />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>

      {claims.map((claim) => (
        <ClaimPage key={claim.id} claim={claim} data={data} articles={articles} t={t} stanceLabels={stanceLabels} topicLabel={topicLabel} />
      ))}
    </div>
  );
}
