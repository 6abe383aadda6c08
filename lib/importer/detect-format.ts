// Owns deciding how a source file is written (see ArticleFormat in types.ts).
// Content decides; the file extension only breaks ties, because exports of
// every format arrive as ".txt".
import { splitFeedHeader } from './feed-header';
import type { ArticleFormat } from './types';

const FRONT_MATTER_START = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DOCUMENT_START = /^\uFEFF?\s*(?:<!doctype\s+html|<html[\s>])/i;
/** Tags that only occur in HTML markup (not in prose that happens to contain "<"). */
const HTML_TAG =
  /<\/?(?:a|p|div|span|br|img|ul|ol|li|h[1-6]|main|article|section|figure|figcaption|picture|time|small|strong|b|i|em|table|tr|td|blockquote|header|footer|nav|script|style)\b[^<>]*>/gi;

function extension(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function htmlTagCount(text: string): number {
  return text.match(HTML_TAG)?.length ?? 0;
}

/** Enough markup to read as HTML rather than text that mentions a tag. */
function looksLikeHtml(text: string): boolean {
  return DOCUMENT_START.test(text) || htmlTagCount(text) >= 3;
}

export function detectFormat(filename: string, source: string): ArticleFormat {
  const ext = extension(filename);
  if (FRONT_MATTER_START.test(source) || ext === 'md' || ext === 'markdown') return 'markdown';
  if (DOCUMENT_START.test(source)) return 'html';

  const header = splitFeedHeader(source);
  if (header.title !== null) return looksLikeHtml(header.rest) ? 'html-fragment' : 'markdown';

  if (looksLikeHtml(source) || ext === 'html' || ext === 'htm') return 'html';
  return 'text';
}
