// W3C Web Annotation export (JSON-LD): one Annotation per quote, in one AnnotationCollection.
// The body says which claim the quote bears on and whether it states or contradicts it; the
// target is the article, with the quote as a TextQuoteSelector and its offsets as a
// TextPositionSelector. The offsets count Unicode code points in Claimgrid's stored text of
// the article (as the model defines them), which can differ from the text of the page at
// the article's own URL; the quote selector is the one to re-anchor with there.
import { cellOf } from './cells';
import { describeScope } from './describe-scope';
import { articleLink, claimUrl, evidenceUrl, exportUrl } from './urls';
import type { ExportArticle, ExportClaim, ExportData, ExportEvidence } from './types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type EvidenceAnnotationInput = {
  claim: Pick<ExportClaim, 'id' | 'text'>;
  evidence: ExportEvidence;
  article: Pick<ExportArticle, 'id' | 'url'>;
  baseUrl: string;
  /** inside a collection the @context is the collection's */
  embedded?: boolean;
};

export function evidenceAnnotation({ claim, evidence, article, baseUrl, embedded = false }: EvidenceAnnotationInput): Record<string, unknown> {
  return {
    ...(embedded ? {} : { '@context': ANNOTATION_CONTEXT }),
    id: evidenceUrl(baseUrl, evidence.articleId, evidence.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: evidence.createdAt,
    modified: evidence.updatedAt,
    generator: { id: baseUrl, type: 'Software', name: 'Claimgrid' },
    body: [
      { type: 'TextualBody', value: claim.text, format: 'text/plain', purpose: 'describing' },
      { type: 'TextualBody', value: evidence.stance, format: 'text/plain', purpose: 'assessing' },
      { id: claimUrl(baseUrl, claim.id), type: 'Text', format: 'text/html', purpose: 'linking' },
      ...(evidence.note ? [{ type: 'TextualBody', value: evidence.note, format: 'text/plain', purpose: 'commenting' }] : []),
    ],
    target: {
      source: articleLink(baseUrl, article),
      selector: [
        { type: 'TextQuoteSelector', exact: evidence.exact, prefix: evidence.prefix, suffix: evidence.suffix },
        { type: 'TextPositionSelector', start: evidence.start, end: evidence.end },
      ],
    },
  };
}

/** The annotations of one claim, outlet by outlet in the export's column order. */
export function claimAnnotations(
  claim: ExportClaim,
  data: Pick<ExportData, 'outlets' | 'baseUrl'>,
  articles: ReadonlyMap<number, ExportArticle>,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const outlet of data.outlets) {
    for (const evidence of cellOf(claim, outlet.slug).evidence) {
      const article = articles.get(evidence.articleId) ?? { id: evidence.articleId, url: null };
      out.push(evidenceAnnotation({ claim, evidence, article, baseUrl: data.baseUrl, embedded: true }));
    }
  }
  return out;
}

/** An AnnotationCollection whose one page lists every annotation; "total" comes last, once known. */
export async function* formatAnnotations(data: ExportData): AsyncGenerator<string> {
  const id = exportUrl(data.baseUrl, 'annotations', data.scope);
  const head = {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Claimgrid quotes: ${describeScope(data.scope, data.outlets)}`,
  };
  const page = { id: `${id}#items`, type: 'AnnotationPage', startIndex: 0 };
  yield `${JSON.stringify(head).slice(0, -1)},"first":${JSON.stringify(page).slice(0, -1)},"items":[\n`;
  let total = 0;
  for await (const { claims, articles } of data.pages()) {
    let chunk = '';
    for (const claim of claims) {
      for (const annotation of claimAnnotations(claim, data, articles)) {
        chunk += `${total ? ',\n' : ''}${JSON.stringify(annotation)}`;
        total += 1;
      }
    }
    if (chunk) yield chunk;
  }
  yield `${total ? '\n' : ''}]},"total":${total}}\n`;
}
