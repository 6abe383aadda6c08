// Owns the header that feed exports put in front of an article body:
//
//   <!--1720017544000-->                      capture stamp (ms or s; "NaN" when missing)
//   [Title text](https://outlet/article.html)  Markdown heading (setext "---"/"===" or ATX "#")
//   ------
//
// Only whole lines are consumed: a comment that shares its line with markup
// belongs to the body. The heading is read with markdown-it, so escapes and
// entities in the title are handled the Markdown way.
import MarkdownIt from 'markdown-it';
import { parseEpochStamp } from './published-at';

export type FeedHeader = {
  /** When the feed captured the item, if a stamp line says so. */
  capturedAt: Date | null;
  title: string | null;
  url: string | null;
  /** The source after the header. */
  rest: string;
};

const markdown = new MarkdownIt({ html: true, linkify: false });
const COMMENT_LINE = /^\s*<!--((?:(?!-->)[\s\S])*)-->\s*$/;

export function splitFeedHeader(source: string): FeedHeader {
  const lines = source.split(/\r?\n/);
  let i = 0;
  let capturedAt: Date | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const comment = COMMENT_LINE.exec(line);
    if (!comment) break;
    capturedAt ??= parseEpochStamp(comment[1] as string);
  }

  // The heading block runs to the next blank line (a setext heading is two lines).
  let end = i;
  while (end < lines.length && (lines[end] as string).trim() !== '' && end - i < 3) end++;
  const block = lines.slice(i, end).join('\n');
  const heading = readHeading(block);
  if (!heading) return { capturedAt, title: null, url: null, rest: lines.slice(i).join('\n') };
  return { capturedAt, title: heading.title, url: heading.url, rest: lines.slice(end).join('\n') };
}

/** The block's heading text and first link, if the block is exactly one Markdown heading. */
function readHeading(block: string): { title: string; url: string | null } | null {
  if (block.trim() === '' || block.trimStart().startsWith('<')) return null;
  const tokens = markdown.parse(block, {});
  const [open, inline, close] = tokens;
  if (tokens.length !== 3 || open?.type !== 'heading_open' || inline?.type !== 'inline' || close?.type !== 'heading_close') {
    return null;
  }
  const children = inline.children ?? [];
  const title = children
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('')
    .trim();
  const link = children.find((t) => t.type === 'link_open');
  const href = link?.attrGet('href');
  const url = typeof href === 'string' && href !== '' ? href : null;
  return title === '' ? null : { title, url };
}
