// Markdown report: a title block, the claims × outlets matrix as a (GFM) table, then one
// section per claim with each outlet's quotes as blockquotes linked to their articles. All
// content is escaped, so a claim or quote holding "|", "*", "[x](y)", "<b>" or a leading
// "#" renders as the text it is. Two passes over the claims (matrix, then sections) keep
// memory flat however many claims there are.
import { formatClaimValue } from '../claims/claim-kind';
import { cellOf, stanceText } from './cells';
import { describeScope } from './describe-scope';
import { articleLink, claimUrl, scopeUrl } from './urls';
import type { ExportArticle, ExportClaim, ExportData, ExportOutlet } from './types';

// ASCII punctuation that can start or end inline markup anywhere in a line.
const INLINE_SPECIALS = /[\\`*_[\]<>|~#&!]/g;

/** One line of text, safe in a paragraph, heading, list item or blockquote. */
export function escapeMarkdownLine(text: string): string {
  return (
    text
      .trim()
      .replace(INLINE_SPECIALS, (c) => `\\${c}`)
      // Markup that only counts at the start of a line: list items, setext underlines, "1." lists.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** Text that may hold line breaks, on one line (headings, table cells, link text). */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** A table cell: inline text (GFM needs "|" escaped even inside code). */
export function escapeTableCell(text: string): string {
  return escapeMarkdownInline(text);
}

/** A link destination in angle brackets, so parentheses and spaces in it are harmless. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[\s<>\\]/g, (c) => encodeURIComponent(c))}>`;
}

export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdownInline(text)}](${markdownUrl(url)})`;
}

/** Each line prefixed with "> "; blank lines stay inside the quote. */
export function markdownBlockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdownLine(line)}` : '>'))
    .join('\n');
}

const dateOnly = (iso: string) => iso.slice(0, 10);

export function markdownTitle(data: Pick<ExportData, 'generatedAt' | 'baseUrl' | 'scope' | 'outlets'>): string {
  return [
    '# Claimgrid report',
    '',
    escapeMarkdownInline(describeScope(data.scope, data.outlets)),
    '',
    `Generated ${escapeMarkdownInline(data.generatedAt)} from ${markdownLink('this view in Claimgrid', scopeUrl(data.baseUrl, data.scope))}. ` +
      'Cells: ✓ states, ✗ contradicts, ± mixed, ∅ omits (checked, not mentioned), ⧗ predates (all coverage is older than the claim), ↻ needs re-review (the claim changed since its quotes were marked), ? unchecked.',
    '',
  ].join('\n');
}

export function matrixHeader(outlets: readonly ExportOutlet[]): string {
  const names = outlets.map((o) => escapeTableCell(o.name));
  return [
    '## Matrix',
    '',
    `| # | Claim | ${names.join(' | ')} |`,
    `| ---: | --- | ${outlets.map(() => '---').join(' | ')} |`,
    '',
  ].join('\n');
}

export function matrixRow(claim: ExportClaim, outlets: readonly ExportOutlet[], baseUrl: string): string {
  const cells = outlets.map((o) => stanceText(cellOf(claim, o.slug).stance));
  return `| ${claim.id} | ${markdownLink(claim.text, claimUrl(baseUrl, claim.id))} | ${cells.join(' | ')} |\n`;
}

function articleCitation(article: ExportArticle | undefined, articleId: number, baseUrl: string): string {
  if (!article) return `article ${articleId}`;
  return `${markdownLink(article.title, articleLink(baseUrl, article))}, ${dateOnly(article.publishedAt)}`;
}

export function claimSection(
  claim: ExportClaim,
  outlets: readonly ExportOutlet[],
  articles: ReadonlyMap<number, ExportArticle>,
  baseUrl: string,
): string {
  const lines: string[] = [`### ${claim.id}. ${escapeMarkdownInline(claim.text)}`, ''];
  if (claim.gloss) lines.push(`*${escapeMarkdownInline(claim.gloss)}*`, '');
  const facts = [`Kind: ${claim.kind}`];
  const value = formatClaimValue(claim);
  if (value) facts.push(`Value: ${escapeMarkdownInline(value)}`);
  if (claim.asOf) facts.push(`As of: ${claim.asOf}`);
  if (claim.topics.length) facts.push(`Topics: ${claim.topics.map(escapeMarkdownInline).join(', ')}`);
  facts.push(`Last edited: ${dateOnly(claim.updatedAt)}`);
  lines.push(`${facts.join(' · ')} · ${markdownLink('Open in Claimgrid', claimUrl(baseUrl, claim.id))}`, '');

  for (const outlet of outlets) {
    const cell = cellOf(claim, outlet.slug);
    lines.push(`#### ${escapeMarkdownInline(outlet.name)}: ${stanceText(cell.stance)}`, '');
    for (const evidence of cell.evidence) {
      lines.push(markdownBlockquote(evidence.exact), '>');
      const details = [`${evidence.stance === 'states' ? 'States' : 'Contradicts'}: ${articleCitation(articles.get(evidence.articleId), evidence.articleId, baseUrl)}`];
      if (evidence.statedValue) details.push(`stated value: ${escapeMarkdownInline(evidence.statedValue)}`);
      lines.push(`> — ${details.join(' · ')}`, '');
      if (evidence.note) lines.push(`Note: ${escapeMarkdownInline(evidence.note)}`, '');
    }
    for (const review of cell.reviews) {
      const note = review.note ? ` ${escapeMarkdownInline(review.note)}` : '';
      lines.push(`Checked ${articleCitation(articles.get(review.articleId), review.articleId, baseUrl)}: no mention.${note}`, '');
    }
    if (cell.stance === 'predates') lines.push(`All of this outlet's coverage was published before the claim's date (${claim.asOf}).`, '');
    if (cell.stance === 'unchecked') lines.push('Not checked yet.', '');
  }
  return `${lines.join('\n')}\n`;
}

export async function* formatMarkdown(data: ExportData): AsyncGenerator<string> {
  yield `${markdownTitle(data)}\n${matrixHeader(data.outlets)}`;
  let count = 0;
  for await (const page of data.pages()) {
    const rows = page.claims.map((claim) => matrixRow(claim, data.outlets, data.baseUrl)).join('');
    count += page.claims.length;
    if (rows) yield rows;
  }
  yield `\n${count} claim${count === 1 ? '' : 's'} × ${data.outlets.length} outlet${data.outlets.length === 1 ? '' : 's'}.\n\n## Claims\n\n`;
  for await (const page of data.pages()) {
    const sections = page.claims.map((claim) => claimSection(claim, data.outlets, page.articles, data.baseUrl)).join('');
    if (sections) yield sections;
  }
}
