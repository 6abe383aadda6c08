// Cuts an article's stored text into the units the finder scores: sentences, ended by Chinese
// or Latin sentence punctuation or a line break, and the clauses inside them, ended by commas,
// colons and semicolons. Spans are code points into the stored text, like every evidence span.
// Closing quotes and brackets stay with the clause they close; a dot between letters or digits
// (S.Jaishankar, 3.5) and a comma between digits (1,158) do not end anything.

export type Clause = {
  /** Code-point offsets into the stored text, trimmed of white space. */
  start: number;
  end: number;
  /** Index of the sentence in the article (0-based). */
  sentence: number;
  /** Index of the clause in the article (0-based). */
  ordinal: number;
};

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…', '\n']);
const CLAUSE_END = new Set(['，', ',', '：', ':']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'", '】', '〕']);
const SPACE = /\s/;

function isLatinOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9]/.test(char);
}

export function splitClauses(text: string): Clause[] {
  const chars = [...text];
  const clauses: Clause[] = [];
  let sentence = 0;
  let start = 0;
  let sentenceHasClause = false;

  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(chars[s]!)) s++;
    while (e > s && SPACE.test(chars[e - 1]!)) e--;
    if (e > s) {
      clauses.push({ start: s, end: e, sentence, ordinal: clauses.length });
      sentenceHasClause = true;
    }
    start = end;
  };

  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const sentenceEnd =
      SENTENCE_END.has(char) || (char === '.' && !(isLatinOrDigit(prev) && isLatinOrDigit(next)) && (next === undefined || SPACE.test(next)));
    const clauseEnd = CLAUSE_END.has(char) && !(char === ',' && /\d/.test(prev ?? '') && /\d/.test(next ?? '')) && !(char === ':' && /\d/.test(prev ?? '') && /\d/.test(next ?? ''));
    if (!sentenceEnd && !clauseEnd) continue;
    let end = i + 1;
    // keep closing quotes and repeated punctuation with the clause they end
    while (end < chars.length && (CLOSERS.has(chars[end]!) || (SENTENCE_END.has(chars[end]!) && chars[end] !== '\n'))) end++;
    i = end - 1;
    push(end);
    if (sentenceEnd && sentenceHasClause) {
      sentence++;
      sentenceHasClause = false;
    }
  }
  push(chars.length);
  return clauses;
}
