// Claim search for pickers: the query is folded like the stored search text (Traditional ->
// Simplified, NFKC, lower case) and matched as a substring. Published claims only unless the
// reader may see drafts; newest first. A trigram index on search_text can come later without
// changing this query.
import type { Db } from '../../db/prisma';
import { textLang } from '../../text/detect-script';
import { foldForSearch } from '../../text/fold-for-search';
import type { ClaimSearchHitDto, ClaimStatus } from '../types';

export const SEARCH_LIMIT_MAX = 50;
const SEARCH_LIMIT_DEFAULT = 20;

export type SearchClaimsOptions = { query: string; includeDrafts?: boolean; limit?: number };

/** ILIKE treats % and _ as wildcards and \ as the escape; a query means them literally. */
export function likePattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function searchClaims(db: Db, options: SearchClaimsOptions): Promise<ClaimSearchHitDto[]> {
  const folded = foldForSearch(options.query ?? '');
  if (folded === '') return [];
  const requested = Number.isFinite(options.limit) ? Math.trunc(options.limit!) : SEARCH_LIMIT_DEFAULT;
  const limit = Math.min(Math.max(requested, 1), SEARCH_LIMIT_MAX);
  const pattern = likePattern(folded);
  const publishedOnly = !options.includeDrafts;
  const rows = await db.$queryRaw<{ id: number; text: string; gloss: string | null; status: ClaimStatus }[]>`
    SELECT "id", "text", "gloss", "status"::text AS "status"
      FROM "claims"
     WHERE "search_text" ILIKE ${pattern} ESCAPE '\\'
       AND (${publishedOnly} = false OR "status" = 'published')
     ORDER BY "created_at" DESC, "id" DESC
     LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, lang: textLang(row.text) }));
}
