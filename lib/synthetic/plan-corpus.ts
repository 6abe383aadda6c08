// Owns the shape of a synthetic corpus before any text exists: outlets with Zipf-skewed sizes,
// article dates and lengths, claims (kind, value, dates, topics, status), which outlet's
// article cites which claim with which stance (popular claims cited by many outlets, most by
// few, some claims contested), and the omission reviews. Small typed arrays only, so a plan
// for 200k evidence costs a few megabytes; text is generated later, batch by batch.
import { createRng, shuffleInPlace, type Rng } from './prng';
import { generateClaimText, type ClaimKind, type Comparator } from './generate-text';
import { getVocabulary, TOPICS, type Script } from './vocabulary';
import { allocateCounts, zipfWeights } from './zipf';

export type CorpusOptions = {
  claims: number;
  outlets: number;
  articles: number;
  evidence: number;
  seed: number;
};

import type { LanguageCode } from '../claims/shapes';
export type { LanguageCode };

export type PlannedOutlet = {
  id: number;
  slug: string;
  name: string;
  homepage: string;
  language: LanguageCode;
  script: Script;
  articleCount: number;
};

export type PlannedClaim = {
  id: number;
  text: string;
  gloss: string | null;
  topics: string[];
  kind: ClaimKind;
  value: number | null;
  comparator: Comparator | null;
  unit: string | null;
  /** YYYY-MM-DD */
  asOf: string | null;
  status: 'draft' | 'published';
  createdAt: number;
};

export type CorpusPlan = {
  options: CorpusOptions;
  outlets: PlannedOutlet[];
  /** Per article (index = id - 1, in publication order). */
  articleOutlet: Int32Array;
  articlePublishedAt: Float64Array;
  articleLength: Int32Array;
  claims: PlannedClaim[];
  /** Evidence in article order (index = id - 1): claim index, article index, 1 = contradicts. */
  evidenceClaim: Int32Array;
  evidenceArticle: Int32Array;
  evidenceContradicts: Uint8Array;
  /** evidence of article a is [articleEvidenceStart[a], articleEvidenceStart[a + 1]) */
  articleEvidenceStart: Int32Array;
  reviewClaim: Int32Array;
  reviewArticle: Int32Array;
};

export const CORPUS_START = Date.UTC(2022, 0, 1);
export const CORPUS_END = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

/** Tunables of the corpus shape, in one place. */
export const SHAPE = {
  outletZipfExponent: 1.0,
  claimZipfExponent: 1.0,
  maxEvidencePerClaim: 400,
  traditionalOutletEvery: 5, // outlet i with i % 5 === 2 writes Traditional: 20%
  articleMinLength: 1500,
  articleMaxLength: 4000,
  publishedRate: 0.95,
  asOfRate: 0.3,
  glossRate: 0.4,
  reviewRate: 0.1,
  contestedClaimRate: 0.2,
  contradictsInContested: 0.45,
  contradictsOtherwise: 0.06,
  mixedCellRate: 0.04,
  kinds: [
    { kind: 'fact' as const, weight: 0.5 },
    { kind: 'quantity' as const, weight: 0.25 },
    { kind: 'date' as const, weight: 0.1 },
    { kind: 'opinion' as const, weight: 0.15 },
  ],
};

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function toDateOnly(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function validateCorpusOptions(options: CorpusOptions): void {
  for (const key of ['claims', 'outlets', 'articles', 'evidence'] as const) {
    const value = options[key];
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`--${key} must be a whole number >= 0, got ${value}`);
  }
  if (options.outlets < 1 || options.articles < 1 || options.claims < 1) {
    throw new RangeError('a corpus needs at least one outlet, article and claim');
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`--seed must be an integer, got ${options.seed}`);
}

function planOutlets(options: CorpusOptions): PlannedOutlet[] {
  const rng = createRng(options.seed, 'outlets');
  const v = getVocabulary();
  const counts = allocateCounts(options.articles, zipfWeights(options.outlets, SHAPE.outletZipfExponent), {
    min: options.articles >= options.outlets ? 1 : 0,
  });
  const width = Math.max(3, String(options.outlets).length);
  const names = new Set<string>();
  return counts.map((articleCount, i) => {
    const traditional = i % SHAPE.traditionalOutletEvery === 2;
    const script: Script = traditional ? 'traditional' : 'simplified';
    let name = rng.pick(v.outletStems)[script] + rng.pick(v.outletSuffixes)[script];
    if (names.has(name)) name = `${name}${i + 1}`;
    names.add(name);
    const slug = `outlet-${pad(i + 1, width)}`;
    return {
      id: i + 1,
      slug,
      name,
      homepage: `https://${slug}.example`,
      language: traditional ? 'zh-Hant' : 'zh-Hans',
      script,
      articleCount,
    };
  });
}

function planArticles(options: CorpusOptions, outlets: PlannedOutlet[]) {
  const rng = createRng(options.seed, 'articles');
  const n = options.articles;
  const items: { outlet: number; at: number }[] = [];
  const span = CORPUS_END - CORPUS_START;
  for (const outlet of outlets) {
    for (let k = 0; k < outlet.articleCount; k++) {
      // sqrt skews towards recent years: coverage grows over time
      items.push({ outlet: outlet.id - 1, at: CORPUS_START + Math.floor(Math.sqrt(rng.next()) * span) });
    }
  }
  items.sort((a, b) => a.at - b.at || a.outlet - b.outlet);
  const articleOutlet = new Int32Array(n);
  const articlePublishedAt = new Float64Array(n);
  const articleLength = new Int32Array(n);
  items.forEach((item, i) => {
    articleOutlet[i] = item.outlet;
    articlePublishedAt[i] = item.at;
    articleLength[i] = rng.int(SHAPE.articleMinLength, SHAPE.articleMaxLength);
  });
  return { articleOutlet, articlePublishedAt, articleLength };
}

function pickKind(rng: Rng): ClaimKind {
  let roll = rng.next();
  for (const { kind, weight } of SHAPE.kinds) {
    if (roll < weight) return kind;
    roll -= weight;
  }
  return 'fact';
}

function planClaims(options: CorpusOptions): PlannedClaim[] {
  const span = CORPUS_END - CORPUS_START;
  return Array.from({ length: options.claims }, (_, i) => {
    const rng = createRng(options.seed, 'claim', i);
    const kind = pickKind(rng);
    const { text, value, comparator, unit } = generateClaimText(rng, kind);
    // ids grow with creation time (jitter inside each slot); claims follow the same growth as
    // articles (sqrt), so quotes spread evenly over the articles of each period
    const createdAt = CORPUS_START + Math.floor(Math.sqrt((i + rng.next()) / options.claims) * span);
    const topicCount = rng.int(1, 3);
    const topics = [...new Set(Array.from({ length: topicCount }, () => rng.pick(TOPICS) as string))];
    const asOf = rng.chance(SHAPE.asOfRate) ? toDateOnly(createdAt - rng.int(0, 365) * DAY) : null;
    const gloss = rng.chance(SHAPE.glossRate) ? `Synthetic claim ${i + 1} on ${topics.join(', ')}` : null;
    return {
      id: i + 1,
      text,
      gloss,
      topics,
      kind,
      value,
      comparator,
      unit,
      asOf,
      status: rng.chance(SHAPE.publishedRate) ? 'published' : 'draft',
      createdAt,
    };
  });
}

/** Index of the first of `times` (sorted) at or after `at`. */
function lowerBound(times: Float64Array, indices: Int32Array, at: number): number {
  let lo = 0;
  let hi = indices.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[indices[mid] as number] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function planCorpus(options: CorpusOptions): CorpusPlan {
  validateCorpusOptions(options);
  const outlets = planOutlets(options);
  const { articleOutlet, articlePublishedAt, articleLength } = planArticles(options, outlets);
  const claims = planClaims(options);
  const C = options.claims;
  const O = options.outlets;

  // each outlet's articles in publication order (the global order already is)
  const outletArticles: Int32Array[] = outlets.map((o) => new Int32Array(o.articleCount));
  const fill = new Int32Array(O);
  articleOutlet.forEach((o, a) => {
    (outletArticles[o] as Int32Array)[fill[o]!++] = a;
  });
  const activeOutlets = outlets.filter((o) => o.articleCount > 0).map((o) => o.id - 1);
  const outletWeight = outlets.map((o) => (o.articleCount > 0 ? o.articleCount ** 0.6 : 0));

  /** An article of the outlet published near the claim's creation. */
  const articleNear = (rng: Rng, outlet: number, at: number): number => {
    const list = outletArticles[outlet] as Int32Array;
    const spread = Math.max(1, list.length * 0.03);
    const pos = lowerBound(articlePublishedAt, list, at) + Math.round(rng.normal() * spread);
    return list[Math.min(list.length - 1, Math.max(0, pos))] as number;
  };

  // how many quotes each claim gets: Zipf over a shuffled popularity rank
  const rankWeights = shuffleInPlace(createRng(options.seed, 'popularity'), zipfWeights(C, SHAPE.claimZipfExponent));
  const maxPerClaim = Math.max(Math.ceil(options.evidence / C), Math.min(SHAPE.maxEvidencePerClaim, activeOutlets.length * 4));
  const perClaim = allocateCounts(options.evidence, rankWeights, { min: options.evidence >= C ? 1 : 0, max: maxPerClaim });

  const evClaim = new Int32Array(options.evidence);
  const evArticle = new Int32Array(options.evidence);
  const evContradicts = new Uint8Array(options.evidence);
  const reviewClaim: number[] = [];
  const reviewArticle: number[] = [];
  let e = 0;
  const cited = new Uint8Array(O);
  for (let c = 0; c < C; c++) {
    const rng = createRng(options.seed, 'coverage', c);
    const claim = claims[c] as PlannedClaim;
    const n = perClaim[c] as number;
    const m = Math.min(activeOutlets.length, n, Math.max(1, Math.round(n / (1 + rng.next() * 0.8))));
    // m distinct outlets, bigger ones likelier (Efraimidis–Spirakis keys)
    const chosen = n === 0 ? [] : activeOutlets
      .map((o) => ({ o, key: Math.log(1 - rng.next()) / (outletWeight[o] as number) }))
      .sort((a, b) => b.key - a.key || a.o - b.o)
      .slice(0, m)
      .map((x) => x.o);
    const perCell = new Array<number>(chosen.length).fill(1);
    for (let extra = n - chosen.length; extra > 0; extra--) perCell[Math.floor(rng.next() * chosen.length)]!++;
    const contested = rng.chance(SHAPE.contestedClaimRate);
    cited.fill(0);
    chosen.forEach((outlet, k) => {
      cited[outlet] = 1;
      const count = perCell[k] as number;
      const roll = rng.next();
      const mixed = count >= 2 && roll < SHAPE.mixedCellRate;
      const contradicts = !mixed && rng.chance(contested ? SHAPE.contradictsInContested : SHAPE.contradictsOtherwise);
      for (let q = 0; q < count; q++) {
        evClaim[e] = c;
        evArticle[e] = articleNear(rng, outlet, claim.createdAt);
        evContradicts[e] = mixed ? (q === 0 ? 0 : q === 1 ? 1 : rng.chance(0.5) ? 1 : 0) : contradicts ? 1 : 0;
        e++;
      }
    });
    for (const outlet of activeOutlets) {
      if (cited[outlet] || !rng.chance(SHAPE.reviewRate)) continue;
      reviewClaim.push(c);
      reviewArticle.push(articleNear(rng, outlet, claim.createdAt));
    }
  }

  // evidence regrouped by article (a stable counting sort), so text can be cut batch by batch
  const A = options.articles;
  const articleEvidenceStart = new Int32Array(A + 1);
  for (let i = 0; i < e; i++) articleEvidenceStart[(evArticle[i] as number) + 1]!++;
  for (let a = 0; a < A; a++) articleEvidenceStart[a + 1]! += articleEvidenceStart[a] as number;
  const cursor = articleEvidenceStart.slice(0, A);
  const evidenceClaim = new Int32Array(e);
  const evidenceArticle = new Int32Array(e);
  const evidenceContradicts = new Uint8Array(e);
  for (let i = 0; i < e; i++) {
    const a = evArticle[i] as number;
    const at = cursor[a]!++;
    evidenceClaim[at] = evClaim[i] as number;
    evidenceArticle[at] = a;
    evidenceContradicts[at] = evContradicts[i] as number;
  }

  return {
    options,
    outlets,
    articleOutlet,
    articlePublishedAt,
    articleLength,
    claims,
    evidenceClaim,
    evidenceArticle,
    evidenceContradicts,
    articleEvidenceStart,
    reviewClaim: Int32Array.from(reviewClaim),
    reviewArticle: Int32Array.from(reviewArticle),
  };
}
