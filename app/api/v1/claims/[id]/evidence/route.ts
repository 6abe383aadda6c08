import { getPrisma } from '@/lib/db/prisma';
import { runApiOperation } from '@/lib/http/api-write';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/**
 * Add a quote to a claim: `{ articleId, stance, exact, prefix?, suffix? }` or with `start`,
 * `end` (code points). 201 with the anchored `start`, `end`, `exact`; a quote found more than
 * once without enough context to decide is refused with 422, never guessed.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const claimId = (await params).id;
  return runApiOperation(getPrisma(), request, 'createEvidence', (body) => ({ ...(body as object), claimId }), {
    status: 201,
    location: (data) => `/api/v1/evidence/${(data as { id: number }).id}`,
  });
}

// Every other method answers 405 with Allow.
export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = otherMethods(['POST']);
