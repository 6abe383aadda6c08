import { getPrisma } from '@/lib/db/prisma';
import { runApiOperation } from '@/lib/http/api-write';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** Dismiss a suggested passage `{ articleId, start, end }` (code points): never suggested again for this claim. 204. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const claimId = (await params).id;
  return runApiOperation(getPrisma(), request, 'dismissSuggestion', (body) => ({ ...(body as object), claimId }), { status: 204 });
}

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = otherMethods(['POST']);
