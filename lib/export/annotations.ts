// W3C Web Annotation export (JSON-LD, Web Annotation Data Model, W3C Recommendation of
// 23 February 2017): one Annotation per quote, in one AnnotationCollection.
// The bodies say which claim the quote bears on (its text, and a link to its page as a
// SpecificResource with the "linking" purpose, since the model gives a purpose only to
// textual bodies and specific resources) and whether the quote states or contradicts it.
// The target is Claimgrid's stored text of the article: the TextPositionSelector counts
// Unicode code points in exactly that text (served as text/plain at articleTextUrl), and
// the outlet's own page, where Claimgrid got the article, is the source's `via`. The
// TextQuoteSelector is the one to re-anchor with on the outlet's page, whose text differs.
import { detectChineseScript } from '../text/detect-script';
import { cellOf } from './cells';
import { describeScope } from './describe-scope';
import { articleTextUrl, claimUrl, evidenceUrl, exportUrl, safeHttpUrl } from './urls';
import type { ExportArticle, ExportClaim, ExportData, ExportEvidence } from './types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The media type of the serialisation (Web Annotation Protocol, section 3.1). */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** The editors of this Claimgrid instance, who make the quotes (individual editors stay private). */
export function editorsAgent(baseUrl: string) {
  return { id: `${baseUrl}/#editors`, type: 'Organization', name: 'Claimgrid editors', nickname: 'claimgrid-editors', homepage: `${baseUrl}/` };
}

/** The software that writes the serialisation. */
export function generatorAgent(baseUrl: string) {
  return { id: `${baseUrl}/#software`, type: 'Software', name: 'Claimgrid', nickname: 'claimgrid', homepage: `${baseUrl}/` };
}

/**
 * Claim texts carry no language of their own: Chinese text says its script, anything else is
 * "und" (BCP 47's undetermined language) rather than a guess.
 */
function claimLanguage(text: string): string {
  return detectChineseScript(text) ?? UNDETERMINED;
}
const UNDETERMINED = 'und';

export type EvidenceAnnotationInput = {
  claim: Pick<ExportClaim, 'id' | 'text' | 'createdAt' | 'updatedAt'>;
  evidence: ExportEvidence;
  article: Pick<ExportArticle, 'id' | 'url' | 'language'>;
  baseUrl: string;
  /** inside a collection the @context is the collection's */
  embedded?: boolean;
};

export function evidenceAnnotation({ claim, evidence, article, baseUrl, embedded = false }: EvidenceAnnotationInput): Record<string, unknown> {
  // Described once on the annotation; each body names the same agent by its IRI.
  const creator = editorsAgent(baseUrl).id;
  const quoteLifecycle = { creator, created: evidence.createdAt, modified: evidence.updatedAt };
  const origin = safeHttpUrl(article.url);
  return {
    ...(embedded ? {} : { '@context': ANNOTATION_CONTEXT }),
    id: evidenceUrl(baseUrl, evidence.articleId, evidence.id),
    type: 'Annotation',
    motivation: 'assessing',
    ...quoteLifecycle,
    creator: editorsAgent(baseUrl),
    generator: generatorAgent(baseUrl),
    body: [
      {
        type: 'TextualBody',
        value: claim.text,
        format: 'text/plain',
        language: claimLanguage(claim.text),
        purpose: 'describing',
        creator,
        created: claim.createdAt,
        modified: claim.updatedAt,
      },
      // The stance is a keyword of Claimgrid's (English) vocabulary: states, contradicts, mixed.
      { type: 'TextualBody', value: evidence.stance, format: 'text/plain', language: 'en', purpose: 'assessing', ...quoteLifecycle },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: { id: claimUrl(baseUrl, claim.id), type: 'Text', format: 'text/html', language: claimLanguage(claim.text) },
        creator,
        created: claim.createdAt,
        modified: claim.updatedAt,
      },
      // An editor's note may be in any language, so it is "und" rather than guessed.
      ...(evidence.note ? [{ type: 'TextualBody', value: evidence.note, format: 'text/plain', language: UNDETERMINED, purpose: 'commenting', ...quoteLifecycle }] : []),
    ],
    target: {
      type: 'SpecificResource',
      source: {
        id: articleTextUrl(baseUrl, article.id),
        type: 'Text',
        format: 'text/plain',
        language: article.language,
        ...(origin ? { via: origin } : {}),
      },
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
      const article = articles.get(evidence.articleId) ?? { id: evidence.articleId, url: null, language: outlet.language };
      out.push(evidenceAnnotation({ claim, evidence, article, baseUrl: data.baseUrl, embedded: true }));
    }
  }
  return out;
}

/**
 * An AnnotationCollection whose one page lists every annotation; "total" and "last" come
 * last, once known. The page is only written once it has an annotation: the model requires
 * a page's items to hold 1 or more, and a collection of 0 to have no first page.
 */
export async function* formatAnnotations(data: ExportData): AsyncGenerator<string> {
  const id = exportUrl(data.baseUrl, 'annotations', data.scope);
  const pageId = `${id}#items`;
  const head = {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Claimgrid quotes: ${describeScope(data.scope, data.outlets)}`,
    creator: editorsAgent(data.baseUrl),
    generator: generatorAgent(data.baseUrl),
    generated: data.generatedAt,
  };
  const page = { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0 };
  yield JSON.stringify(head).slice(0, -1);
  let total = 0;
  for await (const { claims, articles } of data.pages()) {
    let chunk = '';
    for (const claim of claims) {
      for (const annotation of claimAnnotations(claim, data, articles)) {
        chunk += `${total ? ',\n' : `,"first":${JSON.stringify(page).slice(0, -1)},"items":[\n`}${JSON.stringify(annotation)}`;
        total += 1;
      }
    }
    if (chunk) yield chunk;
  }
  yield total ? `\n]},"last":${JSON.stringify(pageId)},"total":${total}}\n` : `,"total":0}\n`;
}
