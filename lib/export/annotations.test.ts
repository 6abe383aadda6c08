import { describe, expect, it } from 'vitest';
import { evidenceAnnotation, formatAnnotations } from './annotations';
import { BASE, CLAIMS, collect, evidence, exportData } from './test-fixtures';
import { validateAnnotation, validateAnnotationCollection } from './validate-annotation';

describe('evidenceAnnotation', () => {
  const annotation = evidenceAnnotation({
    claim: CLAIMS[0]!,
    evidence: evidence({ id: 11, articleId: 1, note: 'cites Sputnik' }),
    article: { id: 1, url: 'https://www.voachinese.com/a/1.html' },
    baseUrl: BASE,
  });

  it('says which claim the quote bears on, and how', () => {
    expect(annotation).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${BASE}/articles/1#e-11`,
      type: 'Annotation',
      motivation: 'assessing',
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-02T00:00:00.000Z',
      body: [
        { type: 'TextualBody', value: '习近平自2013年以来至少9次访问俄罗斯', purpose: 'describing' },
        { type: 'TextualBody', value: 'states', purpose: 'assessing' },
        { id: `${BASE}/claims/7`, type: 'Text', purpose: 'linking' },
        { type: 'TextualBody', value: 'cites Sputnik', purpose: 'commenting' },
      ],
      target: {
        source: 'https://www.voachinese.com/a/1.html',
        selector: [
          { type: 'TextQuoteSelector', exact: '至少9次', prefix: '已经', suffix: '访问' },
          { type: 'TextPositionSelector', start: 10, end: 14 },
        ],
      },
    });
    expect(validateAnnotation(annotation)).toEqual([]);
  });

  it('targets the app’s article page when the article has no (safe) URL', () => {
    for (const url of [null, 'javascript:alert(1)']) {
      const a = evidenceAnnotation({ claim: CLAIMS[0]!, evidence: evidence({ id: 1, articleId: 9 }), article: { id: 9, url }, baseUrl: BASE });
      expect((a.target as { source: string }).source).toBe(`${BASE}/articles/9`);
    }
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

  it('is a valid, empty collection when there are no quotes', async () => {
    const collection = JSON.parse(await collect(formatAnnotations(exportData({ pages: async function* () {} }))));
    expect(collection.total).toBe(0);
    expect(validateAnnotationCollection(collection)).toEqual([]);
  });
});
