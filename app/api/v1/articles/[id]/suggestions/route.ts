import { getPrisma } from '@/lib/db/prisma';
import { findArticleSuggestions } from '@/lib/data/reads/find-article-suggestions';
import { parseId } from '@/lib/data/parse-id';
import { runApiRead } from '@/lib/http/api-read';
import { problemResponse } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** The claims this article may state or contradict, each with its best passages. Editors and admins (bearer token). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const db = getPrisma();
  return runApiRead(db, request, 'content:write', async (actor) => {
    const articleId = parseId(raw);
    if (!articleId) return problemResponse(404, `No article with id ${JSON.stringify(raw)}.`);
    return findArticleSuggestions(db, { actor, articleId });
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);
