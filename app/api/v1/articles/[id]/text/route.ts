// GET /api/v1/articles/{id}/text: the article's stored, normalised text as text/plain. This is
// the text that evidence offsets (and the exported annotations' TextPositionSelectors) count
// in Unicode code points, so an annotation client can resolve them without Claimgrid's UI.
import { getPrisma } from '@/lib/db/prisma';
import { getArticleText } from '@/lib/data/reads/get-article-text';
import { parseId } from '@/lib/data/parse-id';
import { refuseBadToken } from '@/lib/http/api-read';
import { problemResponse } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = await refuseBadToken(getPrisma(), request);
  if (refused) return refused;
  const raw = (await params).id;
  const id = parseId(raw);
  const article = id ? await getArticleText(getPrisma(), id) : null;
  if (!article) return problemResponse(404, `No article with id ${JSON.stringify(raw)}.`);
  return new Response(article.text, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': article.language, 'x-content-type-options': 'nosniff' },
  });
}

// Every other method answers 405 with Allow.
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);
