import { describe, expect, it } from 'vitest';
import { evidenceAnnotation, formatAnnotations } from './annotations';
import { FORMAT_INFO } from './formats';
import { BASE, CLAIMS, collect, evidence, exportData } from '../../tests/support/export-fixtures';
import { validateAnnotation, validateAnnotationCollection } from '../../tests/validators/web-annotation';

describe('evidenceAnnotation', () => {
  const annotation = evidenceAnnotation({
    claim: CLAIMS[0]!,
    evidence: evidence({ id: 11, articleId: 1, note: 'cites Sputnik' }),
    article: { id: 1, url: 'https://www.voachinese.com/a/1.html', language: 'zh-Hans' },
    baseUrl: BASE,
  });

  it('says which claim the quote bears on, and how', () => {
    expect(annotation).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${BASE}/articles/1#e-11`,
      type: 'Annotation',
      motivation: 'assessing',
      creator: { id: `${BASE}/#editors`, type: 'Organization', name: 'Claimgrid editors' },
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-02T00:00:00.000Z',
      generator: { id: `${BASE}/#software`, type: 'Software', name: 'Claimgrid' },
      body: [
        { type: 'TextualBody', value: '习近平自2013年以来至少9次访问俄罗斯', format: 'text/plain', language: 'zh-Hans', purpose: 'describing', created: '2025-01-01T00:00:00.000Z' },
        { type: 'TextualBody', value: 'states', language: 'en', purpose: 'assessing' },
        { type: 'SpecificResource', purpose: 'linking', source: { id: `${BASE}/claims/7`, type: 'Text', format: 'text/html', language: 'zh-Hans' } },
        { type: 'TextualBody', value: 'cites Sputnik', language: 'und', purpose: 'commenting' },
      ],
    });
  });

  // 3.3.5/4.1: a purpose belongs to a TextualBody or a SpecificResource, never to a plain web resource.
  it('gives a purpose only to textual bodies and specific resources', () => {
    for (const body of annotation.body as Record<string, unknown>[]) {
      expect(['TextualBody', 'SpecificResource']).toContain(body.type);
      if (body.type === 'SpecificResource') expect(body).not.toHaveProperty('id');
    }
  });

  it('targets Claimgrid’s stored text, whose code points the position counts, and names the outlet’s page as where it came from', () => {
    expect(annotation.target).toEqual({
      type: 'SpecificResource',
      source: { id: `${BASE}/api/v1/articles/1/text`, type: 'Text', format: 'text/plain', language: 'zh-Hans', via: 'https://www.voachinese.com/a/1.html' },
      selector: [
        { type: 'TextQuoteSelector', exact: '至少9次', prefix: '已经', suffix: '访问' },
        { type: 'TextPositionSelector', start: 10, end: 14 },
      ],
    });
  });

  it('keeps every MUST and SHOULD rule of the model', () => {
    expect(validateAnnotation(annotation)).toEqual([]);
  });

  it('names no origin when the article has no (safe) URL', () => {
    for (const url of [null, 'javascript:alert(1)']) {
      const a = evidenceAnnotation({ claim: CLAIMS[0]!, evidence: evidence({ id: 1, articleId: 9 }), article: { id: 9, url, language: 'zh-Hant' }, baseUrl: BASE });
      expect((a.target as { source: object }).source).toEqual({ id: `${BASE}/api/v1/articles/9/text`, type: 'Text', format: 'text/plain', language: 'zh-Hant' });
      expect(validateAnnotation(a)).toEqual([]);
    }
  });

  it('tags a claim text in no identifiable language as undetermined ("und") rather than guessing', () => {
    const a = evidenceAnnotation({ claim: CLAIMS[1]!, evidence: evidence({ id: 2, articleId: 1 }), article: { id: 1, url: null, language: 'zh-Hans' }, baseUrl: BASE });
    expect((a.body as Record<string, unknown>[])[0]).toMatchObject({ language: 'und' });
  });
});

describe('formatAnnotations', () => {
  it('writes one AnnotationCollection holding an annotation per quote', async () => {
    const collection = JSON.parse(await collect(formatAnnotations(exportData())));
    expect(validateAnnotationCollection(collection)).toEqual([]);
    expect(collection.id).toBe(`${BASE}/api/v1/export?format=annotations`);
    expect(collection.total).toBe(5);
    expect(collection.first.items.map((a: { id: string }) => a.id)).toEqual([
      `${BASE}/articles/1#e-11`,
      `${BASE}/articles/4#e-12`,
      `${BASE}/articles/2#e-13`,
      `${BASE}/articles/3#e-14`,
      `${BASE}/articles/3#e-15`,
    ]);
    expect(collection.first.items.every((a: object) => !('@context' in a))).toBe(true);
  });

  it('keeps every MUST and SHOULD rule, collection and page included', async () => {
    const collection = JSON.parse(await collect(formatAnnotations(exportData())));
    expect(collection).toMatchObject({
      label: 'Claimgrid quotes: All published claims; newest first.',
      last: `${BASE}/api/v1/export?format=annotations#items`,
      first: { id: `${BASE}/api/v1/export?format=annotations#items`, type: 'AnnotationPage', partOf: collection.id, startIndex: 0 },
    });
    expect(validateAnnotationCollection(collection)).toEqual([]);
  });

  // 5.2: "Each Page MUST have an array of 1 or more Annotations as the value of items."
  it('is a valid, empty collection without a page when there are no quotes', async () => {
    const collection = JSON.parse(await collect(formatAnnotations(exportData({ pages: async function* () {} }))));
    expect(collection.total).toBe(0);
    expect(collection).not.toHaveProperty('first');
    expect(validateAnnotationCollection(collection)).toEqual([]);
  });

  it('is served with the media type of the anno.jsonld profile', () => {
    expect(FORMAT_INFO.annotations.contentType).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  });
});
