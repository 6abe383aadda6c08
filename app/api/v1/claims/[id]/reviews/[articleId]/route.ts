import { getPrisma } from '@/lib/db/prisma';
import { runApiOperation } from '@/lib/http/api-write';
import { problemResponse } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; articleId: string }> };

/** Mark the article as checked and not mentioning the claim: `{ "verdict": "omits", "note"? }`. */
export async function PUT(request: Request, { params }: Context) {
  const { id: claimId, articleId } = await params;
  return runApiOperation(getPrisma(), request, 'markOmission', (body) => {
    const { verdict, ...rest } = (body ?? {}) as { verdict?: unknown };
    // Only one verdict exists today; anything else is a validation error, not ignored.
    return verdict === 'omits' ? { ...rest, claimId, articleId } : { ...rest, claimId, articleId: 'verdict must be "omits"' };
  });
}

/** Clear the omission mark. */
export async function DELETE(request: Request, { params }: Context) {
  const { id: claimId, articleId } = await params;
  if (!request.headers.get('authorization')) return problemResponse(401, 'Sign in with an API token to do this.', { headers: { 'www-authenticate': 'Bearer' } });
  return runApiOperation(getPrisma(), request, 'clearOmission', { claimId, articleId });
}

// Every other method answers 405 with Allow.
export const { GET, POST, PATCH, OPTIONS, HEAD } = otherMethods(['PUT', 'DELETE']);
