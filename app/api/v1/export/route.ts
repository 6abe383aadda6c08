// GET /api/v1/export?format=csv|json|md|claimreview|annotations[&<claim table params>]
// [&claim=ID][&outlet-page=SLUG]: the claims of a view, one claim or one outlet, streamed as
// a file download. format=dump (the whole database) is for admins only (session or API token).
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { dumpDatabase } from '@/lib/data/dump-database';
import { openClaimExport } from '@/lib/data/export-claims';
import { parseExportRequest } from '@/lib/export/export-request';
import { FORMAT_INFO, exportFilename, formatExport, type ExportFormat } from '@/lib/export/formats';
import { toByteStream } from '@/lib/export/stream';
import { resolveApiCaller } from '@/lib/http/api-write';
import { problemResponse } from '@/lib/http/problem';

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

  if (format === 'dump') {
    // An admin's session, or an admin's API token (scripts take backups with one).
    const caller = request.headers.get('authorization') ? await resolveApiCaller(db, request) : { actor: await getActor() };
    if ('response' in caller) return caller.response;
    if (!can(caller.actor, 'users:manage')) return problemResponse(403, 'Only admins may download a dump of the database.');
    return download(format, dumpDatabase(db, { createdAt: now }), now);
  }

  const baseUrl = process.env.BETTER_AUTH_URL ?? url.origin;
  const data = await openClaimExport(db, scope, { baseUrl, generatedAt: now });
  if (!data) {
    return problemResponse(
      404,
      scope.scope === 'claim' ? `No published claim with id ${scope.claimId}.` : `No outlet with slug ${JSON.stringify(scope.scope === 'outlet' ? scope.outlet : '')}.`,
    );
  }
  return download(format, formatExport(format, data), now);
}
