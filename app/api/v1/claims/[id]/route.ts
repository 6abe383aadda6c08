import { getPrisma } from '@/lib/db/prisma';
import { findClaims } from '@/lib/data/find-claims';
import { parseId } from '@/lib/data/parse-id';
import { jsonResponse, problemResponse } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const id = parseId(raw);
  const claim = id ? (await findClaims(getPrisma(), { ids: [id] })).claims[0] : undefined;
  if (!claim) return problemResponse(404, `No published claim with id ${JSON.stringify(raw)}.`);
  return jsonResponse(claim);
}
