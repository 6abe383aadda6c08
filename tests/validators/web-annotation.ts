// Checks JSON-LD against the MUST and SHOULD rules of the W3C Web Annotation Data Model
// (W3C Recommendation, 23 February 2017, https://www.w3.org/TR/2017/REC-annotation-model-20170223/).
// Every rule is quoted from the specification in RULES below, keyed by its section; a
// finding names the rule it breaks. Not a JSON-LD processor: it reads the compact form of
// the anno.jsonld context, as annotation clients do. Rules about how clients consume
// annotations (picking one of several selectors, ignoring unknown style classes ...) are not
// about a document, so they are not here.

export const ANNO_CONTEXT_IRI = 'http://www.w3.org/ns/anno.jsonld';

export type RuleLevel = 'MUST' | 'SHOULD';
export type Rule = { section: string; level: RuleLevel; text: string };

/** The rules, each in the specification's words (the Model tables, or the prose where noted). */
export const RULES = {
  'annotation.context': { section: '3.1', level: 'MUST', text: 'The Annotation MUST have 1 or more @context values and http://www.w3.org/ns/anno.jsonld MUST be one of them. If there is only one value, then it MUST be provided as a string.' },
  'annotation.id': { section: '3.1', level: 'MUST', text: 'An Annotation MUST have exactly 1 IRI that identifies it.' },
  'annotation.type': { section: '3.1', level: 'MUST', text: 'An Annotation MUST have 1 or more types, and the Annotation class MUST be one of them.' },
  'annotation.body': { section: '3.1', level: 'SHOULD', text: 'There SHOULD be 1 or more body relationships associated with an Annotation but there MAY be 0.' },
  'annotation.target': { section: '3.1', level: 'MUST', text: 'There MUST be 1 or more target relationships associated with an Annotation.' },
  'resource.id': { section: '3.2.1', level: 'MUST', text: "Bodies or Targets which are External Web Resources MUST have exactly 1 id with the value of the resource's IRI." },
  'resource.format': { section: '3.2.1', level: 'SHOULD', text: 'The Body or Target SHOULD have exactly 1 format associated with it, but MAY have 0 or more. The value of the property SHOULD be the media-type of the format, following the [rfc6838] specification.' },
  'resource.language': { section: '3.2.1', level: 'SHOULD', text: 'The Body or Target SHOULD have exactly 1 language associated with it, but MAY have 0 or more, for example if the language cannot be identified or the resource contains a mix of languages. The value of the property SHOULD be a language code following the [bcp47] specification.' },
  'resource.processingLanguage': { section: '3.2.1', level: 'SHOULD', text: 'Each Body and Target MAY have exactly 1 processingLanguage. The value of the property SHOULD be a language code following the [bcp47] specification.' },
  'resource.textDirection': { section: '3.2.1', level: 'MUST', text: 'The Body or Target MAY have exactly 1 textDirection associated with it. The value of the property MUST be one of the directions defined below (ltr, rtl, or auto).' },
  'resource.class': { section: '3.2.2', level: 'SHOULD', text: 'The Body or Target MAY have 1 or more types, and if so, the value SHOULD be drawn from the list of classes below, but MAY come from other vocabularies.' },
  'textualBody.type': { section: '3.2.4', level: 'SHOULD', text: 'The Body SHOULD have the TextualBody class, and MAY have other classes.' },
  'textualBody.value': { section: '3.2.4', level: 'MUST', text: 'There MUST be exactly 1 value property associated with the TextualBody.' },
  'bodyValue.exclusive': { section: '3.2.5', level: 'MUST', text: 'There MAY be exactly 1 bodyValue for an Annotation, and the value MUST conform to the requirements below. If the bodyValue property is present, then the body relationship MUST NOT also be present.' },
  'bodyValue.string': { section: '3.2.5', level: 'MUST', text: 'The string Body: MUST be a single xsd:string and the data type MUST NOT be expressed in the serialization.' },
  'choice.type': { section: '3.2.7', level: 'MUST', text: 'The Choice MUST have exactly 1 type, and it MUST be the CHOICE class.' },
  'lifecycle.creator': { section: '3.3.1', level: 'SHOULD', text: 'There SHOULD be exactly 1 creator relationship for Annotation and Body, but MAY be 0 or more than 1.' },
  'lifecycle.created': { section: '3.3.1', level: 'SHOULD', text: 'There SHOULD be exactly 1 created property for Annotation and Body, and MUST NOT be more than 1.' },
  // The same "MUST NOT be more than 1" is written for created and generated.
  'lifecycle.once': { section: '3.3.1', level: 'MUST', text: 'There MAY be exactly 1 modified property for Annotation and Body, and MUST NOT be more than 1.' },
  'lifecycle.dateTime': { section: '3.3.1', level: 'MUST', text: 'The datetime MUST be a xsd:dateTime with the UTC timezone expressed as "Z".' },
  'agent.id': { section: '3.3.2', level: 'SHOULD', text: 'An Agent SHOULD have exactly 1 IRI that identifies it, and MUST NOT have more than 1.' },
  'agent.type': { section: '3.3.2', level: 'SHOULD', text: 'An Agent SHOULD have 1 or more classes, from those listed below.' },
  'agent.name': { section: '3.3.2', level: 'SHOULD', text: 'Each agent SHOULD have exactly 1 name property, and MAY have 0 or more.' },
  'agent.nickname': { section: '3.3.2', level: 'SHOULD', text: 'Each agent SHOULD have exactly 1 nickname property, and MAY have 0.' },
  'audience.type': { section: '3.3.3', level: 'SHOULD', text: 'The Audience SHOULD have 1 or more types and they SHOULD come from the schema.org class structure.' },
  'audience.prefix': { section: '3.3.3', level: 'MUST', text: 'The properties and class names MUST be prefixed in the JSON with schema: to ensure that they are uniquely distinguished from any other properties or classes.' },
  'motivation.count': { section: '3.3.5', level: 'SHOULD', text: 'There SHOULD be exactly 1 motivation for each Annotation, and MAY be 0 or more than 1.' },
  // Section 3.3.5 gives `purpose` to the TextualBody; section 4.1: "External Web Resources may
  // also be given a Motivation as to their inclusion within the Annotation. This is done using
  // the Specific Resource pattern". The W3C test suite (annotationMusts) fails a purpose elsewhere.
  'purpose.where': { section: '3.3.5, 4.1', level: 'MUST', text: 'There MAY be 0 or more purposes associated with a TextualBody. External Web Resources may also be given a Motivation as to their inclusion within the Annotation. This is done using the Specific Resource pattern.' },
  'rights.iri': { section: '3.3.6', level: 'MUST', text: 'There MAY be at exactly 0 or more rights statements or licenses linked from each resource, and the value MUST be an IRI.' },
  'identity.canonical': { section: '3.3.7', level: 'MUST', text: 'There MAY be exactly 1 canonical IRI for each resource.' },
  'identity.via': { section: '3.3.7', level: 'MUST', text: 'There MAY be 0 or more IRIs provided in via for each resource.' },
  'specificResource.type': { section: '4', level: 'SHOULD', text: 'The Specific Resource SHOULD have the SpecificResource class.' },
  'specificResource.source': { section: '4', level: 'MUST', text: 'There MUST be exactly 1 source relationship associated with a Specific Resource.' },
  // Written once per selector class (4.2.1-4.2.8); the Text Quote Selector's words stand for all.
  'selector.type': { section: '4.2', level: 'MUST', text: 'Text Quote Selectors MUST have exactly 1 type and the value MUST be TextQuoteSelector.' },
  'selector.same': { section: '4.2', level: 'SHOULD', text: 'Multiple Selectors SHOULD select the same content, however some Selectors will not have the same precision as others.' },
  'fragmentSelector.value': { section: '4.2.1', level: 'MUST', text: 'The FragmentSelector MUST have exactly 1 value property.' },
  'fragmentSelector.conformsTo': { section: '4.2.1', level: 'SHOULD', text: 'The Fragment Selector SHOULD have exactly 1 conformsTo link to the specification that defines the syntax of the fragment and MUST NOT have more than 1.' },
  'cssSelector.value': { section: '4.2.2', level: 'MUST', text: 'There MUST be exactly 1 value associated with a CSS Selector.' },
  'xpathSelector.value': { section: '4.2.3', level: 'MUST', text: 'There MUST be exactly 1 value associated with an XPath Selector.' },
  'textQuoteSelector.exact': { section: '4.2.4', level: 'MUST', text: 'Each TextQuoteSelector MUST have exactly 1 exact property.' },
  'textQuoteSelector.prefix': { section: '4.2.4', level: 'SHOULD', text: 'Each TextQuoteSelector SHOULD have exactly 1 prefix property, and MUST NOT have more than 1.' },
  'textQuoteSelector.suffix': { section: '4.2.4', level: 'SHOULD', text: 'Each TextQuoteSelector SHOULD have exactly 1 suffix property, and MUST NOT have more than 1.' },
  'textPositionSelector.start': { section: '4.2.5', level: 'MUST', text: 'Each TextPositionSelector MUST have exactly 1 start property, and the value MUST be a non-negative integer.' },
  'textPositionSelector.end': { section: '4.2.5', level: 'MUST', text: 'Each TextPositionSelector MUST have exactly 1 end property, and the value MUST be a non-negative integer.' },
  // Section 4.2.5 prose: "The start character is thus included in the list, but the end character is not."
  'textPositionSelector.order': { section: '4.2.5', level: 'MUST', text: 'The start character is thus included in the list, but the end character is not (so start cannot exceed end).' },
  'dataPositionSelector.start': { section: '4.2.6', level: 'MUST', text: 'Each DataPositionSelector MUST have exactly 1 start property.' },
  'dataPositionSelector.end': { section: '4.2.6', level: 'MUST', text: 'Each DataPositionSelector MUST have exactly 1 end property.' },
  'svgSelector.value': { section: '4.2.7', level: 'MUST', text: 'There MAY be exactly 1 value property associated with the Selector, and if so the value of the property MUST be well-formed SVG XML.' },
  'rangeSelector.ends': { section: '4.2.8', level: 'MUST', text: 'There MUST be exactly 1 startSelector associated with a Range Selector. There MUST be exactly 1 endSelector associated with a Range Selector.' },
  'rangeSelector.sameClass': { section: '4.2.8', level: 'SHOULD', text: 'Both startSelector and endSelector SHOULD be of the same class.' },
  'state.type': { section: '4.3.1, 4.3.2', level: 'MUST', text: 'Time States MUST have exactly 1 type and the value MUST be TimeState. Request Header States MUST have exactly 1 type and the value MUST be HttpRequestState.' },
  'timeState.dates': { section: '4.3.1', level: 'MUST', text: 'The timestamp MUST be expressed in the xsd:dateTime format, and MUST use the UTC timezone expressed as "Z". If sourceDate is provided, then sourceDateStart and sourceDateEnd MUST NOT be provided. If sourceDateStart is provided then sourceDateEnd MUST also be provided.' },
  'httpRequestState.value': { section: '4.3.2', level: 'MUST', text: 'An HttpRequestState MUST have exactly 1 value property.' },
  'style.stylesheet': { section: '4.4', level: 'MUST', text: 'There MAY be 0 or 1 stylesheet relationships for each Annotation. CSS Stylesheets MAY have a type and if included the value MUST be CssStylesheet.' },
  'collection.context': { section: '5.1', level: 'MUST', text: 'The Collection MUST have 1 or more @context values and http://www.w3.org/ns/anno.jsonld MUST be one of them.' },
  'collection.id': { section: '5.1', level: 'MUST', text: 'The Collection MUST have exactly 1 IRI that identifies it.' },
  'collection.type': { section: '5.1', level: 'MUST', text: 'The Collection MUST have 1 or more types, and the AnnotationCollection class MUST be one of them.' },
  'collection.label': { section: '5.1', level: 'SHOULD', text: 'Collections SHOULD have 1 or more labels, and the value MUST be a string.' },
  'collection.total': { section: '5.1', level: 'SHOULD', text: 'Collections SHOULD have exactly 1 total, and if present it MUST be an xsd:nonNegativeInteger.' },
  'collection.first': { section: '5.1', level: 'MUST', text: 'A Collection that has a total number of Annotations greater than 0 MUST have exactly 1 first page of Annotations.' },
  'collection.last': { section: '5.1', level: 'SHOULD', text: 'A Collection that has a total number of Annotations greater than 0 SHOULD have a reference to the IRI of the last page of Annotations.' },
  'page.context': { section: '5.2', level: 'SHOULD', text: 'If the Page is NOT embedded within a Collection, it MUST have 1 or more @context values and http://www.w3.org/ns/anno.jsonld MUST be one of them. If it is embedded, then it SHOULD NOT have an @context property.' },
  'page.id': { section: '5.2', level: 'MUST', text: 'The Page MUST have exactly 1 IRI that provides its identity.' },
  'page.type': { section: '5.2', level: 'MUST', text: 'The Page MUST have 1 or more types, and the AnnotationPage class MUST be one of them.' },
  'page.partOf': { section: '5.2', level: 'SHOULD', text: 'Each Page SHOULD have a exactly 1 partOf relationship, with the value being either the IRI of the Collection or an object with some or all of the Collections properties, including at least its id.' },
  'page.items': { section: '5.2', level: 'MUST', text: 'Each Page MUST have an array of 1 or more Annotations as the value of items.' },
  'page.next': { section: '5.2', level: 'MUST', text: 'If the current page is not the last page in the Collection, it MUST have a reference to the IRI of the page that follows it.' },
  'page.startIndex': { section: '5.2', level: 'SHOULD', text: 'Each Page SHOULD have exactly 1 startIndex, and MUST NOT have more than 1. The value MUST be an xsd:nonNegativeInteger.' },
  // The collection's count and its pages must agree for a reader walking the pages.
  'collection.count': { section: '5.1', level: 'MUST', text: 'total: The total number of Annotations in the Collection.' },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
export type Finding = { rule: RuleId; level: RuleLevel; path: string; message: string };

export const MOTIVATIONS = [
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
] as const;
const RESOURCE_CLASSES = ['Dataset', 'Image', 'Video', 'Sound', 'Text'];
const AGENT_CLASSES = ['Person', 'Organization', 'Software'];
const SELECTOR_TYPES = ['FragmentSelector', 'CssSelector', 'XPathSelector', 'TextQuoteSelector', 'TextPositionSelector', 'DataPositionSelector', 'SvgSelector', 'RangeSelector'];

type Json = unknown;
type Obj = Record<string, Json>;

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
// An absolute IRI: a scheme, a colon, then no whitespace (RFC 3987 in the large).
const isIri = (v: Json): v is string => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
/** A Relationship's value: "a quoted string containing an IRI, an object that has the id property" (1.4). */
const isReference = (v: Json): boolean => isIri(v) || (isObject(v) && isIri(v.id));
const isNonNegativeInteger = (v: Json): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const UTC_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
// RFC 6838: type "/" subtype, with optional parameters.
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(?:\s*;.*)?$/i;
// BCP 47 in the large: a 2-3 letter (or 4-8) primary subtag, then subtags of 1-8 letters/digits.
const LANGUAGE_TAG = /^(?:[a-z]{2,3}|[a-z]{4,8})(?:-[a-z0-9]{1,8})*$/i;
const codePoints = (s: string): number => Array.from(s).length;

class Checker {
  readonly findings: Finding[] = [];

  flag(rule: RuleId, path: string, message: string): void {
    this.findings.push({ rule, level: RULES[rule].level, path, message });
  }

  /** Properties that may appear at most once, so must not be arrays of more than one value. */
  once(node: Obj, key: string, rule: RuleId, path: string): void {
    if (Array.isArray(node[key]) && (node[key] as Json[]).length > 1) this.flag(rule, `${path}.${key}`, `more than one ${key}`);
  }

  context(node: Obj, rule: 'annotation.context' | 'collection.context', path: string): void {
    const ctx = node['@context'];
    if (ctx === undefined) return this.flag(rule, path, '@context is missing');
    if (!asArray(ctx).includes(ANNO_CONTEXT_IRI)) this.flag(rule, path, `@context does not include ${ANNO_CONTEXT_IRI}`);
    if (rule === 'annotation.context' && Array.isArray(ctx) && ctx.length === 1) this.flag(rule, path, 'a single @context must be a string, not an array');
  }

  dateTimes(node: Obj, path: string): void {
    for (const key of ['created', 'modified', 'generated']) {
      if (!(key in node)) continue;
      this.once(node, key, 'lifecycle.once', path);
      for (const value of asArray(node[key])) {
        if (!(typeof value === 'string' && UTC_DATE_TIME.test(value))) this.flag('lifecycle.dateTime', `${path}.${key}`, `${JSON.stringify(value)} is not an xsd:dateTime in UTC ("Z")`);
      }
    }
  }

  agent(agent: Json, path: string): void {
    if (isIri(agent)) return; // described elsewhere; only its IRI is given here
    if (!isObject(agent)) return this.flag('agent.id', path, 'an agent must be an IRI or an object');
    if (!isIri(agent.id)) this.flag('agent.id', path, 'the agent has no IRI (or more than one)');
    if (!asArray(agent.type).some((t) => AGENT_CLASSES.includes(t as string))) this.flag('agent.type', path, `the agent is not a ${AGENT_CLASSES.join(', ')}`);
    if (typeof agent.name !== 'string') this.flag('agent.name', path, 'the agent has no single name');
    if (typeof agent.nickname !== 'string') this.flag('agent.nickname', path, 'the agent has no single nickname');
  }

  /** creator, created, modified: SHOULD on the Annotation and each Body (3.3.1); agents (3.3.2). */
  lifecycle(node: Obj, path: string, expected: boolean): void {
    const creators = asArray(node.creator);
    if (expected && creators.length !== 1) this.flag('lifecycle.creator', path, `${creators.length} creators`);
    creators.forEach((c, i) => this.agent(c, `${path}.creator${Array.isArray(node.creator) ? `[${i}]` : ''}`));
    if (expected && asArray(node.created).length !== 1) this.flag('lifecycle.created', path, 'no single created time');
    this.dateTimes(node, path);
  }

  /** Properties every Body or Target (or the source of a Specific Resource) may carry (3.2.1, 3.3.6, 3.3.7). */
  resourceProperties(node: Obj, path: string, describes: boolean): void {
    if (describes) {
      const formats = asArray(node.format);
      if (formats.length !== 1 || !MEDIA_TYPE.test(String(formats[0]))) this.flag('resource.format', path, 'no single media-type format');
      const languages = asArray(node.language);
      if (languages.length !== 1 || !LANGUAGE_TAG.test(String(languages[0]))) this.flag('resource.language', path, 'no single BCP 47 language');
    }
    if ('processingLanguage' in node && !LANGUAGE_TAG.test(String(node.processingLanguage))) this.flag('resource.processingLanguage', path, 'processingLanguage is not a BCP 47 tag');
    if ('textDirection' in node && !['ltr', 'rtl', 'auto'].includes(node.textDirection as string)) this.flag('resource.textDirection', path, `textDirection ${JSON.stringify(node.textDirection)}`);
    for (const r of asArray(node.rights)) if (!isIri(r)) this.flag('rights.iri', `${path}.rights`, `${JSON.stringify(r)} is not an IRI`);
    if ('canonical' in node && !isIri(node.canonical)) this.flag('identity.canonical', `${path}.canonical`, 'canonical must be exactly 1 IRI');
    for (const v of asArray(node.via)) if (!isIri(v)) this.flag('identity.via', `${path}.via`, `${JSON.stringify(v)} is not an IRI`);
  }

  selector(selector: Json, path: string): void {
    if (isIri(selector)) return; // an External Web Resource selector
    if (!isObject(selector)) return this.flag('selector.type', path, 'a selector must be an IRI or an object');
    const type = selector.type;
    if (typeof type !== 'string' || !SELECTOR_TYPES.includes(type)) return this.flag('selector.type', path, `selector type ${JSON.stringify(type)}`);
    const single = (key: string, rule: RuleId, valid: (v: Json) => boolean = (v) => typeof v === 'string') => {
      if (!(key in selector) || Array.isArray(selector[key]) || !valid(selector[key])) this.flag(rule, `${path}.${key}`, `${type} needs exactly 1 valid ${key}`);
    };
    switch (type) {
      case 'FragmentSelector':
        single('value', 'fragmentSelector.value');
        single('conformsTo', 'fragmentSelector.conformsTo', isIri);
        break;
      case 'CssSelector':
        single('value', 'cssSelector.value');
        break;
      case 'XPathSelector':
        single('value', 'xpathSelector.value');
        break;
      case 'TextQuoteSelector':
        single('exact', 'textQuoteSelector.exact');
        single('prefix', 'textQuoteSelector.prefix');
        single('suffix', 'textQuoteSelector.suffix');
        break;
      case 'TextPositionSelector':
        single('start', 'textPositionSelector.start', isNonNegativeInteger);
        single('end', 'textPositionSelector.end', isNonNegativeInteger);
        if (isNonNegativeInteger(selector.start) && isNonNegativeInteger(selector.end) && selector.start > selector.end) {
          this.flag('textPositionSelector.order', path, 'start exceeds end');
        }
        break;
      case 'DataPositionSelector':
        single('start', 'dataPositionSelector.start', isNonNegativeInteger);
        single('end', 'dataPositionSelector.end', isNonNegativeInteger);
        break;
      case 'SvgSelector':
        if ('value' in selector && !(typeof selector.value === 'string' && /^\s*<[\s\S]*>\s*$/.test(selector.value))) this.flag('svgSelector.value', `${path}.value`, 'the value is not SVG markup');
        break;
      case 'RangeSelector': {
        const ends = [selector.startSelector, selector.endSelector];
        if (ends.some((s) => s === undefined || Array.isArray(s))) this.flag('rangeSelector.ends', path, 'needs exactly 1 startSelector and 1 endSelector');
        else {
          this.selector(selector.startSelector, `${path}.startSelector`);
          this.selector(selector.endSelector, `${path}.endSelector`);
          const [a, b] = ends.map((s) => (isObject(s) ? s.type : undefined));
          if (a !== b) this.flag('rangeSelector.sameClass', path, `${String(a)} and ${String(b)}`);
        }
        break;
      }
    }
    asArray(selector.refinedBy).forEach((s, i) => this.selector(s, `${path}.refinedBy[${i}]`));
  }

  /** A TextQuoteSelector and a TextPositionSelector of one resource must cover spans of one length. */
  selectorsAgree(selectors: Json[], path: string): void {
    const quote = selectors.find((s) => isObject(s) && s.type === 'TextQuoteSelector') as Obj | undefined;
    const position = selectors.find((s) => isObject(s) && s.type === 'TextPositionSelector') as Obj | undefined;
    if (!quote || !position || typeof quote.exact !== 'string' || !isNonNegativeInteger(position.start) || !isNonNegativeInteger(position.end)) return;
    const span = position.end - position.start;
    if (codePoints(quote.exact) !== span) this.flag('selector.same', path, `the quote is ${codePoints(quote.exact)} code points long, the position span ${span}`);
  }

  state(state: Json, path: string): void {
    if (isIri(state)) return;
    if (!isObject(state) || !['TimeState', 'HttpRequestState'].includes(state.type as string)) return this.flag('state.type', path, `state type ${JSON.stringify(isObject(state) ? state.type : state)}`);
    if (state.type === 'TimeState') {
      const dates = ['sourceDate', 'sourceDateStart', 'sourceDateEnd'].flatMap((k) => asArray(state[k]));
      if (dates.some((d) => !(typeof d === 'string' && UTC_DATE_TIME.test(d)))) this.flag('timeState.dates', path, 'a timestamp is not an xsd:dateTime in UTC');
      if ('sourceDate' in state && ('sourceDateStart' in state || 'sourceDateEnd' in state)) this.flag('timeState.dates', path, 'sourceDate together with sourceDateStart/End');
      if (('sourceDateStart' in state) !== ('sourceDateEnd' in state)) this.flag('timeState.dates', path, 'sourceDateStart and sourceDateEnd come as a pair');
    } else if (typeof state.value !== 'string') this.flag('httpRequestState.value', path, 'no single request header');
    asArray(state.refinedBy).forEach((s, i) => (isObject(s) && SELECTOR_TYPES.includes(s.type as string) ? this.selector(s, `${path}.refinedBy[${i}]`) : this.state(s, `${path}.refinedBy[${i}]`)));
  }

  /** The resource a body or target names: described by an object, or just its IRI. */
  describedResource(resource: Json, path: string): void {
    if (isIri(resource)) return this.flag('resource.format', path, 'given only by its IRI, so with no format'), this.flag('resource.language', path, 'given only by its IRI, so with no language');
    if (!isObject(resource)) return this.flag('resource.id', path, 'a resource must be an IRI or an object');
    if (!isIri(resource.id)) this.flag('resource.id', path, 'an External Web Resource needs exactly 1 id IRI');
    if ('purpose' in resource) this.flag('purpose.where', `${path}.purpose`, 'purpose on an External Web Resource; use a SpecificResource');
    const classes = asArray(resource.type);
    if (classes.some((t) => !RESOURCE_CLASSES.includes(t as string))) this.flag('resource.class', path, `type ${JSON.stringify(resource.type)} is not one of ${RESOURCE_CLASSES.join(', ')}`);
    this.resourceProperties(resource, path, true);
  }

  purposes(node: Obj, path: string): void {
    for (const p of asArray(node.purpose)) {
      if (!(MOTIVATIONS as readonly Json[]).includes(p) && !isIri(p)) this.flag('purpose.where', `${path}.purpose`, `unknown purpose ${JSON.stringify(p)}`);
    }
  }

  /** A Body or a Target: External Web Resource, Textual Body, Specific Resource or Choice. */
  bodyOrTarget(node: Json, path: string, role: 'body' | 'target'): void {
    if (!isObject(node)) return this.describedResource(node, path);
    const types = asArray(node.type);
    const specific = types.includes('SpecificResource') || 'source' in node || 'selector' in node;
    if (types.includes('Choice')) {
      if (!(typeof node.type === 'string')) this.flag('choice.type', path, 'a Choice must have exactly 1 type');
      asArray(node.items).forEach((item, i) => this.bodyOrTarget(item, `${path}.items[${i}]`, role));
      return;
    }
    if (role === 'body' && !specific && ('value' in node || types.includes('TextualBody'))) {
      if (!types.includes('TextualBody')) this.flag('textualBody.type', path, 'an embedded textual body without the TextualBody class');
      if (typeof node.value !== 'string') this.flag('textualBody.value', path, 'a TextualBody needs exactly 1 string value');
      this.purposes(node, path);
      this.resourceProperties(node, path, true);
      this.lifecycle(node, path, true);
      return;
    }
    if (specific) {
      if (!types.includes('SpecificResource')) this.flag('specificResource.type', path, 'a specific resource without the SpecificResource class');
      if (node.source === undefined || Array.isArray(node.source) || !isReference(node.source)) this.flag('specificResource.source', path, 'needs exactly 1 source');
      else this.describedResource(node.source, `${path}.source`);
      this.purposes(node, path);
      const selectors = asArray(node.selector);
      selectors.forEach((s, i) => this.selector(s, `${path}.selector${Array.isArray(node.selector) ? `[${i}]` : ''}`));
      this.selectorsAgree(selectors, path);
      asArray(node.state).forEach((s, i) => this.state(s, `${path}.state${Array.isArray(node.state) ? `[${i}]` : ''}`));
      this.resourceProperties(node, path, false);
      if (role === 'body') this.lifecycle(node, path, true);
      return;
    }
    this.describedResource(node, path);
    if (role === 'body') this.lifecycle(node, path, true);
  }

  annotation(annotation: Json, path: string, embedded: boolean): void {
    if (!isObject(annotation)) return this.flag('annotation.type', path, 'an annotation must be an object');
    if (!embedded) this.context(annotation, 'annotation.context', path);
    if (!isIri(annotation.id)) this.flag('annotation.id', path, 'id must be exactly 1 IRI');
    if (!asArray(annotation.type).includes('Annotation')) this.flag('annotation.type', path, 'type must include Annotation');
    const targets = asArray(annotation.target);
    if (targets.length === 0) this.flag('annotation.target', path, 'no target');
    targets.forEach((t, i) => this.bodyOrTarget(t, `${path}.target${Array.isArray(annotation.target) ? `[${i}]` : ''}`, 'target'));
    if ('bodyValue' in annotation) {
      if ('body' in annotation) this.flag('bodyValue.exclusive', path, 'both bodyValue and body');
      if (typeof annotation.bodyValue !== 'string') this.flag('bodyValue.string', `${path}.bodyValue`, 'bodyValue must be a single string');
    } else if (asArray(annotation.body).length === 0) this.flag('annotation.body', path, 'no body');
    asArray(annotation.body).forEach((b, i) => this.bodyOrTarget(b, `${path}.body${Array.isArray(annotation.body) ? `[${i}]` : ''}`, 'body'));
    const motivations = asArray(annotation.motivation);
    if (motivations.length !== 1) this.flag('motivation.count', path, `${motivations.length} motivations`);
    this.lifecycle(annotation, path, true);
    asArray(annotation.generator).forEach((g, i) => this.agent(g, `${path}.generator${Array.isArray(annotation.generator) ? `[${i}]` : ''}`));
    this.resourceProperties(annotation, path, false);
    for (const audience of asArray(annotation.audience)) {
      if (!isObject(audience)) continue;
      const types = asArray(audience.type);
      if (types.length === 0) this.flag('audience.type', `${path}.audience`, 'an audience without a type');
      if (types.some((t) => typeof t !== 'string' || !t.startsWith('schema:'))) this.flag('audience.prefix', `${path}.audience`, 'audience classes must be prefixed with schema:');
      if (Object.keys(audience).some((k) => !['id', 'type'].includes(k) && !k.startsWith('schema:'))) this.flag('audience.prefix', `${path}.audience`, 'audience properties must be prefixed with schema:');
    }
    if (Array.isArray(annotation.stylesheet) && annotation.stylesheet.length > 1) this.flag('style.stylesheet', `${path}.stylesheet`, 'more than one stylesheet');
    for (const sheet of asArray(annotation.stylesheet)) {
      if (isObject(sheet) && 'type' in sheet && sheet.type !== 'CssStylesheet') this.flag('style.stylesheet', `${path}.stylesheet`, `stylesheet type ${JSON.stringify(sheet.type)}`);
    }
  }

  collection(collection: Json): void {
    if (!isObject(collection)) return this.flag('collection.type', '$', 'a collection must be an object');
    this.context(collection, 'collection.context', '$');
    if (!isIri(collection.id)) this.flag('collection.id', '$', 'id must be exactly 1 IRI');
    if (!asArray(collection.type).includes('AnnotationCollection')) this.flag('collection.type', '$', 'type must include AnnotationCollection');
    const labels = asArray(collection.label);
    if (labels.length === 0 || labels.some((l) => typeof l !== 'string')) this.flag('collection.label', '$', 'no string label');
    if (!isNonNegativeInteger(collection.total)) this.flag('collection.total', '$', 'total is missing or not a non-negative integer');
    this.lifecycle(collection, '$', false);
    asArray(collection.generator).forEach((g, i) => this.agent(g, `$.generator${Array.isArray(collection.generator) ? `[${i}]` : ''}`));
    const total = isNonNegativeInteger(collection.total) ? collection.total : null;
    if (total && (collection.first === undefined || Array.isArray(collection.first))) this.flag('collection.first', '$', 'a non-empty collection needs exactly 1 first page');
    if (total && !isIri(collection.last)) this.flag('collection.last', '$', 'a non-empty collection should give the IRI of its last page');
    let count = 0;
    let complete = true;
    let page = collection.first;
    let path = '$.first';
    while (page !== undefined) {
      if (isIri(page)) {
        complete = false;
        break;
      }
      if (!isObject(page)) {
        this.flag('page.type', path, 'a page must be an IRI or an object');
        break;
      }
      if ('@context' in page) this.flag('page.context', path, 'an embedded page has its own @context');
      if (!isIri(page.id)) this.flag('page.id', path, 'id must be exactly 1 IRI');
      if (!asArray(page.type).includes('AnnotationPage')) this.flag('page.type', path, 'type must include AnnotationPage');
      const partOf = page.partOf;
      if (partOf === undefined || Array.isArray(partOf) || !isReference(partOf)) this.flag('page.partOf', path, 'no single partOf');
      if (!isNonNegativeInteger(page.startIndex)) this.flag('page.startIndex', path, 'startIndex is missing or not a non-negative integer');
      else if (page.startIndex !== count) this.flag('page.startIndex', path, `startIndex ${page.startIndex}, but ${count} annotations come before it`);
      if (!Array.isArray(page.items) || page.items.length === 0) this.flag('page.items', path, 'items must be an array of 1 or more annotations');
      else {
        page.items.forEach((item, i) => this.annotation(item, `${path}.items[${i}]`, true));
        count += page.items.length;
      }
      if (page.next === undefined && total !== null && count < total) this.flag('page.next', path, `the pages end after ${count} of ${total} annotations with no next page`);
      path = `${path}.next`;
      page = page.next;
    }
    if (complete && total !== null && total !== count) this.flag('collection.count', '$', `total is ${total} but the pages hold ${count}`);
  }
}

export type ValidateOptions = { embedded?: boolean; path?: string; level?: RuleLevel };

function report(checker: Checker, level: RuleLevel | undefined): string[] {
  return checker.findings
    .filter((f) => !level || f.level === level)
    .map((f) => `${f.level} ${RULES[f.rule].section} ${f.rule} ${f.path}: ${f.message}`);
}

/** Every MUST and SHOULD finding for one Annotation, as data. */
export function checkAnnotation(annotation: Json, options: ValidateOptions = {}): Finding[] {
  const checker = new Checker();
  checker.annotation(annotation, options.path ?? '$', options.embedded ?? false);
  return checker.findings;
}

/** Every MUST and SHOULD finding for a Collection and the pages embedded in it, as data. */
export function checkAnnotationCollection(collection: Json): Finding[] {
  const checker = new Checker();
  checker.collection(collection);
  return checker.findings;
}

/** One Annotation: each finding as "LEVEL section rule path: message" (`level` keeps only MUST or SHOULD). */
export function validateAnnotation(annotation: Json, options: ValidateOptions = {}): string[] {
  const checker = new Checker();
  checker.annotation(annotation, options.path ?? '$', options.embedded ?? false);
  return report(checker, options.level);
}

/** An AnnotationCollection with its pages embedded (first, and any next). */
export function validateAnnotationCollection(collection: Json, options: Pick<ValidateOptions, 'level'> = {}): string[] {
  const checker = new Checker();
  checker.collection(collection);
  return report(checker, options.level);
}
