// Owns turning a corpus plan into database-ready rows: articles batch by batch with the
// evidence quoted from exactly those articles (so the bodies of one batch are all that is
// held at a time), and the claim and review rows. Pure: the loader decides how rows are
// written.
import { claimSearchText } from '../claims/claim-search-text';
import { foldAligned } from '../text/fold-aligned';
import { createQuoteCutter } from './cut-quote';
import { generateArticleText, generatePersonName, generateStatedValue, generateTitle } from './generate-text';
import type { CorpusPlan, LanguageCode } from './plan-corpus';
import { createRng } from './prng';

const HOUR = 3_600_000;

export type ArticleRow = {
  id: number;
  outletId: number;
  title: string;
  url: string;
  author: string | null;
  publishedAt: Date;
  language: LanguageCode;
  text: string;
  /** code points */
  textLength: number;
  searchText: string;
  createdAt: Date;
};

export type EvidenceRow = {
  id: number;
  claimId: number;
  articleId: number;
  stance: 'states' | 'contradicts';
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  statedValue: string | null;
  createdAt: Date;
};

export type ClaimRow = {
  id: number;
  text: string;
  searchText: string;
  gloss: string | null;
  topics: string[];
  kind: 'fact' | 'quantity' | 'date' | 'opinion';
  value: number | null;
  comparator: string | null;
  unit: string | null;
  asOf: string | null;
  status: 'draft' | 'published';
  createdAt: Date;
};

export type ReviewRow = { id: number; claimId: number; articleId: number; createdAt: Date };

export type ArticleBatch = { articles: ArticleRow[]; evidence: EvidenceRow[] };

export type ArticleGenerationOptions = {
  /**
   * 'exact' folds every body with foldAligned (the app's definition); 'lowercase' stores the
   * body lower-cased instead, which is only right for text that needs no folding. Default exact.
   */
  searchText?: 'exact' | 'lowercase';
};

/** Article `index` (0-based) and the evidence quoted from it; the same whatever the batching. */
export function generateArticle(plan: CorpusPlan, index: number, options: ArticleGenerationOptions = {}): ArticleBatch {
  const { seed } = plan.options;
  const outlet = plan.outlets[plan.articleOutlet[index] as number]!;
  const rng = createRng(seed, 'article', index);
  const publishedAt = plan.articlePublishedAt[index] as number;
  const text = generateArticleText(rng, { length: plan.articleLength[index] as number, script: outlet.script });
  const chars = Array.from(text);
  const day = new Date(publishedAt).toISOString().slice(0, 10).replaceAll('-', '/');
  const article: ArticleRow = {
    id: index + 1,
    outletId: outlet.id,
    title: generateTitle(rng, outlet.script),
    url: `${outlet.homepage}/${day}/a${index + 1}.html`,
    author: rng.chance(0.7) ? generatePersonName(rng, outlet.script) : null,
    publishedAt: new Date(publishedAt),
    language: outlet.language,
    text,
    textLength: chars.length,
    searchText: options.searchText === 'lowercase' ? text.toLowerCase() : foldAligned(text),
    createdAt: new Date(publishedAt + rng.int(1, 48) * HOUR),
  };

  const evidence: EvidenceRow[] = [];
  const from = plan.articleEvidenceStart[index] as number;
  const to = plan.articleEvidenceStart[index + 1] as number;
  if (to > from) {
    const cutter = createQuoteCutter(chars);
    // One quote per claim, article and span (a unique index): a repeated cut is cut again.
    const used = new Set<string>();
    for (let e = from; e < to; e++) {
      const quoteRng = createRng(seed, 'quote', e);
      const claim = plan.claims[plan.evidenceClaim[e] as number]!;
      const contradicts = plan.evidenceContradicts[e] === 1;
      let span = cutter.cut(quoteRng);
      for (let attempt = 0; used.has(`${claim.id}:${span.start}:${span.end}`); attempt++) {
        if (attempt === 100) throw new Error(`no free span for claim ${claim.id} in article ${article.id}`);
        span = cutter.cut(quoteRng);
      }
      used.add(`${claim.id}:${span.start}:${span.end}`);
      evidence.push({
        id: e + 1,
        claimId: claim.id,
        articleId: article.id,
        stance: contradicts ? 'contradicts' : 'states',
        ...span,
        statedValue: claim.kind === 'quantity' && claim.value !== null ? generateStatedValue(quoteRng, claim.value, contradicts) : null,
        createdAt: new Date(Math.max(claim.createdAt, publishedAt) + quoteRng.int(1, 72) * HOUR),
      });
    }
  }
  return { articles: [article], evidence };
}

/** Articles [from, to) and their evidence. */
export function generateArticleRange(plan: CorpusPlan, from: number, to: number, options: ArticleGenerationOptions = {}): ArticleBatch {
  const batch: ArticleBatch = { articles: [], evidence: [] };
  for (let i = from; i < Math.min(to, plan.options.articles); i++) {
    const one = generateArticle(plan, i, options);
    batch.articles.push(...one.articles);
    batch.evidence.push(...one.evidence);
  }
  return batch;
}

export function* generateArticleBatches(plan: CorpusPlan, batchSize: number, options: ArticleGenerationOptions = {}): Generator<ArticleBatch> {
  for (let from = 0; from < plan.options.articles; from += batchSize) {
    yield generateArticleRange(plan, from, from + batchSize, options);
  }
}

export function generateClaimRows(plan: CorpusPlan): ClaimRow[] {
  return plan.claims.map((claim) => ({
    id: claim.id,
    text: claim.text,
    searchText: claimSearchText(claim),
    gloss: claim.gloss,
    topics: claim.topics,
    kind: claim.kind,
    value: claim.value,
    comparator: claim.comparator,
    unit: claim.unit,
    asOf: claim.asOf,
    status: claim.status,
    createdAt: new Date(claim.createdAt),
  }));
}

export function generateReviewRows(plan: CorpusPlan): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (let r = 0; r < plan.reviewClaim.length; r++) {
    const claim = plan.claims[plan.reviewClaim[r] as number]!;
    const article = plan.reviewArticle[r] as number;
    const at = Math.max(claim.createdAt, plan.articlePublishedAt[article] as number);
    rows.push({ id: r + 1, claimId: claim.id, articleId: article + 1, createdAt: new Date(at + ((r * 7919) % 72 + 1) * HOUR) });
  }
  return rows;
}
