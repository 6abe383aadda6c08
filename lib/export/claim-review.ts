// schema.org ClaimReview (JSON-LD), as Google's fact-check structured data reads it: one per
// claim. Claimgrid does not rate whether a claim is true; it reports who says it. So the
// Rating carries no ratingValue: its alternateName is a short verdict ("Stated by 2 of 5
// outlets", at most 75 characters) and its ratingExplanation the full coverage summary over
// the export's outlets (see coverageSummary). The reviewed Claim appears in the articles
// that state it, earliest first; the earliest is its first appearance, and its outlet and
// date are the Claim's author and datePublished. A claim no outlet states first appeared
// on Claimgrid, so it is credited to Claimgrid's editors and its own page.
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
  if (tally.rereview) parts.push(`${tally.rereview} needing re-review`);
  if (tally.unchecked) parts.push(`${tally.unchecked} not yet checked`);
  return parts.join('; ');
}

/** Google shows at most this many characters of claimReviewed and of the Rating's alternateName. */
export const CLAIM_REVIEW_TEXT_MAX = 75;

/** At most `max` code points, the last an ellipsis when cut. */
export function truncateText(text: string, max = CLAIM_REVIEW_TEXT_MAX): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The verdict in a few words: how many outlets state it, and contradict it when any do. */
export function shortVerdict(tally: StanceTally): string {
  const verdict = `Stated by ${tally.states} of ${plural(tally.outlets, 'outlet')}`;
  return truncateText(tally.contradicts ? `${verdict}, contradicted by ${tally.contradicts}` : verdict);
}

type Organization = { '@type': 'Organization'; name: string; url?: string };
type CreativeWork = {
  '@type': 'NewsArticle' | 'WebPage';
  url: string;
  headline: string;
  datePublished: string;
  publisher: Organization;
};

export function claimReview(
  claim: ExportClaim,
  outlets: readonly ExportOutlet[],
  articles: ReadonlyMap<number, ExportArticle>,
  baseUrl: string,
  /** Keep only the earliest this many appearances (a page embedding its review; exports keep all). */
  options: { maxAppearances?: number } = {},
): Record<string, unknown> {
  const stating = new Map<number, ExportArticle>();
  for (const outlet of outlets) {
    for (const evidence of cellOf(claim, outlet.slug).evidence) {
      const article = articles.get(evidence.articleId);
      if (evidence.stance === 'states' && article) stating.set(article.id, article);
    }
  }
  const homepage = new Map(outlets.map((o) => [o.slug, safeHttpUrl(o.homepage)]));
  const outletOf = (article: ExportArticle): Organization => ({
    '@type': 'Organization',
    name: article.outletName,
    ...(homepage.get(article.outlet) ? { url: homepage.get(article.outlet)! } : {}),
  });
  const claimgrid: Organization = { '@type': 'Organization', name: 'Claimgrid', url: baseUrl };
  const appearance: CreativeWork[] = [...stating.values()]
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id - b.id)
    .slice(0, options.maxAppearances ?? Infinity)
    .map((article) => ({
      '@type': 'NewsArticle',
      url: articleLink(baseUrl, article),
      headline: article.title,
      datePublished: article.publishedAt,
      publisher: outletOf(article),
    }));
  const first = appearance[0];
  const tally = tallyStances(claim, outlets);
  const url = claimUrl(baseUrl, claim.id);
  const onClaimgrid: CreativeWork = { '@type': 'WebPage', url, headline: truncateText(claim.text, 110), datePublished: claim.firstPublishedAt, publisher: claimgrid };

  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: truncateText(claim.text),
    itemReviewed: {
      '@type': 'Claim',
      text: claim.text,
      ...(first
        ? { author: first.publisher, datePublished: first.datePublished, appearance, firstAppearance: first }
        : { author: { ...claimgrid, name: 'Claimgrid editors' }, datePublished: claim.firstPublishedAt, appearance: [onClaimgrid], firstAppearance: onClaimgrid }),
    },
    reviewRating: { '@type': 'Rating', alternateName: shortVerdict(tally), ratingExplanation: `${coverageSummary(tally)}.` },
    author: claimgrid,
    datePublished: claim.firstPublishedAt,
    dateModified: claim.updatedAt,
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
