import { getPrisma } from '@/lib/db/prisma';
import { findOutlets } from '@/lib/data/find-outlets';
import { jsonResponse } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonResponse({ outlets: await findOutlets(getPrisma()) });
}
