// Owns the shapes shared by the anchoring modules: W3C Web Annotation
// selectors and the resolved Anchor. All offsets are Unicode code points
// over the article's normalised body text.
import type { ErrorMessage } from '../i18n/error-message';

export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
};

export type TextPositionSelector = {
  type: 'TextPositionSelector';
  /** Code-point offset of the first character. */
  start: number;
  /** Code-point offset just past the last character. */
  end: number;
};

export type Selector = TextQuoteSelector | TextPositionSelector;

/** A span resolved against one text; prefix/suffix are the actual surrounding text, clipped at its ends. */
export type Anchor = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

/**
 * What a caller knows about a quote. Nulls are accepted because database
 * rows and seed files carry them; null or '' means "not given".
 */
export type QuoteQuery = {
  exact?: string | null;
  prefix?: string | null;
  suffix?: string | null;
  start?: number | null;
  end?: number | null;
  /** Preferred start offset, consulted only with allowHint when the quote is otherwise ambiguous. */
  hint?: number | null;
  allowHint?: boolean;
};

export type AnchorFailureReason =
  | 'not-found'
  | 'ambiguous'
  | 'position-mismatch'
  | 'empty'
  | 'out-of-range';

export type AnchorFailure = {
  ok: false;
  error: AnchorFailureReason;
  /** Why, as a message of the serverErrors catalogue (lib/i18n), for rendering in any language. */
  reason: ErrorMessage;
  /** The reason in English. */
  message: string;
  /** For 'ambiguous': how many occurrences remained to choose from. */
  candidates?: number;
};

export type AnchorResult = { ok: true; anchor: Anchor } | AnchorFailure;
