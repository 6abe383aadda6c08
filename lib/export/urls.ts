// Absolute links from an export back into the app. Every format builds its URLs here, so a
// claim, an article or a view has one address whichever file it appears in.
import { PAGE_SIZE, serializeTableQuery } from '../claims/table-query';
import type { ExportScope } from './types';

/** "https://example.org/" and "https://example.org" both give "https://example.org". */
export function normaliseBaseUrl(base: string): string {
  return base.replace(/\/+$/, '');
}

export function claimUrl(base: string, claimId: number, outlet?: string): string {
  return `${base}/claims/${claimId}${outlet ? `#outlet-${outlet}` : ''}`;
}

export function appArticleUrl(base: string, articleId: number): string {
  return `${base}/articles/${articleId}`;
}

/** The article's stored, normalised text as text/plain: the text evidence offsets count. */
export function articleTextUrl(base: string, articleId: number): string {
  return `${base}/api/v1/articles/${articleId}/text`;
}

/** The quote highlighted in the app's article reader (its first <mark> has id="e-<id>"). */
export function evidenceUrl(base: string, articleId: number, evidenceId: number): string {
  return `${appArticleUrl(base, articleId)}#e-${evidenceId}`;
}

/** Only http(s) links leave the export; anything else (javascript:, data:, relative) is dropped. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

/** Where an article is read: its own http(s) URL, or its page in the app when it has none. */
export function articleLink(base: string, article: { id: number; url: string | null }): string {
  return safeHttpUrl(article.url) ?? appArticleUrl(base, article.id);
}

export function outletUrl(base: string, slug: string): string {
  return `${base}/outlets/${slug}`;
}

/** The query string that selects a scope in the export API and the report page ('' for all claims). */
export function scopeParams(scope: ExportScope): string {
  switch (scope.scope) {
    case 'claim':
      return `claim=${scope.claimId}`;
    case 'outlet':
      return `outlet-page=${encodeURIComponent(scope.outlet)}`;
    default:
      // Exports hold every page of a view, so the page and its size are not part of it.
      return serializeTableQuery({ ...scope.query, page: 1, pageSize: PAGE_SIZE });
  }
}

/** Where a reader sees the same claims in the app. */
export function scopeUrl(base: string, scope: ExportScope): string {
  switch (scope.scope) {
    case 'claim':
      return claimUrl(base, scope.claimId);
    case 'outlet':
      return outletUrl(base, scope.outlet);
    default: {
      const params = scopeParams(scope);
      return `${base}/${params ? `?${params}` : ''}`;
    }
  }
}

export function exportUrl(base: string, format: string, scope: ExportScope): string {
  const params = scopeParams(scope);
  return `${base}/api/v1/export?format=${format}${params ? `&${params}` : ''}`;
}
