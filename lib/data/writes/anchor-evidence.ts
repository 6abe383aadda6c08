// Places a quote in an article's stored text before it is saved as evidence, turning each
// anchoring failure into the error an editor can act on: a quote that is not there is a
// validation error on `exact`, a span outside the text one on `start`/`end`, and a quote
// that occurs more than once is 'ambiguous' with every candidate position. Never guesses.
import { anchorQuote, createCodePointIndex, findQuoteCandidates, type Anchor } from '../../anchoring';
import { AppError, errorMessage, type ErrorMessage } from '../../errors';

export type EvidenceQuery = {
  exact?: string | null;
  prefix?: string | null;
  suffix?: string | null;
  start?: number | null;
  end?: number | null;
};

export type { QuoteCandidate } from '../../anchoring';

function field(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

function validation(message: ErrorMessage, fieldName: string): AppError {
  return new AppError('validation', message, { fieldErrors: { [fieldName]: [message] } });
}

/**
 * Resolves the query against `text` (positions win when given, and must hold `exact` if it
 * is given too). Returns the anchor with 32 code points of stored context on each side.
 * `fieldPrefix` names the nested input in error fields ("evidence" -> "evidence.exact").
 */
export function anchorEvidence(text: string, query: EvidenceQuery, fieldPrefix = ''): Anchor {
  const index = createCodePointIndex(text);
  const result = anchorQuote(index, {
    exact: query.exact ?? null,
    prefix: query.prefix ?? null,
    suffix: query.suffix ?? null,
    start: query.start ?? null,
    end: query.end ?? null,
  });
  if (result.ok) return result.anchor;

  switch (result.error) {
    case 'ambiguous': {
      const { total, candidates } = findQuoteCandidates(index, query);
      const message =
        candidates.length < total
          ? errorMessage('anchor.ambiguousNarrowed', { count: total, fitting: candidates.length })
          : errorMessage('anchor.ambiguous', { count: total });
      const name = field(fieldPrefix, 'exact');
      throw new AppError('ambiguous', message, { field: name, occurrences: total, candidates, fieldErrors: { [name]: [message] } });
    }
    case 'out-of-range': {
      const start = query.start ?? 0;
      const name = query.start != null && start >= index.length ? 'start' : 'end';
      throw validation(errorMessage('anchor.spanOutside', { start: String(query.start), end: String(query.end), length: index.length }), field(fieldPrefix, name));
    }
    case 'position-mismatch':
      throw validation(errorMessage('anchor.notAtSpan', { start: String(query.start), end: String(query.end), detail: result.reason }), field(fieldPrefix, 'exact'));
    case 'not-found':
      throw validation(errorMessage('anchor.notInArticle', { detail: result.reason }), field(fieldPrefix, 'exact'));
    case 'empty':
      throw validation(errorMessage('anchor.nothingToQuote', { detail: result.reason }), field(fieldPrefix, query.exact ? 'exact' : 'start'));
  }
}
