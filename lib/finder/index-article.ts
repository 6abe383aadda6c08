// What the passage index holds for one article: its clauses with their spans, folded text and
// content words, and the numbers they state (for retrieval by value). Pure; lib/data stores it.
import { foldText } from './fold';
import { findNumbers } from './numerals';
import { segmentWords } from './segment';
import { splitClauses } from './split-passages';
import type { CorpusStats } from './types';

export type ClauseRow = {
  ordinal: number;
  sentence: number;
  start: number;
  end: number;
  folded: string;
  words: string[];
  numbers: number[];
};

export function indexArticleText(text: string): ClauseRow[] {
  const folded = [...foldText(text)];
  return splitClauses(text).map((clause) => {
    const clauseFolded = folded.slice(clause.start, clause.end).join('');
    return {
      ordinal: clause.ordinal,
      sentence: clause.sentence,
      start: clause.start,
      end: clause.end,
      folded: clauseFolded,
      words: [...new Set(segmentWords(clauseFolded))],
      numbers: [...new Set(findNumbers(clauseFolded).filter((m) => m.role === 'count').map((m) => m.value))],
    };
  });
}

/** The distinct words of an article, for its row in the word statistics. */
export function articleWords(rows: readonly { words: readonly string[] }[]): string[] {
  return [...new Set(rows.flatMap((row) => row.words))];
}

/** Article frequencies of words, for small corpora held in memory (tests, evaluation). */
export function countWords(articles: readonly (readonly { words: readonly string[] }[])[]): CorpusStats {
  const df = new Map<string, number>();
  for (const rows of articles) for (const word of articleWords(rows)) df.set(word, (df.get(word) ?? 0) + 1);
  return { articles: articles.length, documentFrequency: (word) => df.get(word) ?? 0 };
}

/**
 * Bumped whenever indexArticleText or the words it keeps change: articles indexed with an older
 * version are indexed again at start-up (lib/data/workflows/backfill-passage-index.ts).
 */
export const PASSAGE_INDEX_VERSION = 1;
