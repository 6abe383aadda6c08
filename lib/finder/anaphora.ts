// A sentence that opens with a third-person pronoun names its subject in the sentence before it
// (…莫迪决定不出席此次上合组织峰会。他却将于7月8日至9日…首访选在俄罗斯): on its own it shares
// almost no words with a claim about that subject. The finder reads such a sentence with the
// words of the one before it (its antecedent), credited in part (rank-passages.ts), and retrieves
// it whenever the sentence before it is retrieved. A plain rule of written Chinese and English,
// not of any claim: resolving the pronoun to one name would need a tagger this machine lacks.
import type { IndexedClause } from './types';

/**
 * A folded clause that opens a sentence with a third-person pronoun, after an opening quote or
 * bracket. Written for JavaScript and PostgreSQL alike (its source is the pattern the claim
 * direction's retrieval matches with `~`), so: no flags, no look-around, no shorthand classes.
 */
export const REFERS_BACK = /^[“"「『（(]?(他们|她们|它们|他|她|它|he |she |they )/;

/** Whether a sentence whose first clause is this (folded) refers back to the sentence before it. */
export function refersBack(firstClauseFolded: string): boolean {
  return REFERS_BACK.test(firstClauseFolded);
}

const key = (articleId: number, sentence: number) => `${articleId}:${sentence}`;

// Each sentence's opening clause (the one of lowest ordinal), by sentence key.
function openings<C extends IndexedClause>(clauses: readonly C[]): Map<string, C> {
  const first = new Map<string, C>();
  for (const clause of clauses) {
    const k = key(clause.articleId, clause.sentence);
    const opening = first.get(k);
    if (!opening || clause.ordinal < opening.ordinal) first.set(k, clause);
  }
  return first;
}

/** The sentences (by sentenceKey) whose opening clause refers back. */
export function referringSentences(clauses: readonly IndexedClause[]): Set<string> {
  return new Set([...openings(clauses)].filter(([, opening]) => refersBack(opening.folded)).map(([k]) => k));
}

/**
 * The clauses of an article (or several), the opening clause of each sentence that refers back
 * given the words of the sentence before it as `context`. Clauses may come in any order; a
 * sentence whose antecedent is not among them gets none.
 */
export function withAntecedents<C extends IndexedClause>(clauses: readonly C[]): C[] {
  const first = openings(clauses);
  const words = new Map<string, Set<string>>();
  for (const clause of clauses) {
    const k = key(clause.articleId, clause.sentence);
    let set = words.get(k);
    if (!set) words.set(k, (set = new Set()));
    for (const w of clause.words) set.add(w);
  }
  const context = new Map<C, string[]>();
  for (const opening of first.values()) {
    if (!refersBack(opening.folded)) continue;
    const before = words.get(key(opening.articleId, opening.sentence - 1));
    if (before) context.set(opening, [...before]);
  }
  return clauses.map((clause) => {
    const inherited = context.get(clause);
    return inherited ? { ...clause, context: inherited } : clause;
  });
}

/**
 * The sentences to read for a claim: the retrieved ones, and each sentence right after one of
 * them that refers back (its antecedent was retrieved, so it may be about the same subject).
 * `referring` is referringSentences(clauses), passed in when many claims read the same clauses.
 */
export function withReferringFollowers<C extends IndexedClause>(
  clauses: readonly C[],
  retrieved: ReadonlySet<string>,
  referring: ReadonlySet<string> = referringSentences(clauses),
): C[] {
  return clauses.filter((clause) => {
    const k = key(clause.articleId, clause.sentence);
    return retrieved.has(k) || (referring.has(k) && retrieved.has(key(clause.articleId, clause.sentence - 1)));
  });
}

export { key as sentenceKey };
