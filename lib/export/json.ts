// JSON export: the claim table's data with each quote's article, one claim per line so large
// files stream and diff well. Its shape is declared in zod in json-shape.ts, which generates the
// published JSON Schema (draft 2020-12) whose $id the "schema" field names.
import { cellOf } from './cells';
import { scopeToJson } from './describe-scope';
import { articleLink, safeHttpUrl } from './urls';
import { CLAIMS_EXPORT_SCHEMA_ID, type ClaimsExportDocument, type JsonClaim, type JsonEvidence } from './json-shape';
import type { ExportArticle, ExportClaim, ExportData, ExportOutlet } from './types';

export { CLAIMS_EXPORT_SCHEMA_ID };
export type { JsonClaim, JsonEvidence };

export function claimToJson(
  claim: ExportClaim,
  outlets: readonly ExportOutlet[],
  articles: ReadonlyMap<number, ExportArticle>,
  baseUrl: string,
): JsonClaim {
  const cells: JsonClaim['cells'] = {};
  for (const outlet of outlets) {
    const cell = cellOf(claim, outlet.slug);
    cells[outlet.slug] = {
      stance: cell.stance,
      evidence: cell.evidence.map((e): JsonEvidence => {
        const article = articles.get(e.articleId);
        return {
          id: e.id,
          articleId: e.articleId,
          articleTitle: article?.title ?? null,
          articleUrl: article ? articleLink(baseUrl, article) : null,
          publishedAt: article?.publishedAt ?? null,
          stance: e.stance,
          exact: e.exact,
          prefix: e.prefix,
          suffix: e.suffix,
          start: e.start,
          end: e.end,
          statedValue: e.statedValue,
          note: e.note,
        };
      }),
      reviews: cell.reviews.map((r) => ({ articleId: r.articleId, note: r.note })),
    };
  }
  return {
    id: claim.id,
    text: claim.text,
    gloss: claim.gloss,
    topics: claim.topics,
    kind: claim.kind,
    value: claim.value,
    comparator: claim.comparator,
    unit: claim.unit,
    asOf: claim.asOf,
    status: claim.status,
    updatedAt: claim.updatedAt,
    cells,
  };
}

/** Everything before the first claim: `{"schema":…,"generatedAt":…,"query":…,"outlets":[…],"claims":[`. */
export function jsonPreamble(data: Pick<ExportData, 'generatedAt' | 'scope' | 'outlets'>): string {
  const head: Omit<ClaimsExportDocument, 'claims'> = {
    schema: CLAIMS_EXPORT_SCHEMA_ID,
    generatedAt: data.generatedAt,
    query: scopeToJson(data.scope),
    outlets: data.outlets.map(({ slug, name, homepage, language }) => ({ slug, name, homepage: safeHttpUrl(homepage), language })),
  };
  return `${JSON.stringify(head).slice(0, -1)},"claims":[\n`;
}

export async function* formatJson(data: ExportData): AsyncGenerator<string> {
  yield jsonPreamble(data);
  let first = true;
  for await (const page of data.pages()) {
    let chunk = '';
    for (const claim of page.claims) {
      chunk += `${first ? '' : ',\n'}${JSON.stringify(claimToJson(claim, data.outlets, page.articles, data.baseUrl))}`;
      first = false;
    }
    if (chunk) yield chunk;
  }
  yield `${first ? '' : '\n'}]}\n`;
}
