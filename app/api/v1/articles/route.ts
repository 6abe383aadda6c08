import { getPrisma } from '@/lib/db/prisma';
import { findArticles } from '@/lib/data/find-articles';
import { runApiOperation } from '@/lib/http/api-write';
import { jsonResponse } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonResponse({ articles: await findArticles(getPrisma()) });
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
