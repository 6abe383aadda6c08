import { getPrisma } from '@/lib/db/prisma';
import { getArticle } from '@/lib/data/reads/get-article';
import { parseId } from '@/lib/data/parse-id';
import { refuseBadToken } from '@/lib/http/api-read';
import { jsonResponse, problemResponse } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = await refuseBadToken(getPrisma(), request);
  if (refused) return refused;
  const raw = (await params).id;
  const id = parseId(raw);
  const article = id ? await getArticle(getPrisma(), id) : null;
  if (!article) return problemResponse(404, `No article with id ${JSON.stringify(raw)}.`);
  return jsonResponse(article);
}

// Every other method answers 405 with Allow.
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);
