// Owns listing where an ambiguous quote could be anchored, so an editor (or an API client) can
// choose one: every occurrence of the quote, narrowed to those that fit the prefix/suffix when
// any does, each with a little context. Uses match-quote.ts's own occurrence search and context
// test, so the candidates are exactly the places anchorQuote found ambiguous.
import { type CodePointIndex } from './code-points';
import { describeRange } from './describe-range';
import { findOccurrences, fitsContext } from './match-quote';

export type QuoteCandidate = { start: number; end: number; prefix: string; suffix: string };

export type CandidateQuery = { exact?: string | null; prefix?: string | null; suffix?: string | null };

const MAX_CANDIDATES = 50;
const CANDIDATE_CONTEXT = 16;

/** Every place `exact` occurs (how many in `total`), narrowed to those that fit prefix/suffix when any does; at most 50 listed. */
export function findQuoteCandidates(index: CodePointIndex, query: CandidateQuery): { total: number; candidates: QuoteCandidate[] } {
  const exact = query.exact ?? '';
  if (exact === '') return { total: 0, candidates: [] };
  const prefix = query.prefix ?? '';
  const suffix = query.suffix ?? '';
  const all = findOccurrences(index, exact);
  const fitting = prefix || suffix ? all.filter((o) => fitsContext(index.text, exact, o, prefix, suffix)) : all;
  const pool = fitting.length > 0 ? fitting : all;
  const length = [...exact].length;
  const candidates = pool.slice(0, MAX_CANDIDATES).map(({ start }) => {
    const { prefix: before, suffix: after } = describeRange(index, start, start + length, { context: CANDIDATE_CONTEXT });
    return { start, end: start + length, prefix: before, suffix: after };
  });
  return { total: all.length, candidates };
}
