// Resolves the curated seed claims against the parsed article texts (before anything is
// stored): every quote is
// anchored exactly (W3C TextQuoteSelector -> code-point positions). Any quote that does not
// anchor, any unknown article and any outlet mismatch is collected, and the whole seed
// fails loudly listing all of them, so a bad seed file never loads partially.
import { anchorQuote, type Anchor } from '../anchoring';
import type { SeedClaim, SeedClaimsFile } from './claims-file';

/** A seed article as parsed, before it is stored: referred to by its file name. */
export type SeedArticleRef = { file: string; outlet: string; text: string };

export type PlannedEvidence = Anchor & {
  article: string;
  stance: 'states' | 'contradicts';
  statedValue: string | null;
  note: string | null;
};

export type PlannedClaim = {
  claim: Omit<SeedClaim, 'evidence' | 'reviews'>;
  evidence: PlannedEvidence[];
  reviews: { article: string; note: string | null }[];
};

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed claims do not fit the seed articles (${problems.length} problem(s)):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedError';
  }
}

export function planSeedClaims(file: SeedClaimsFile, articles: ReadonlyMap<string, SeedArticleRef>): PlannedClaim[] {
  const problems: string[] = [];
  const plans: PlannedClaim[] = [];

  const articleFor = (claimKey: string, ref: { article: string; outlet: string }): SeedArticleRef | null => {
    const article = articles.get(ref.article);
    if (!article) {
      problems.push(`${claimKey}: unknown article file ${ref.article}`);
      return null;
    }
    if (article.outlet !== ref.outlet) {
      problems.push(`${claimKey}: ${ref.article} belongs to outlet ${article.outlet}, not ${ref.outlet}`);
      return null;
    }
    return article;
  };

  for (const seed of file.claims) {
    const { evidence, reviews, ...claim } = seed;
    const plan: PlannedClaim = { claim, evidence: [], reviews: [] };
    const withEvidence = new Set<string>();
    for (const item of evidence) {
      const article = articleFor(seed.key, item);
      if (!article) continue;
      const result = anchorQuote(article.text, { exact: item.exact, prefix: item.prefix, suffix: item.suffix });
      if (!result.ok) {
        problems.push(`${seed.key}: quote "${item.exact}" in ${item.article}: ${result.message}`);
        continue;
      }
      withEvidence.add(article.file);
      plan.evidence.push({
        ...result.anchor,
        article: article.file,
        stance: item.stance,
        statedValue: item.statedValue ?? null,
        note: item.note ?? null,
      });
    }
    const reviewed = new Set<string>();
    for (const review of reviews) {
      const article = articleFor(seed.key, review);
      if (!article) continue;
      if (withEvidence.has(article.file)) {
        problems.push(`${seed.key}: ${review.article} is marked as omitting the claim but also has evidence for it`);
        continue;
      }
      if (reviewed.has(article.file)) {
        problems.push(`${seed.key}: ${review.article} is reviewed twice`);
        continue;
      }
      reviewed.add(article.file);
      plan.reviews.push({ article: article.file, note: review.note ?? null });
    }
    plans.push(plan);
  }

  if (problems.length) throw new SeedError(problems);
  return plans;
}
