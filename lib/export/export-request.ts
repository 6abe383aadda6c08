// Reads an export request (the API's query string, or the CLI's flags turned into one):
// the format, and which claims: `claim=ID`, `outlet-page=SLUG`, or else the claim table's
// view parameters (q, topic, kind, stance + outlet, contested, sort, cols). Page and page
// size are ignored: an export holds every page of the view.
import { z } from 'zod';
import type { OutletRefs } from '../claims/outlet-refs';
import { parseTableQuery } from '../claims/table-query';
import { EXPORT_FORMATS, type ExportFormat } from './formats';
import type { ExportScope } from './types';
import { SLUG_PATTERN } from '../claims/shapes';

export type ExportRequest = { format: ExportFormat; scope: ExportScope };
export type ExportRequestResult = { ok: true; request: ExportRequest } | { ok: false; detail: string };

const formatSchema = z.enum(EXPORT_FORMATS);
const claimIdSchema = z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.number().int().min(1).max(2_147_483_647));
const slugSchema = z.string().regex(SLUG_PATTERN).max(80);

export type ExportScopeResult = { ok: true; scope: ExportScope } | { ok: false; detail: string };

/** Which claims: one claim, one outlet, or a view of the claim table (the report page reads this too). */
export function parseExportScope(params: URLSearchParams): ExportScopeResult {
  const claim = params.get('claim');
  const outletPage = params.get('outlet-page');
  if (claim !== null && outletPage !== null) return { ok: false, detail: 'Give claim or outlet-page, not both.' };
  if (claim !== null) {
    const id = claimIdSchema.safeParse(claim);
    if (!id.success) return { ok: false, detail: `claim must be a claim id (a positive integer), got ${JSON.stringify(claim)}.` };
    return { ok: true, scope: { scope: 'claim', claimId: id.data } };
  }
  if (outletPage !== null) {
    const slug = slugSchema.safeParse(outletPage);
    if (!slug.success) return { ok: false, detail: `outlet-page must be an outlet slug, got ${JSON.stringify(outletPage)}.` };
    return { ok: true, scope: { scope: 'outlet', outlet: slug.data } };
  }
  return { ok: true, scope: { scope: 'view', query: { ...parseTableQuery(params), page: 1 } } };
}

export function parseExportRequest(params: URLSearchParams): ExportRequestResult {
  const format = formatSchema.safeParse(params.get('format'));
  if (!format.success) {
    return { ok: false, detail: `format must be one of ${EXPORT_FORMATS.join(', ')} (got ${JSON.stringify(params.get('format'))}).` };
  }
  const scope = parseExportScope(params);
  return scope.ok ? { ok: true, request: { format: format.data, scope: scope.scope } } : scope;
}

/** The outlet slugs a scope names, for checking that they exist (lib/claims/outlet-refs). */
export function scopeOutletRefs(scope: ExportScope): OutletRefs {
  if (scope.scope === 'outlet') return { 'outlet-page': scope.outlet };
  if (scope.scope === 'view') return { cols: scope.query.cols, outlet: scope.query.outlet };
  return {};
}
