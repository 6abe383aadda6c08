import { parseTableQuery, tableParamErrors } from '@/lib/claims/table-query';
import { getPrisma } from '@/lib/db/prisma';
import { findClaimTable } from '@/lib/data/claim-table';
import { runApiOperation } from '@/lib/http/api-write';
import { jsonResponse, queryProblem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

const API_PAGE_SIZE = 100;
const API_MAX_PAGE_SIZE = 500;

/** Published claims with their cells; accepts the claim table's query parameters (filters,
 * sort, cols, page) and pageSize (default 100, at most 500); a malformed one is a 400. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const params = url.searchParams;
  const errors = tableParamErrors(params, { maxPageSize: API_MAX_PAGE_SIZE });
  if (errors) return queryProblem(errors);
  if (!params.get('pageSize')) params.set('pageSize', String(API_PAGE_SIZE));
  const query = parseTableQuery(params, { maxPageSize: API_MAX_PAGE_SIZE });
  // The per-outlet totals are not part of this response: don't compute them.
  const table = await findClaimTable(getPrisma(), query, {}, { totals: false });
  const next = table.page < table.pageCount ? new URL(url) : null;
  next?.searchParams.set('page', String(table.page + 1));
  return jsonResponse({
    claims: table.claims,
    outlets: table.outlets.map((o) => o.slug),
    total: table.total,
    page: table.page,
    pageSize: query.pageSize,
    pageCount: table.pageCount,
    next: next ? `${next.pathname}${next.search}` : null,
  });
}

/** Create a claim (bearer token of an editor or admin): 201 with the claim and its Location. */
export async function POST(request: Request) {
  return runApiOperation(getPrisma(), request, 'createClaim', (body) => body, {
    status: 201,
    location: (data) => `/api/v1/claims/${(data as { id: number }).id}`,
  });
}
