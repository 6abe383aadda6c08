// The finder's vocabulary: the claim it looks for, the indexed clauses it looks in, the
// corpus statistics that weight words, and what it proposes.
import type { ClaimKind, Comparator } from '../claims/claim-kind';

/** What the finder knows of a claim: its own fields and the quotes it already has. */
export type FinderClaim = {
  text: string;
  gloss?: string | null;
  topics?: readonly string[];
  kind: ClaimKind;
  value?: number | null;
  comparator?: Comparator | null;
  unit?: string | null;
  /** YYYY-MM-DD */
  asOf?: string | null;
  /** Exact text of quotes already accepted as evidence (any outlet). */
  quotes?: readonly string[];
};

/** One clause of the passage index (lib/finder/index-article.ts makes them). */
export type IndexedClause = {
  articleId: number;
  /** Code points into the article's stored text. */
  start: number;
  end: number;
  sentence: number;
  ordinal: number;
  /** The clause's text folded (same length as the stored span). */
  folded: string;
  /** Content words (lib/finder/segment.ts). */
  words: readonly string[];
  /**
   * Words of the sentence before, when this clause opens a sentence with a pronoun that refers
   * back to it (lib/finder/anaphora.ts): credited in part to the windows starting here.
   */
  context?: readonly string[];
};

/**
 * How many articles are indexed and how many contain a word: words in every article of a story
 * (its protagonists, the event) say little about which passage states a given claim.
 */
export type CorpusStats = {
  articles: number;
  documentFrequency: (word: string) => number;
};

export type SuggestedStance = 'states' | 'contradicts' | 'mentions';

/** One proposed passage: a window of whole clauses inside one sentence. */
export type ScoredPassage = {
  articleId: number;
  start: number;
  end: number;
  score: number;
  stance: SuggestedStance;
  statedValue: string | null;
  reason: string;
  /** Words of the claim the passage contains, best first. */
  matched: string[];
  /** Of those, the ones found only in the sentence its opening pronoun refers back to. */
  inherited?: string[];
};
