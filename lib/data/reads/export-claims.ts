// Public read: the claims an export holds (a claim-table view, one claim, or one outlet's
// column), as lib/export's ExportData. Only published claims. Claims come a page at a time
// through the claim table (lib/data/claim-table), stances included, so an export has exactly the table's
// filters and order and memory stays flat; each page also loads the articles its quotes and
// omission checks point into.
import { DEFAULT_TABLE_QUERY, type ClaimTableQuery } from '../../claims/table-query';
import type { Db } from '../../db/prisma';
import { normaliseBaseUrl } from '../../export/urls';
import type { ExportArticle, ExportClaim, ExportData, ExportPage, ExportScope } from '../../export/types';
import { chooseColumns, findClaimTable, loadClaimRows } from '../claim-table';
import { articleSummarySelect, toArticleSummary } from '../map-rows';
import { findOutlets } from './find-outlets';
import type { ArticleSummaryDto, ClaimDto } from '../types';

export const EXPORT_PAGE_SIZE = 200;

export type OpenClaimExportOptions = {
  baseUrl: string;
  /** defaults to now */
  generatedAt?: Date;
  pageSize?: number;
  /** load each article's body text too (the printable report shows quotes in their paragraph) */
  withArticleText?: boolean;
  /** called after each page is read from the database (tests count them) */
  onPage?: (page: { index: number; claims: number }) => void;
};

function toExportClaim(claim: ClaimDto, firstPublished: ReadonlyMap<number, string>): ExportClaim {
  const { version: _version, ...rest } = claim;
  const published = firstPublished.get(claim.id);
  // Seeded and imported claims carry their own (older) dates while their history starts at
  // the import; a claim cannot have been published after its last edit.
  const firstPublishedAt = published && published < claim.updatedAt ? published : published ? claim.updatedAt : claim.createdAt;
  return { ...rest, firstPublishedAt };
}

/**
 * When each claim was first published: the earliest of its revisions whose row reads status
 * "published" (a claim created published has that in its 'create' revision). A claim whose
 * history holds none (restored from an old dump) counts from its creation.
 */
async function findFirstPublished(db: Db, claims: readonly ClaimDto[]): Promise<Map<number, string>> {
  if (claims.length === 0) return new Map();
  const rows = await db.$queryRaw<{ claim_id: number; at: Date }[]>`
    SELECT claim_id, min(created_at) AS at
      FROM revisions
     WHERE entity_type = 'claim' AND claim_id = ANY(${claims.map((c) => c.id)}::int[]) AND after->>'status' = 'published'
     GROUP BY claim_id`;
  return new Map(rows.map((r) => [r.claim_id, r.at.toISOString()]));
}

async function toExportClaims(db: Db, claims: ClaimDto[]): Promise<ExportClaim[]> {
  const firstPublished = await findFirstPublished(db, claims);
  return claims.map((c) => toExportClaim(c, firstPublished));
}

/** An article as an export names it, from its summary (the fields both carry). */
export function toExportArticle(article: ArticleSummaryDto): ExportArticle {
  const { id, outlet, outletName, title, url, publishedAt, language } = article;
  return { id, outlet, outletName, title, url, publishedAt, language };
}

async function loadArticles(db: Db, claims: ExportClaim[], withText: boolean): Promise<Map<number, ExportArticle>> {
  const ids = new Set<number>();
  for (const claim of claims) {
    for (const cell of Object.values(claim.cells)) {
      for (const e of cell.evidence) ids.add(e.articleId);
      for (const r of cell.reviews) ids.add(r.articleId);
    }
  }
  if (ids.size === 0) return new Map();
  const rows = await db.article.findMany({
    where: { id: { in: [...ids] } },
    select: { ...articleSummarySelect, text: withText },
  });
  return new Map(rows.map((row) => [row.id, { ...toExportArticle(toArticleSummary(row)), ...(withText ? { text: row.text } : {}) }]));
}

/**
 * One published claim's export page from the claim and the articles its quotes and marks point
 * into, as a reader already loaded them (getClaim: a claim's page has them, full cells
 * included): only when it was first published is read. The same page as openClaimExport's.
 */
export async function toLoadedClaimExportPage(db: Db, claim: ClaimDto, articles: readonly ArticleSummaryDto[]): Promise<ExportPage> {
  const claims = await toExportClaims(db, [claim]);
  return { claims, articles: new Map(articles.map((a) => [a.id, toExportArticle(a)])) };
}

/** null when the scope names a claim that is not published or an outlet that does not exist. */
export async function openClaimExport(db: Db, scope: ExportScope, options: OpenClaimExportOptions): Promise<ExportData | null> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const withText = options.withArticleText ?? false;
  const allOutlets = await findOutlets(db);
  const base = {
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    baseUrl: normaliseBaseUrl(options.baseUrl),
    scope,
  };

  if (scope.scope === 'claim') {
    const found = await db.claim.findFirst({ where: { id: scope.claimId, status: 'published' }, select: { id: true } });
    if (!found) return null;
    return {
      ...base,
      outlets: allOutlets,
      pages: async function* () {
        const claims = await toExportClaims(db, await loadClaimRows(db, [scope.claimId], allOutlets));
        const page: ExportPage = { claims, articles: await loadArticles(db, claims, withText) };
        options.onPage?.({ index: 0, claims: claims.length });
        yield page;
      },
    };
  }

  let query: ClaimTableQuery;
  if (scope.scope === 'outlet') {
    if (!allOutlets.some((o) => o.slug === scope.outlet)) return null;
    query = { ...DEFAULT_TABLE_QUERY, cols: [scope.outlet] };
  } else {
    query = scope.query;
  }
  const { outlets } = chooseColumns(allOutlets, query.cols);

  return {
    ...base,
    outlets,
    pages: async function* () {
      // Page after page in the table's order: each page starts after the last one's sort key
      // (findClaimTable remembers it) while the data stays as it was; after a concurrent edit a
      // page is counted off by offset, and a re-sorted claim could show up twice: each is
      // written once.
      const seen = new Set<number>();
      const readTable = (index: number) => {
        const table = findClaimTable(db, { ...query, page: index + 1, pageSize }, {}, { totals: false });
        table.catch(() => {}); // awaited below, unless the reader stops first
        return table;
      };
      let next = readTable(0);
      for (let index = 0; ; index++) {
        const table = await next;
        const last = index + 1 >= table.pageCount || table.claims.length === 0;
        // The next page's rows load while this one's articles load and it is written out: the
        // database and this process work at the same time.
        if (!last) next = readTable(index + 1);
        const claims = await toExportClaims(db, table.claims.filter((c) => !seen.has(c.id)));
        for (const claim of claims) seen.add(claim.id);
        const page: ExportPage = { claims, articles: await loadArticles(db, claims, withText) };
        options.onPage?.({ index, claims: claims.length });
        if (claims.length) yield page;
        if (last) return;
      }
    },
  };
}
