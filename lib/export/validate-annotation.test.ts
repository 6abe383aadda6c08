import { describe, expect, it } from 'vitest';
import { validateAnnotation, validateAnnotationCollection } from './validate-annotation';

const good = () => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://example.org/anno/1',
  type: 'Annotation',
  motivation: 'assessing',
  created: '2025-01-01T00:00:00.000Z',
  body: [
    { type: 'TextualBody', value: 'claim', purpose: 'describing' },
    { id: 'https://example.org/claims/1', type: 'Text' },
    'https://example.org/tag',
  ],
  target: {
    source: 'https://example.org/article',
    selector: [
      { type: 'TextQuoteSelector', exact: 'quote', prefix: 'a', suffix: 'b' },
      { type: 'TextPositionSelector', start: 0, end: 5 },
    ],
  },
});

describe('validateAnnotation', () => {
  it('accepts a conforming annotation, and the minimal one from the spec', () => {
    expect(validateAnnotation(good())).toEqual([]);
    expect(
      validateAnnotation({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/anno1', type: 'Annotation', body: 'http://example.post/post1', target: 'http://example.com/page1' }),
    ).toEqual([]);
    expect(validateAnnotation({ ...good(), '@context': ['http://www.w3.org/ns/anno.jsonld', { extra: 'x' }], type: ['Annotation', 'Other'] })).toEqual([]);
  });

  it.each<[string, (a: ReturnType<typeof good>) => unknown, string]>([
    ['no @context', ({ '@context': _, ...rest }) => rest, '$: @context is missing'],
    ['the wrong @context', (a) => ({ ...a, '@context': 'https://schema.org' }), '$: @context does not include http://www.w3.org/ns/anno.jsonld'],
    ['no id', ({ id: _, ...rest }) => rest, '$: id must be an IRI'],
    ['a relative id', (a) => ({ ...a, id: '/anno/1' }), '$: id must be an IRI'],
    ['the wrong type', (a) => ({ ...a, type: 'Note' }), '$: type must include Annotation'],
    ['no target', ({ target: _, ...rest }) => rest, '$: target is missing'],
    ['a target without source', (a) => ({ ...a, target: { selector: a.target.selector } }), '$.target: a specific resource must have a source IRI'],
    ['a selector without type', (a) => ({ ...a, target: { ...a.target, selector: [{ exact: 'x' }] } }), '$.target.selector[0]: a selector must have a type'],
    ['a quote selector without exact', (a) => ({ ...a, target: { ...a.target, selector: [{ type: 'TextQuoteSelector', prefix: 'a' }] } }), '$.target.selector[0]: TextQuoteSelector needs exact as a string'],
    ['a non-string prefix', (a) => ({ ...a, target: { ...a.target, selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: 3 }] } }), '$.target.selector[0]: TextQuoteSelector prefix must be a string'],
    ['a negative start', (a) => ({ ...a, target: { ...a.target, selector: [{ type: 'TextPositionSelector', start: -1, end: 2 }] } }), '$.target.selector[0]: TextPositionSelector start must be a non-negative integer'],
    ['a fractional end', (a) => ({ ...a, target: { ...a.target, selector: [{ type: 'TextPositionSelector', start: 0, end: 2.5 }] } }), '$.target.selector[0]: TextPositionSelector end must be a non-negative integer'],
    ['a string end', (a) => ({ ...a, target: { ...a.target, selector: [{ type: 'TextPositionSelector', start: 0, end: '2' }] } }), '$.target.selector[0]: TextPositionSelector end must be a non-negative integer'],
    ['start after end', (a) => ({ ...a, target: { ...a.target, selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] } }), '$.target.selector[0]: TextPositionSelector start must not exceed end'],
    ['a TextualBody without value', (a) => ({ ...a, body: [{ type: 'TextualBody', purpose: 'describing' }] }), '$.body[0]: a TextualBody must have a string value'],
    ['an external body without id', (a) => ({ ...a, body: { type: 'Text' } }), '$.body: an external body must have an id IRI'],
    ['an unknown purpose', (a) => ({ ...a, body: [{ type: 'TextualBody', value: 'x', purpose: 'shouting' }] }), '$.body[0].purpose: unknown motivation "shouting"'],
    ['an unknown motivation', (a) => ({ ...a, motivation: 'liking' }), '$.motivation: unknown motivation "liking"'],
    ['a created date without time zone', (a) => ({ ...a, created: '2025-01-01 10:00' }), '$: created must be an xsd:dateTime with a timezone'],
  ])('refuses %s', (_name, change, message) => {
    expect(validateAnnotation(change(good()))).toContain(message);
  });

  it('lets an annotation embedded in a collection go without its own @context', () => {
    const { '@context': _, ...embedded } = good();
    expect(validateAnnotation(embedded, { embedded: true })).toEqual([]);
  });
});

describe('validateAnnotationCollection', () => {
  const collection = (items: unknown[], total = items.length) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://example.org/annotations',
    type: 'AnnotationCollection',
    total,
    first: { id: 'https://example.org/annotations#items', type: 'AnnotationPage', startIndex: 0, items },
  });
  const { '@context': _, ...item } = good();

  it('accepts a collection of valid annotations', () => {
    expect(validateAnnotationCollection(collection([item, item]))).toEqual([]);
    expect(validateAnnotationCollection(collection([]))).toEqual([]);
  });

  it('refuses a wrong total, a bad page or a bad item', () => {
    expect(validateAnnotationCollection(collection([item], 2))).toEqual(['$: total is 2 but the pages hold 1']);
    expect(validateAnnotationCollection({ ...collection([]), first: { type: 'Page', items: [] } })).toEqual([
      '$.first: type must include AnnotationPage',
      '$.first: id must be an IRI',
    ]);
    expect(validateAnnotationCollection(collection([{ ...item, target: undefined }]))).toContain('$.first.items[0].target: a target must be an IRI or an object');
    expect(validateAnnotationCollection({ ...collection([]), '@context': undefined, type: 'Collection' })).toEqual([
      '$: @context does not include http://www.w3.org/ns/anno.jsonld',
      '$: type must include AnnotationCollection',
    ]);
  });
});
