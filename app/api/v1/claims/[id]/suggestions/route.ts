import { getPrisma } from '@/lib/db/prisma';
import { findClaimSuggestions } from '@/lib/data/reads/find-claim-suggestions';
import { parseId } from '@/lib/data/parse-id';
import { suggestionQuerySchema } from '@/lib/finder/suggestion-shapes';
import { runApiRead } from '@/lib/http/api-read';
import { problemResponse, queryProblem } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/**
 * The evidence finder: per outlet (or `outlet=<slug>`), the passages that may state or
 * contradict the claim, best first (`limit`, default 5, at most 20), and the outlet's verdict.
 * Editors and admins (bearer token); a malformed parameter is a 400.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const db = getPrisma();
  return runApiRead(db, request, 'content:write', async (actor) => {
    const claimId = parseId(raw);
    if (!claimId) return problemResponse(404, `No claim with id ${JSON.stringify(raw)}.`);
    const searchParams = new URL(request.url).searchParams;
    const query = suggestionQuerySchema.safeParse({ outlet: searchParams.get('outlet') ?? undefined, limit: searchParams.get('limit') ?? undefined });
    if (!query.success) return queryProblem(query.error.flatten().fieldErrors as Record<string, string[]>);
    return findClaimSuggestions(db, { actor, claimId, ...query.data });
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);
