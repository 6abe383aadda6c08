import { API_MAX_PAGE_SIZE, parseTableQuery, tableParamErrors } from '@/lib/claims/table-query';
import { unknownOutletErrors } from '@/lib/claims/outlet-refs';
import { getPrisma } from '@/lib/db/prisma';
import { findClaimTable } from '@/lib/data/claim-table';
import { findOutlets } from '@/lib/data/reads/find-outlets';
import { resolveDraftAccess } from '@/lib/http/api-read';
import { runApiOperation } from '@/lib/http/api-write';
import { problemResponse, queryProblem } from '@/lib/http/problem';
import { versionedJsonResponse } from '@/lib/http/versioned-json';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

const API_PAGE_SIZE = 100;

const STATUSES = ['published', 'draft', 'all'] as const;

/** Claims with their cells; accepts the claim table's query parameters (filters, sort, cols,
 * page), pageSize (default 100, at most 500) and status (published, the default; draft or all
 * with an editor's or admin's token); a malformed one is a 400. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const params = url.searchParams;
  const status = params.get('status') || 'published';
  const errors = {
    ...tableParamErrors(params, { maxPageSize: API_MAX_PAGE_SIZE }),
    ...((STATUSES as readonly string[]).includes(status) ? {} : { status: [`must be one of ${STATUSES.join(', ')}`] }),
  };
  if (Object.keys(errors).length) return queryProblem(errors);
  const db = getPrisma();
  const unknown = unknownOutletErrors(
    { cols: params.get('cols')?.split(',').filter(Boolean), outlet: params.get('outlet') },
    new Set((await findOutlets(db)).map((o) => o.slug)),
  );
  if (unknown) return queryProblem(unknown);
  if (status !== 'published') {
    const access = await resolveDraftAccess(db, request);
    if ('response' in access) return access.response;
    if (!access.drafts) {
      const anonymous = !request.headers.has('authorization');
      return problemResponse(anonymous ? 401 : 403, 'Reading drafts needs the API token of an editor or admin.', {
        headers: anonymous ? { 'www-authenticate': 'Bearer' } : {},
      });
    }
  }
  if (!params.get('pageSize')) params.set('pageSize', String(API_PAGE_SIZE));
  const query = parseTableQuery(params, { maxPageSize: API_MAX_PAGE_SIZE });
  const scope = status === 'published' ? {} : { includeDrafts: true, ...(status === 'draft' ? { status: 'draft' as const } : {}) };
  // Made once per data version and URL (`next` is built from the URL as it came); the status
  // is in the key because draft access was checked above.
  return versionedJsonResponse(db, request, `claims-list:${status}:${url.search}`, async () => {
    // The per-outlet totals are not part of this response: don't compute them.
    const table = await findClaimTable(db, query, scope, { totals: false });
    const next = table.page < table.pageCount ? new URL(url) : null;
    next?.searchParams.set('page', String(table.page + 1));
    return {
      claims: table.claims,
      outlets: table.outlets.map((o) => o.slug),
      total: table.total,
      page: table.page,
      pageSize: query.pageSize,
      pageCount: table.pageCount,
      next: next ? `${next.pathname}${next.search}` : null,
    };
  });
}

/** Create a claim (bearer token of an editor or admin): 201 with the claim and its Location. */
export async function POST(request: Request) {
  return runApiOperation(getPrisma(), request, 'createClaim', (body) => body, {
    status: 201,
    location: (data) => `/api/v1/claims/${(data as { id: number }).id}`,
  });
}

// Every other method answers 405 with Allow.
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET', 'POST']);
