// GET /api/v1/export?format=csv|json|md|claimreview|annotations[&<claim table params>]
// [&claim=ID][&outlet-page=SLUG]: the claims of a view, one claim or one outlet, streamed as
// a file download. format=dump (the whole database) is for admins only (session or API token).
import { can } from '@/lib/auth/actor';
import { unknownOutletErrors } from '@/lib/claims/outlet-refs';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { dumpDatabase } from '@/lib/data/workflows/dump-database';
import { openClaimExport } from '@/lib/data/reads/export-claims';
import { findOutlets } from '@/lib/data/reads/find-outlets';
import { parseExportRequest, scopeOutletRefs } from '@/lib/export/export-request';
import { FORMAT_INFO, exportFilename, formatExport, type ExportFormat } from '@/lib/export/formats';
import { toByteStream } from '@/lib/export/stream';
import { resolveApiCaller } from '@/lib/http/api-write';
import { problemResponse, queryProblem } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

function download(format: ExportFormat, chunks: AsyncGenerator<string>, now: Date): Response {
  return new Response(toByteStream(chunks), {
    headers: {
      'content-type': FORMAT_INFO[format].contentType,
      'content-disposition': `attachment; filename="${exportFilename(format, now)}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseExportRequest(url.searchParams);
  if (!parsed.ok) return problemResponse(400, parsed.detail);
  const { format, scope } = parsed.request;
  const now = new Date();
  const db = getPrisma();

  // A bearer token (an admin's, for the dump) or the session cookie; a dead token is a 401.
  const caller = await resolveApiCaller(db, request);
  if ('response' in caller) return caller.response;
  if (format === 'dump') {
    if (!can(caller.actor ?? (await getActor()), 'users:manage')) return problemResponse(403, 'Only admins may download a dump of the database.');
    return download(format, dumpDatabase(db, { createdAt: now }), now);
  }

  const unknown = unknownOutletErrors(scopeOutletRefs(scope), new Set((await findOutlets(db)).map((o) => o.slug)));
  if (unknown) return queryProblem(unknown);
  const baseUrl = process.env.BETTER_AUTH_URL ?? url.origin;
  const data = await openClaimExport(db, scope, { baseUrl, generatedAt: now });
  // The outlets are known by now, so only a claim can be missing.
  if (!data) return problemResponse(404, scope.scope === 'claim' ? `No published claim with id ${scope.claimId}.` : 'Nothing to export.');
  return download(format, formatExport(format, data), now);
}

// Every other method answers 405 with Allow.
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);
