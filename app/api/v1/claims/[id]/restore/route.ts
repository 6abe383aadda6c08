import { getPrisma } from '@/lib/db/prisma';
import { runApiOperation } from '@/lib/http/api-write';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** Bring back a deleted claim with the quotes and omission marks its deletion removed; no body. */
export async function POST(request: Request, { params }: Context) {
  const id = (await params).id;
  return runApiOperation(getPrisma(), request, 'restoreDeletedClaim', { id });
}

// Every other method answers 405 with Allow.
export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = otherMethods(['POST']);
