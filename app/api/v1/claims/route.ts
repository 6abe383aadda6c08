import { getPrisma } from '@/lib/db/prisma';
import { findClaims } from '@/lib/data/find-claims';
import { jsonResponse } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET() {
  const { claims, outlets } = await findClaims(getPrisma());
  return jsonResponse({ claims, outlets: outlets.map((o) => o.slug) });
}
