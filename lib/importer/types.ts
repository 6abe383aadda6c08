// Owns the importer's public types.
import type { Outlet, OutletLanguage } from '../outlets/known-outlets';

/**
 * How a source file is written:
 * - 'text': plain text (title on the first line, labelled header lines, blank-line paragraphs);
 * - 'markdown': Markdown, usually with YAML front matter, possibly embedding HTML;
 * - 'html-fragment': a feed item: optional `<!--timestamp-->` line and a Markdown title
 *   heading (`[title](url)` underlined with `---`), followed by the article body as HTML;
 * - 'html': HTML markup (a whole page or a page excerpt) that carries its own title and
 *   site chrome in markup.
 */
export type ArticleFormat = 'text' | 'markdown' | 'html-fragment' | 'html';

export type ArticleLanguage = OutletLanguage;

/** How precise publishedAt is and where it came from (for display and review, not for storage). */
export type PublishedAtEvidence = {
  /** Human-readable description of the value(s) used. */
  source: string;
  precision: 'millisecond' | 'second' | 'minute' | 'day';
  /** True when the instant is inferred rather than stated (e.g. the latest date the article mentions). */
  estimated: boolean;
};

export type ParsedArticle = {
  title: string;
  /** The real (original) publisher, not a republisher or feed service. */
  outlet: Outlet;
  /** Canonical article URL when the file gives one. */
  url: string | null;
  author: string | null;
  publishedAt: Date;
  publishedAtEvidence: PublishedAtEvidence;
  /** Detected from the article's own title and text. */
  language: ArticleLanguage;
  /** Normalised body text (lib/text/normalize-body.ts). */
  text: string;
  format: ArticleFormat;
};

/**
 * Where each metadata value came from, for the review step: a FieldSource from
 * extraction.ts ('json-ld', 'open-graph', 'byline-markup', 'heading' …), 'editor' for a
 * correction, or (outlet, date) the importer's own description; null when nothing was found.
 */
export type FieldSources = {
  title: string | null;
  author: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
};
