// What the passage index holds for one article: its clauses with their spans, folded text and
// content words, and the numbers they state (for retrieval by value). Pure; lib/data stores it.
import { foldText } from './fold';
import { findNumbers } from './numerals';
import { segmentWords } from './segment';
import { splitClauses } from './split-passages';

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

/** Document frequencies over a set of clauses, for small corpora held in memory (tests, evaluation). */
export function countWords(rows: readonly { words: readonly string[] }[]): { clauses: number; documentFrequency: (word: string) => number } {
  const df = new Map<string, number>();
  for (const row of rows) for (const word of new Set(row.words)) df.set(word, (df.get(word) ?? 0) + 1);
  return { clauses: rows.length, documentFrequency: (word) => df.get(word) ?? 0 };
}
