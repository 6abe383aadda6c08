// The validator against the Web Annotation Data Model, rule by rule: for every MUST and SHOULD
// rule quoted in RULES (the test names quote them), a document that breaks only that rule is
// flagged with it, and a document that keeps every rule is not flagged at all.
import { describe, expect, it } from 'vitest';
import { RULES, checkAnnotation, checkAnnotationCollection, validateAnnotation, validateAnnotationCollection, type RuleId } from './web-annotation';

type Obj = Record<string, unknown>;
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const agent = (type = 'Person') => ({ id: 'https://example.org/user1', type, name: 'A. Person', nickname: 'user1' });
const lifecycle = () => ({ creator: agent(), created: '2025-01-01T00:00:00Z' });

/** An annotation that keeps every MUST and SHOULD rule. */
function good(): Obj {
  return {
    '@context': CONTEXT,
    id: 'https://example.org/anno/1',
    type: 'Annotation',
    motivation: 'assessing',
    ...lifecycle(),
    modified: '2025-01-02T00:00:00.000Z',
    generator: agent('Software'),
    generated: '2025-02-01T00:00:00Z',
    body: [
      { type: 'TextualBody', value: '至少9次', format: 'text/plain', language: 'zh-Hans', purpose: 'describing', ...lifecycle() },
      { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://example.org/claims/1', type: 'Text', format: 'text/html', language: 'zh-Hans' }, ...lifecycle() },
    ],
    target: {
      type: 'SpecificResource',
      source: { id: 'https://example.org/articles/1/text', type: 'Text', format: 'text/plain', language: 'zh-Hans', via: 'https://news.example.com/a/1.html' },
      selector: [
        { type: 'TextQuoteSelector', exact: '至少9次', prefix: '已经', suffix: '访问' },
        { type: 'TextPositionSelector', start: 10, end: 14 },
      ],
    },
  };
}

/** A collection (with one embedded page) that keeps every rule. */
function goodCollection(): Obj {
  const { '@context': _, ...item } = good();
  return {
    '@context': CONTEXT,
    id: 'https://example.org/c',
    type: 'AnnotationCollection',
    label: 'quotes',
    total: 1,
    first: { id: 'https://example.org/c#p1', type: 'AnnotationPage', partOf: 'https://example.org/c', startIndex: 0, items: [item] },
    last: 'https://example.org/c#p1',
  };
}

const withBody = (body: unknown) => ({ ...good(), body });
const withTarget = (target: unknown) => ({ ...good(), target });
const withSelector = (...selector: unknown[]) => withTarget({ ...(good().target as Obj), selector });
const withSource = (source: Obj) => withTarget({ ...(good().target as Obj), source: { ...((good().target as Obj).source as Obj), ...source } });
const textualBody = (over: Obj) => ({ ...(good().body as Obj[])[0], ...over });
const page = (over: Obj) => ({ ...goodCollection(), first: { ...(goodCollection().first as Obj), ...over } });
const without = (o: Obj, ...keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

/** For each rule, a document that breaks it (and whether it is a collection). */
const VIOLATIONS: Record<RuleId, () => { doc: unknown; collection?: boolean }> = {
  'annotation.context': () => ({ doc: { ...good(), '@context': [CONTEXT] } }),
  'annotation.id': () => ({ doc: { ...good(), id: '/anno/1' } }),
  'annotation.type': () => ({ doc: { ...good(), type: 'Note' } }),
  'annotation.body': () => ({ doc: without(good(), 'body') }),
  'annotation.target': () => ({ doc: without(good(), 'target') }),
  'resource.id': () => ({ doc: withBody([...(good().body as Obj[]), { type: 'Text', format: 'text/html', language: 'en', ...lifecycle() }]) }),
  'resource.format': () => ({ doc: withSource({ format: undefined }) }),
  'resource.language': () => ({ doc: withSource({ language: 'not a tag!' }) }),
  'resource.processingLanguage': () => ({ doc: withSource({ processingLanguage: '??' }) }),
  'resource.textDirection': () => ({ doc: withSource({ textDirection: 'up' }) }),
  'resource.class': () => ({ doc: withSource({ type: 'WebPage' }) }),
  'textualBody.type': () => ({ doc: withBody([without(textualBody({}), 'type')]) }),
  'textualBody.value': () => ({ doc: withBody([textualBody({ value: ['a', 'b'] })]) }),
  'bodyValue.exclusive': () => ({ doc: { ...good(), bodyValue: 'comment' } }),
  'bodyValue.string': () => ({ doc: { ...without(good(), 'body'), bodyValue: { '@value': 'comment', '@type': 'xsd:string' } } }),
  'choice.type': () => ({ doc: withBody({ type: ['Choice', 'Text'], items: [textualBody({})] }) }),
  'lifecycle.creator': () => ({ doc: without(good(), 'creator') }),
  'lifecycle.created': () => ({ doc: withBody([without(textualBody({}), 'created')]) }),
  'lifecycle.once': () => ({ doc: { ...good(), modified: ['2025-01-02T00:00:00Z', '2025-01-03T00:00:00Z'] } }),
  'lifecycle.dateTime': () => ({ doc: { ...good(), created: '2025-01-01T08:00:00+08:00' } }),
  'agent.id': () => ({ doc: { ...good(), creator: without(agent(), 'id') } }),
  'agent.type': () => ({ doc: { ...good(), creator: { ...agent(), type: 'Robot' } } }),
  'agent.name': () => ({ doc: { ...good(), creator: without(agent(), 'name') } }),
  'agent.nickname': () => ({ doc: { ...good(), creator: without(agent(), 'nickname') } }),
  'audience.type': () => ({ doc: { ...good(), audience: { id: 'https://example.edu/roles/teacher' } } }),
  'audience.prefix': () => ({ doc: { ...good(), audience: { type: 'EducationalAudience', educationalRole: 'teacher' } } }),
  'motivation.count': () => ({ doc: without(good(), 'motivation') }),
  // The bug of issue 14: a linking body as a plain web resource with a purpose.
  'purpose.where': () => ({ doc: withBody([{ id: 'https://example.org/claims/1', type: 'Text', format: 'text/html', language: 'zh-Hans', purpose: 'linking', ...lifecycle() }]) }),
  'rights.iri': () => ({ doc: { ...good(), rights: 'CC BY 4.0' } }),
  'identity.canonical': () => ({ doc: { ...good(), canonical: ['urn:uuid:1', 'urn:uuid:2'] } }),
  'identity.via': () => ({ doc: withSource({ via: 'news.example.com/a/1.html' }) }),
  'specificResource.type': () => ({ doc: withTarget(without(good().target as Obj, 'type')) }),
  'specificResource.source': () => ({ doc: withTarget({ ...(good().target as Obj), source: ['https://a.example/1', 'https://a.example/2'] }) }),
  'selector.type': () => ({ doc: withSelector({ type: ['TextQuoteSelector', 'Other'], exact: 'x', prefix: '', suffix: '' }) }),
  'selector.same': () => ({ doc: withSelector({ type: 'TextQuoteSelector', exact: '至少9次', prefix: '已经', suffix: '访问' }, { type: 'TextPositionSelector', start: 10, end: 20 }) }),
  'fragmentSelector.value': () => ({ doc: withSelector({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc5147' }) }),
  'fragmentSelector.conformsTo': () => ({ doc: withSelector({ type: 'FragmentSelector', value: 'char=0,10' }) }),
  'cssSelector.value': () => ({ doc: withSelector({ type: 'CssSelector' }) }),
  'xpathSelector.value': () => ({ doc: withSelector({ type: 'XPathSelector', value: ['/a', '/b'] }) }),
  'textQuoteSelector.exact': () => ({ doc: withSelector({ type: 'TextQuoteSelector', prefix: 'a', suffix: 'b' }) }),
  'textQuoteSelector.prefix': () => ({ doc: withSelector({ type: 'TextQuoteSelector', exact: 'x', suffix: 'b' }) }),
  'textQuoteSelector.suffix': () => ({ doc: withSelector({ type: 'TextQuoteSelector', exact: 'x', prefix: 'a', suffix: ['b', 'c'] }) }),
  'textPositionSelector.start': () => ({ doc: withSelector({ type: 'TextPositionSelector', start: -1, end: 2 }) }),
  'textPositionSelector.end': () => ({ doc: withSelector({ type: 'TextPositionSelector', start: 0, end: 2.5 }) }),
  'textPositionSelector.order': () => ({ doc: withSelector({ type: 'TextPositionSelector', start: 5, end: 2 }) }),
  'dataPositionSelector.start': () => ({ doc: withSelector({ type: 'DataPositionSelector', end: 2 }) }),
  'dataPositionSelector.end': () => ({ doc: withSelector({ type: 'DataPositionSelector', start: 0 }) }),
  'svgSelector.value': () => ({ doc: withSelector({ type: 'SvgSelector', value: 'circle r=5' }) }),
  'rangeSelector.ends': () => ({ doc: withSelector({ type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/a' } }) }),
  'rangeSelector.sameClass': () => ({ doc: withSelector({ type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/a' }, endSelector: { type: 'CssSelector', value: 'p' } }) }),
  'state.type': () => ({ doc: withTarget({ ...(good().target as Obj), state: { type: 'Memento', sourceDate: '2015-07-20T13:30:00Z' } }) }),
  'timeState.dates': () => ({ doc: withTarget({ ...(good().target as Obj), state: { type: 'TimeState', sourceDate: '2015-07-20T13:30:00Z', sourceDateStart: '2015-07-20T13:30:00Z' } }) }),
  'httpRequestState.value': () => ({ doc: withTarget({ ...(good().target as Obj), state: { type: 'HttpRequestState' } }) }),
  'style.stylesheet': () => ({ doc: { ...good(), stylesheet: { type: 'Stylesheet', value: '.red { color: red }' } } }),
  'collection.context': () => ({ doc: without(goodCollection(), '@context'), collection: true }),
  'collection.id': () => ({ doc: { ...goodCollection(), id: 'c' }, collection: true }),
  'collection.type': () => ({ doc: { ...goodCollection(), type: 'Collection' }, collection: true }),
  'collection.label': () => ({ doc: without(goodCollection(), 'label'), collection: true }),
  'collection.total': () => ({ doc: { ...goodCollection(), total: '1' }, collection: true }),
  'collection.first': () => ({ doc: without(goodCollection(), 'first'), collection: true }),
  'collection.last': () => ({ doc: without(goodCollection(), 'last'), collection: true }),
  'collection.count': () => ({ doc: { ...goodCollection(), total: 0 }, collection: true }),
  'page.context': () => ({ doc: page({ '@context': CONTEXT }), collection: true }),
  'page.id': () => ({ doc: page({ id: undefined }), collection: true }),
  'page.type': () => ({ doc: page({ type: 'OrderedCollectionPage' }), collection: true }),
  'page.partOf': () => ({ doc: page({ partOf: undefined }), collection: true }),
  'page.items': () => ({ doc: { ...goodCollection(), total: 0, first: { ...(goodCollection().first as Obj), items: [] } }, collection: true }),
  'page.next': () => ({ doc: { ...goodCollection(), total: 2 }, collection: true }),
  'page.startIndex': () => ({ doc: page({ startIndex: -1 }), collection: true }),
};

const check = ({ doc, collection }: { doc: unknown; collection?: boolean }) => (collection ? checkAnnotationCollection(doc) : checkAnnotation(doc));

describe('the Web Annotation Data Model, rule by rule', () => {
  it('a document that keeps every rule is not flagged', () => {
    expect(validateAnnotation(good())).toEqual([]);
    expect(validateAnnotationCollection(goodCollection())).toEqual([]);
  });

  it('an empty collection has no page (a page holds 1 or more annotations)', () => {
    expect(validateAnnotationCollection(without({ ...goodCollection(), total: 0 }, 'first', 'last'))).toEqual([]);
  });

  it.each(Object.entries(RULES).map(([id, rule]) => [`${rule.section} ${rule.level}: "${rule.text}"`, id as RuleId]))('%s', (_name, id) => {
    const findings = check(VIOLATIONS[id]());
    expect(findings.map((f) => f.rule)).toContain(id);
    expect(findings.find((f) => f.rule === id)!.level).toBe(RULES[id].level);
  });

  it('the MUST-only view leaves out the SHOULD findings', () => {
    const doc = without(good(), 'creator', 'motivation');
    expect(validateAnnotation(doc).length).toBeGreaterThan(0);
    expect(validateAnnotation(doc, { level: 'MUST' })).toEqual([]);
  });
});

describe('the specification’s own examples break no MUST rule', () => {
  const examples: [string, unknown][] = [
    ['Example 1: Basic Annotation Model', { '@context': CONTEXT, id: 'http://example.org/anno1', type: 'Annotation', body: 'http://example.org/post1', target: 'http://example.com/page1' }],
    ['Example 2: External Web Resources', { '@context': CONTEXT, id: 'http://example.org/anno2', type: 'Annotation', body: { id: 'http://example.org/analysis1.mp3', format: 'audio/mpeg', language: 'fr' }, target: { id: 'http://example.gov/patent1.pdf', format: 'application/pdf', language: ['en', 'ar'], textDirection: 'ltr', processingLanguage: 'en' } }],
    ['Example 5: Textual Body', { '@context': CONTEXT, id: 'http://example.org/anno5', type: 'Annotation', body: { type: 'TextualBody', value: "<p>j'adore !</p>", format: 'text/html', language: 'fr' }, target: 'http://example.org/photo1' }],
    ['Example 6: String Body', { '@context': CONTEXT, id: 'http://example.org/anno6', type: 'Annotation', bodyValue: 'Comment text', target: 'http://example.org/target1' }],
    ['Example 10: Choice', { '@context': CONTEXT, id: 'http://example.org/anno10', type: 'Annotation', body: { type: 'Choice', items: [{ id: 'http://example.org/note1', language: 'en' }, { id: 'http://example.org/note2', language: 'fr' }] }, target: 'http://example.org/website1' }],
    ['Example 11: Lifecycle Information', { '@context': CONTEXT, id: 'http://example.org/anno11', type: 'Annotation', creator: 'http://example.org/user1', created: '2015-01-28T12:00:00Z', modified: '2015-01-29T09:00:00Z', generator: 'http://example.org/client1', generated: '2015-02-04T12:00:00Z', body: { id: 'http://example.net/review1', creator: 'http://example.net/user2', created: '2014-06-02T17:00:00Z' }, target: 'http://example.com/restaurant1' }],
    ['Example 13: Audience', { '@context': CONTEXT, id: 'http://example.org/anno13', type: 'Annotation', audience: { id: 'http://example.edu/roles/teacher', type: 'schema:EducationalAudience', 'schema:educationalRole': 'teacher' }, body: 'http://example.net/classnotes1', target: 'http://example.com/textbook1' }],
    ['Example 18: Resource with Purpose', { '@context': CONTEXT, id: 'http://example.org/anno18', type: 'Annotation', body: { type: 'SpecificResource', purpose: 'tagging', source: 'http://example.org/city1' }, target: { id: 'http://example.org/photo1', type: 'Image' } }],
    ['Example 23: Text Quote Selector', { '@context': CONTEXT, id: 'http://example.org/anno23', type: 'Annotation', body: 'http://example.org/comment1', target: { source: 'http://example.org/page1', selector: { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' } } }],
    ['Example 24: Text Position Selector', { '@context': CONTEXT, id: 'http://example.org/anno24', type: 'Annotation', body: 'http://example.org/review1', target: { source: 'http://example.org/ebook1', selector: { type: 'TextPositionSelector', start: 412, end: 795 } } }],
    ['Example 28: Range Selector', { '@context': CONTEXT, id: 'http://example.org/anno28', type: 'Annotation', body: 'http://example.org/comment1', target: { source: 'http://example.org/page1.html', selector: { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '//table[1]/tr[1]/td[2]' }, endSelector: { type: 'XPathSelector', value: '//table[1]/tr[1]/td[4]' } } } }],
    ['Example 33: Refinement of States', { '@context': CONTEXT, id: 'http://example.org/anno33', type: 'Annotation', body: 'http://example.org/comment1', target: { source: 'http://example.org/ebook1', state: { type: 'TimeState', sourceDate: '2016-02-01T12:05:23Z', refinedBy: { type: 'HttpRequestState', value: 'Accept: application/pdf', refinedBy: { type: 'FragmentSelector', value: 'page=10', conformsTo: 'http://tools.ietf.org/rfc/rfc3778' } } } } }],
    ['Example 37: Scope', { '@context': CONTEXT, id: 'http://example.org/anno37', type: 'Annotation', body: 'http://example.org/note1', target: { source: 'http://example.org/image1', scope: 'http://example.org/page1' } }],
  ];
  it.each(examples)('%s', (_name, doc) => {
    expect(validateAnnotation(doc, { level: 'MUST' })).toEqual([]);
  });

  it('Example 40: Annotation Collection with Embedded Page', () => {
    const anno = (n: number) => ({ id: `http://example.org/anno${n}`, type: 'Annotation', body: `http://example.net/comment${n}`, target: `http://example.com/book/chapter${n}` });
    const collection = { '@context': CONTEXT, id: 'http://example.org/collection1', type: 'AnnotationCollection', label: 'Two Annotations', total: 2, first: { id: 'http://example.org/page1', type: 'AnnotationPage', startIndex: 0, items: [anno(1), anno(2)] } };
    expect(validateAnnotationCollection(collection, { level: 'MUST' })).toEqual([]);
  });
});
