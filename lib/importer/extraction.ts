// Owns the intermediate result every format parser produces, and the routing
// of each candidate paragraph: article text, chrome (boilerplate.ts), a byline
// or header line, an attribution ("来源：中文大纪元"), or a bare date line.
// parse-article.ts turns an Extraction into a ParsedArticle.
import { normalizeParagraph } from '../text/normalize-body';
import { boilerplateRule } from './boilerplate';
import { parseLabelledLine } from './labelled-fields';
import { parseDateText, type DateCandidate } from './published-at';
import type { ArticleFormat } from './types';

/**
 * Where a metadata value came from, shown in the review step: the page's own structured
 * metadata first (front matter, feed header, JSON-LD, Open Graph and other <meta>), then
 * markup conventions (byline classes, rel=author, <time>), then heuristics (headings, lines).
 */
export type FieldSource =
  | 'front-matter'
  | 'feed-header'
  | 'json-ld'
  | 'open-graph'
  | 'meta'
  | 'canonical-link'
  | 'byline-markup'
  | 'heading'
  | 'document-title'
  | 'first-line'
  | 'byline-line';

export type Extraction = {
  format: ArticleFormat;
  /** Title candidates, most authoritative first (add with addTitle: titleSources runs parallel). */
  titles: string[];
  titleSources: FieldSource[];
  /** Canonical URL candidates, most authoritative first (add with addUrl). */
  urls: string[];
  urlSources: FieldSource[];
  /** Byline candidates, most authoritative first; each is a list of names (add with addByline). */
  bylines: string[][];
  bylineSources: FieldSource[];
  /** The site's own name (og:site_name, JSON-LD publisher or WebSite), most authoritative first. */
  siteNames: { name: string; source: FieldSource }[];
  dates: DateCandidate[];
  /** Language tags the file declares (front matter, JSON-LD inLanguage, og:locale, <html lang>), most authoritative first. */
  languages: string[];
  /** Publisher names from attribution lines ("中文大纪元", "看中國"). */
  attributions: string[];
  /** Article paragraphs in order (markup removed, entities decoded, normalised by normalizeParagraph). */
  paragraphs: string[];
  /** What was dropped (normalised text) and by which rule (for tests and diagnostics). */
  dropped: { text: string; rule: string }[];
};

export function emptyExtraction(format: ArticleFormat): Extraction {
  return {
    format,
    titles: [],
    titleSources: [],
    urls: [],
    urlSources: [],
    bylines: [],
    bylineSources: [],
    siteNames: [],
    dates: [],
    languages: [],
    attributions: [],
    paragraphs: [],
    dropped: [],
  };
}

export function addTitle(ex: Extraction, title: string, source: FieldSource): void {
  ex.titles.push(title);
  ex.titleSources.push(source);
}

export function addUrl(ex: Extraction, url: string, source: FieldSource): void {
  ex.urls.push(url);
  ex.urlSources.push(source);
}

export function addByline(ex: Extraction, names: string[], source: FieldSource): void {
  ex.bylines.push(names);
  ex.bylineSources.push(source);
}

export type ParagraphClass =
  | { kind: 'body' }
  | { kind: 'boilerplate'; rule: string }
  | { kind: 'byline'; authors: string[]; dates: DateCandidate[] }
  | { kind: 'attribution'; publisher: string }
  | { kind: 'date'; candidate: DateCandidate };

/** "来源：中文大纪元" / "來源:看中國": who published the article (at most 40 code points). */
const ATTRIBUTION = /^(?:来源|來源|出處|出处|Source)\s*[:：]\s*(.{1,40})$/iu;

export function classifyParagraph(raw: string): ParagraphClass {
  const text = normalizeParagraph(raw);
  if (text === '') return { kind: 'boilerplate', rule: 'empty' };
  const attribution = ATTRIBUTION.exec(text);
  if (attribution) return { kind: 'attribution', publisher: (attribution[1] as string).trim() };
  const labelled = parseLabelledLine(text);
  if (labelled) return { kind: 'byline', authors: labelled.authors, dates: labelled.dates };
  const date = parseDateText(text, 'date line');
  if (date) return { kind: 'date', candidate: date };
  const rule = boilerplateRule(text);
  if (rule) return { kind: 'boilerplate', rule };
  return { kind: 'body' };
}

/** Routes one candidate paragraph into the extraction; returns how it was classified. */
export function addParagraph(ex: Extraction, raw: string): ParagraphClass {
  const text = normalizeParagraph(raw);
  const cls = classifyParagraph(text);
  switch (cls.kind) {
    case 'body':
      ex.paragraphs.push(text);
      break;
    case 'attribution':
      ex.attributions.push(cls.publisher);
      ex.dropped.push({ text, rule: 'attribution' });
      break;
    case 'byline':
      if (cls.authors.length > 0) addByline(ex, cls.authors, 'byline-line');
      ex.dates.push(...cls.dates);
      ex.dropped.push({ text, rule: 'byline' });
      break;
    case 'date':
      ex.dates.push(cls.candidate);
      ex.dropped.push({ text, rule: 'date-line' });
      break;
    case 'boilerplate':
      if (cls.rule !== 'empty') ex.dropped.push({ text, rule: cls.rule });
      break;
  }
  return cls;
}
