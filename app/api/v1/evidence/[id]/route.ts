import { getPrisma } from '@/lib/db/prisma';
import { parseId } from '@/lib/data/parse-id';
import { evidenceSelect, toEvidence } from '@/lib/data/map-rows';
import { refuseBadToken } from '@/lib/http/api-read';
import { runApiOperation } from '@/lib/http/api-write';
import { jsonResponse, problemResponse } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** One quote of a published claim (the id of exported Web Annotations points here). */
export async function GET(request: Request, { params }: Context) {
  const refused = await refuseBadToken(getPrisma(), request);
  if (refused) return refused;
  const raw = (await params).id;
  const id = parseId(raw);
  const row = id
    ? await getPrisma().evidence.findFirst({ where: { id, claim: { status: 'published' } }, select: { ...evidenceSelect, version: true } })
    : null;
  if (!row) return problemResponse(404, `No evidence with id ${JSON.stringify(raw)}.`);
  return jsonResponse({ ...toEvidence(row), version: row.version });
}

/** Change a quote's stance, stated value or note; the body carries its `version`. */
export async function PATCH(request: Request, { params }: Context) {
  const id = (await params).id;
  return runApiOperation(getPrisma(), request, 'updateEvidence', (body) => ({ ...(body as object), id }));
}

/** Delete a quote (kept in its claim's history); `version` in the body or query. */
export async function DELETE(request: Request, { params }: Context) {
  const id = (await params).id;
  const version = new URL(request.url).searchParams.get('version');
  if (version !== null) return runApiOperation(getPrisma(), request, 'deleteEvidence', { id, version });
  return runApiOperation(getPrisma(), request, 'deleteEvidence', (body) => ({ ...(body as object), id }));
}

// Every other method answers 405 with Allow.
export const { POST, PUT, OPTIONS } = otherMethods(['GET', 'PATCH', 'DELETE']);
