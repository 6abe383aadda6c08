import { z } from 'zod';
import { getPrisma } from '@/lib/db/prisma';
import { findArticlePage } from '@/lib/data/reads/find-articles';
import { refuseBadToken } from '@/lib/http/api-read';
import { runApiOperation } from '@/lib/http/api-write';
import { jsonResponse, queryProblem } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';
import { SLUG_PATTERN } from '@/lib/claims/shapes';

export const dynamic = 'force-dynamic';

const listQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  outlet: z.string().regex(SLUG_PATTERN, 'expected an outlet slug').max(200).optional(),
});

/** Article metadata (no text), newest first, a page at a time: `?page`, `?pageSize` (default
 * 100, at most 500), `?outlet=<slug>`; `next` is the following page's URL, or null. */
export async function GET(request: Request) {
  const refused = await refuseBadToken(getPrisma(), request);
  if (refused) return refused;
  const url = new URL(request.url);
  // empty values count as absent, as a form leaves them
  const parsed = listQuery.safeParse(Object.fromEntries([...url.searchParams].filter(([, value]) => value !== '')));
  if (!parsed.success) return queryProblem(z.flattenError(parsed.error).fieldErrors);
  const { page, pageSize, outlet } = parsed.data;
  const result = await findArticlePage(getPrisma(), { page, pageSize, outlet });
  const next = result.page < result.pageCount ? new URL(url) : null;
  next?.searchParams.set('page', String(result.page + 1));
  return jsonResponse({ ...result, pageSize, next: next ? `${next.pathname}${next.search}` : null });
}

/**
 * Import an article through the same importer as the UI: `{ "filename", "source", "overrides"?,
 * "dryRun"? }`. 201 when imported, 200 for a duplicate (same content hash) or a dry run.
 */
export async function POST(request: Request) {
  const response = await runApiOperation(getPrisma(), request, 'importArticle', (body) => body, {
    status: 201,
    location: (data) => ((data as { articleId: number | null }).articleId ? `/api/v1/articles/${(data as { articleId: number }).articleId}` : null),
  });
  if (response.status !== 201) return response;
  const data = (await response.clone().json()) as { status: string };
  return data.status === 'imported' ? response : new Response(response.body, { status: 200, headers: response.headers });
}

// Every other method answers 405 with Allow.
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET', 'POST']);
