import { getPrisma } from '@/lib/db/prisma';
import { findArticles } from '@/lib/data/find-articles';
import { jsonResponse } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonResponse({ articles: await findArticles(getPrisma()) });
}
