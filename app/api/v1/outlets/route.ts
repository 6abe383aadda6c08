import { getPrisma } from '@/lib/db/prisma';
import { findOutlets } from '@/lib/data/find-outlets';
import { jsonResponse } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonResponse({ outlets: await findOutlets(getPrisma()) });
}

// Every other method answers 405 with Allow.
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);
