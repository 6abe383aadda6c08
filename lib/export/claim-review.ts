// schema.org ClaimReview (JSON-LD): one per claim. Claimgrid does not rate whether a claim is
// true; it reports who says it. So the Rating carries no ratingValue, and its alternateName
// is a coverage summary over the export's outlets (see coverageSummary). The reviewed
// Claim's appearances are the articles that state it, earliest first.
import { cellOf, tallyStances, type StanceTally } from './cells';
import { articleLink, claimUrl, safeHttpUrl } from './urls';
import type { ExportArticle, ExportClaim, ExportData, ExportOutlet } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "Stated by 2 of 5 outlets; contradicted by 1; omitted by 1; 1 not yet checked". Always
 * starts with the outlets that state the claim (cells reading "states"; an outlet that both
 * states and contradicts it counts under "stated and contradicted by"), then names every
 * other stance that occurs, in the grid's order.
 */
export function coverageSummary(tally: StanceTally): string {
  const parts = [`Stated by ${tally.states} of ${plural(tally.outlets, 'outlet')}`];
  if (tally.contradicts) parts.push(`contradicted by ${tally.contradicts}`);
  if (tally.mixed) parts.push(`both stated and contradicted by ${tally.mixed}`);
  if (tally.omits) parts.push(`omitted by ${tally.omits}`);
  if (tally.predates) parts.push(`${tally.predates} with coverage older than the claim`);
  if (tally.unchecked) parts.push(`${tally.unchecked} not yet checked`);
  return parts.join('; ');
}

type CreativeWork = {
  '@type': 'NewsArticle';
  url: string;
  headline: string;
  datePublished: string;
  publisher: { '@type': 'Organization'; name: string; url?: string };
};

export function claimReview(
  claim: ExportClaim,
  outlets: readonly ExportOutlet[],
  articles: ReadonlyMap<number, ExportArticle>,
  baseUrl: string,
): Record<string, unknown> {
  const stating = new Map<number, ExportArticle>();
  for (const outlet of outlets) {
    for (const evidence of cellOf(claim, outlet.slug).evidence) {
      const article = articles.get(evidence.articleId);
      if (evidence.stance === 'states' && article) stating.set(article.id, article);
    }
  }
  const homepage = new Map(outlets.map((o) => [o.slug, safeHttpUrl(o.homepage)]));
  const appearance: CreativeWork[] = [...stating.values()]
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id - b.id)
    .map((article) => ({
      '@type': 'NewsArticle',
      url: articleLink(baseUrl, article),
      headline: article.title,
      datePublished: article.publishedAt,
      publisher: {
        '@type': 'Organization',
        name: article.outletName,
        ...(homepage.get(article.outlet) ? { url: homepage.get(article.outlet)! } : {}),
      },
    }));

  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl(baseUrl, claim.id),
    claimReviewed: claim.text,
    itemReviewed: {
      '@type': 'Claim',
      ...(appearance.length ? { appearance, firstAppearance: appearance[0] } : {}),
    },
    reviewRating: { '@type': 'Rating', alternateName: coverageSummary(tallyStances(claim, outlets)) },
    author: { '@type': 'Organization', name: 'Claimgrid', url: baseUrl },
    datePublished: claim.updatedAt.slice(0, 10),
  };
}

/** A JSON array of ClaimReviews, one per line. */
export async function* formatClaimReview(data: ExportData): AsyncGenerator<string> {
  yield '[\n';
  let first = true;
  for await (const page of data.pages()) {
    let chunk = '';
    for (const claim of page.claims) {
      chunk += `${first ? '' : ',\n'}${JSON.stringify(claimReview(claim, data.outlets, page.articles, data.baseUrl))}`;
      first = false;
    }
    if (chunk) yield chunk;
  }
  yield `${first ? '' : '\n'}]\n`;
}
