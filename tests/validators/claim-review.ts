// Checks a ClaimReview against Google's fact-check structured data guidance
// (https://developers.google.com/search/docs/appearance/structured-data/factcheck): the
// required properties (claimReviewed, reviewRating with alternateName, url), the recommended
// ones (author, datePublished, itemReviewed: a Claim with author, datePublished, appearance,
// firstAppearance), and the length advice for the two texts a result shows. Returns every
// problem as "path: message"; an empty list means Google's Rich Results Test would find
// nothing to fix in these properties.
type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isHttpUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/\S+$/.test(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v);
/** "Try to keep this less than 75 characters to minimize wrapping when displayed on a mobile device." */
export const GOOGLE_TEXT_MAX = 75;
const length = (s: string) => Array.from(s).length;

function checkAgent(agent: unknown, path: string, errors: string[]): void {
  if (!isObject(agent) || !['Organization', 'Person'].includes(agent['@type'] as string)) return void errors.push(`${path}: must be an Organization or Person`);
  if (typeof agent.name !== 'string' || !agent.name) errors.push(`${path}.name: missing`);
  if ('url' in agent && !isHttpUrl(agent.url)) errors.push(`${path}.url: not an http(s) URL`);
}

function checkWork(work: unknown, path: string, errors: string[]): void {
  if (isHttpUrl(work)) return;
  if (!isObject(work) || typeof work['@type'] !== 'string') return void errors.push(`${path}: must be a URL or a CreativeWork`);
  if (!isHttpUrl(work.url)) errors.push(`${path}.url: not an http(s) URL`);
  if ('datePublished' in work && !isDate(work.datePublished)) errors.push(`${path}.datePublished: not an ISO 8601 date`);
  if ('publisher' in work) checkAgent(work.publisher, `${path}.publisher`, errors);
}

export function validateClaimReview(review: unknown): string[] {
  if (!isObject(review)) return ['$: a ClaimReview must be an object'];
  const errors: string[] = [];
  if (review['@context'] !== 'https://schema.org') errors.push('$.@context: must be https://schema.org');
  if (review['@type'] !== 'ClaimReview') errors.push('$.@type: must be ClaimReview');
  // Required
  if (typeof review.claimReviewed !== 'string' || !review.claimReviewed) errors.push('$.claimReviewed: required');
  else if (length(review.claimReviewed) > GOOGLE_TEXT_MAX) errors.push(`$.claimReviewed: ${length(review.claimReviewed)} characters, more than ${GOOGLE_TEXT_MAX}`);
  const rating = review.reviewRating;
  if (!isObject(rating) || rating['@type'] !== 'Rating') errors.push('$.reviewRating: required, a Rating');
  else if (typeof rating.alternateName !== 'string' || !rating.alternateName) errors.push('$.reviewRating.alternateName: required');
  else if (length(rating.alternateName) > GOOGLE_TEXT_MAX) errors.push(`$.reviewRating.alternateName: ${length(rating.alternateName)} characters, more than ${GOOGLE_TEXT_MAX}`);
  if (!isHttpUrl(review.url)) errors.push('$.url: required, the page hosting the fact check');
  // Recommended
  checkAgent(review.author, '$.author', errors);
  if (!isDate(review.datePublished)) errors.push('$.datePublished: recommended, an ISO 8601 date');
  if ('dateModified' in review && !isDate(review.dateModified)) errors.push('$.dateModified: not an ISO 8601 date');
  if (isDate(review.datePublished) && isDate(review.dateModified) && review.dateModified < review.datePublished) errors.push('$.dateModified: before datePublished');
  const claim = review.itemReviewed;
  if (!isObject(claim) || claim['@type'] !== 'Claim') return [...errors, '$.itemReviewed: recommended, a Claim'];
  checkAgent(claim.author, '$.itemReviewed.author', errors);
  if (!isDate(claim.datePublished)) errors.push('$.itemReviewed.datePublished: recommended, an ISO 8601 date');
  const appearances = Array.isArray(claim.appearance) ? claim.appearance : claim.appearance === undefined ? [] : [claim.appearance];
  if (appearances.length === 0) errors.push('$.itemReviewed.appearance: recommended');
  appearances.forEach((a, i) => checkWork(a, `$.itemReviewed.appearance[${i}]`, errors));
  if (claim.firstAppearance === undefined) errors.push('$.itemReviewed.firstAppearance: recommended');
  else checkWork(claim.firstAppearance, '$.itemReviewed.firstAppearance', errors);
  return errors;
}
