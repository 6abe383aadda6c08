import { getPrisma } from '@/lib/db/prisma';
import { findOutlets } from '@/lib/data/reads/find-outlets';
import { refuseBadToken } from '@/lib/http/api-read';
import { jsonResponse } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const db = getPrisma();
  const refused = await refuseBadToken(db, request);
  if (refused) return refused;
  return jsonResponse({ outlets: await findOutlets(db) });
}

// Every other method answers 405 with Allow.
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);
