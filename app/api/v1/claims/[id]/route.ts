import { getPrisma } from '@/lib/db/prisma';
import { findClaims } from '@/lib/data/claim-table';
import { parseId } from '@/lib/data/parse-id';
import { resolveDraftAccess } from '@/lib/http/api-read';
import { runApiOperation } from '@/lib/http/api-write';
import { jsonResponse, problemResponse } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** A published claim; with an editor's or admin's token, a draft too. */
export async function GET(request: Request, { params }: Context) {
  const db = getPrisma();
  const access = await resolveDraftAccess(db, request);
  if ('response' in access) return access.response;
  const raw = (await params).id;
  const id = parseId(raw);
  const claim = id ? (await findClaims(db, { ids: [id], includeDrafts: access.drafts })).claims[0] : undefined;
  if (!claim) return problemResponse(404, `No ${access.drafts ? '' : 'published '}claim with id ${JSON.stringify(raw)}.`);
  return jsonResponse(claim);
}

/** Change fields of a claim; the body carries the `version` it was read at. */
export async function PATCH(request: Request, { params }: Context) {
  const id = (await params).id;
  return runApiOperation(getPrisma(), request, 'updateClaim', (body) => ({ ...(body as object), id }));
}

/** Delete a claim with its quotes and omission marks (kept in its history); `version` in the body or query. */
export async function DELETE(request: Request, { params }: Context) {
  const id = (await params).id;
  const version = new URL(request.url).searchParams.get('version');
  if (version !== null) return runApiOperation(getPrisma(), request, 'deleteClaim', { id, version });
  return runApiOperation(getPrisma(), request, 'deleteClaim', (body) => ({ ...(body as object), id }));
}

// Every other method answers 405 with Allow.
export const { POST, PUT, OPTIONS } = otherMethods(['GET', 'PATCH', 'DELETE']);
