// Checks a JSON-LD document against the MUST rules of the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/) that our exports touch: context, IRIs, types,
// targets, the text selectors and textual bodies. Returns every violation as "path: message";
// an empty list means conforming. Not a JSON-LD processor: it reads the compact form we write.
export const ANNO_CONTEXT_IRI = 'http://www.w3.org/ns/anno.jsonld';

export const MOTIVATIONS = [
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
] as const;

type Json = unknown;
type Obj = Record<string, Json>;

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json): Json[] => (Array.isArray(v) ? v : [v]);
// An absolute IRI: a scheme, a colon, then no whitespace (RFC 3987 in the large).
const isIri = (v: Json): v is string => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
const isNonNegativeInteger = (v: Json): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function hasType(value: Obj, type: string): boolean {
  return asArray(value.type).includes(type);
}

function checkContext(node: Obj, path: string, errors: string[]): void {
  if (!('@context' in node)) return void errors.push(`${path}: @context is missing`);
  if (!asArray(node['@context']).includes(ANNO_CONTEXT_IRI)) errors.push(`${path}: @context does not include ${ANNO_CONTEXT_IRI}`);
}

function checkMotivation(value: Json, path: string, errors: string[]): void {
  for (const m of asArray(value)) {
    if (!(MOTIVATIONS as readonly Json[]).includes(m)) errors.push(`${path}: unknown motivation ${JSON.stringify(m)}`);
  }
}

function checkSelector(selector: Json, path: string, errors: string[]): void {
  if (!isObject(selector)) return void errors.push(`${path}: a selector must be an object`);
  if (typeof selector.type !== 'string') return void errors.push(`${path}: a selector must have a type`);
  if (selector.type === 'TextQuoteSelector') {
    if (typeof selector.exact !== 'string') errors.push(`${path}: TextQuoteSelector needs exact as a string`);
    for (const key of ['prefix', 'suffix'] as const) {
      if (key in selector && typeof selector[key] !== 'string') errors.push(`${path}: TextQuoteSelector ${key} must be a string`);
    }
  }
  if (selector.type === 'TextPositionSelector') {
    if (!isNonNegativeInteger(selector.start)) errors.push(`${path}: TextPositionSelector start must be a non-negative integer`);
    if (!isNonNegativeInteger(selector.end)) errors.push(`${path}: TextPositionSelector end must be a non-negative integer`);
    if (isNonNegativeInteger(selector.start) && isNonNegativeInteger(selector.end) && selector.start > selector.end) {
      errors.push(`${path}: TextPositionSelector start must not exceed end`);
    }
  }
  if ('refinedBy' in selector) asArray(selector.refinedBy).forEach((s, i) => checkSelector(s, `${path}.refinedBy[${i}]`, errors));
}

function checkTarget(target: Json, path: string, errors: string[]): void {
  if (isIri(target)) return;
  if (!isObject(target)) return void errors.push(`${path}: a target must be an IRI or an object`);
  const specific = 'source' in target || 'selector' in target || hasType(target, 'SpecificResource');
  if (specific) {
    if (!isIri(target.source)) errors.push(`${path}: a specific resource must have a source IRI`);
    if ('selector' in target) asArray(target.selector).forEach((s, i) => checkSelector(s, `${path}.selector[${i}]`, errors));
  } else if (!isIri(target.id)) {
    errors.push(`${path}: an external target must have an id IRI`);
  }
}

function checkBody(body: Json, path: string, errors: string[]): void {
  if (isIri(body)) return;
  if (!isObject(body)) return void errors.push(`${path}: a body must be an IRI or an object`);
  if ('purpose' in body) checkMotivation(body.purpose, `${path}.purpose`, errors);
  if (hasType(body, 'TextualBody')) {
    if (typeof body.value !== 'string') errors.push(`${path}: a TextualBody must have a string value`);
  } else if ('value' in body) {
    if (typeof body.value !== 'string') errors.push(`${path}: value must be a string`);
  } else if ('source' in body || 'selector' in body) {
    if (!isIri(body.source)) errors.push(`${path}: a specific resource must have a source IRI`);
  } else if (!isIri(body.id)) {
    errors.push(`${path}: an external body must have an id IRI`);
  }
}

/** One Annotation; `embedded` ones (inside a collection page) take the page's @context. */
export function validateAnnotation(annotation: Json, options: { embedded?: boolean; path?: string } = {}): string[] {
  const path = options.path ?? '$';
  const errors: string[] = [];
  if (!isObject(annotation)) return [`${path}: an annotation must be an object`];
  if (!options.embedded) checkContext(annotation, path, errors);
  if (!isIri(annotation.id)) errors.push(`${path}: id must be an IRI`);
  if (!hasType(annotation, 'Annotation')) errors.push(`${path}: type must include Annotation`);
  if (!('target' in annotation)) errors.push(`${path}: target is missing`);
  else {
    const targets = asArray(annotation.target);
    if (targets.length === 0) errors.push(`${path}: target is empty`);
    targets.forEach((t, i) => checkTarget(t, `${path}.target${Array.isArray(annotation.target) ? `[${i}]` : ''}`, errors));
  }
  if ('body' in annotation) {
    asArray(annotation.body).forEach((b, i) => checkBody(b, `${path}.body${Array.isArray(annotation.body) ? `[${i}]` : ''}`, errors));
  }
  if ('motivation' in annotation) checkMotivation(annotation.motivation, `${path}.motivation`, errors);
  for (const key of ['created', 'modified'] as const) {
    if (key in annotation && !(typeof annotation[key] === 'string' && DATE_TIME.test(annotation[key] as string))) {
      errors.push(`${path}: ${key} must be an xsd:dateTime with a timezone`);
    }
  }
  return errors;
}

/** An AnnotationCollection with its pages embedded (first, and any next). */
export function validateAnnotationCollection(collection: Json): string[] {
  if (!isObject(collection)) return ['$: a collection must be an object'];
  const errors: string[] = [];
  checkContext(collection, '$', errors);
  if (!isIri(collection.id)) errors.push('$: id must be an IRI');
  if (!hasType(collection, 'AnnotationCollection')) errors.push('$: type must include AnnotationCollection');
  if ('total' in collection && !isNonNegativeInteger(collection.total)) errors.push('$: total must be a non-negative integer');
  let count = 0;
  let complete = true;
  let page = collection.first;
  let path = '$.first';
  while (page !== undefined) {
    if (!isObject(page)) {
      errors.push(`${path}: a page must be embedded as an object`);
      break;
    }
    if (!hasType(page, 'AnnotationPage')) errors.push(`${path}: type must include AnnotationPage`);
    if (!isIri(page.id)) errors.push(`${path}: id must be an IRI`);
    if (!Array.isArray(page.items)) errors.push(`${path}: items must be an array`);
    else {
      page.items.forEach((item, i) => errors.push(...validateAnnotation(item, { embedded: true, path: `${path}.items[${i}]` })));
      count += page.items.length;
    }
    // A next page given only by its IRI is not here to count.
    if (isIri(page.next)) complete = false;
    page = isIri(page.next) ? undefined : page.next;
    path = `${path}.next`;
  }
  if (complete && isNonNegativeInteger(collection.total) && collection.total !== count) errors.push(`$: total is ${collection.total} but the pages hold ${count}`);
  return errors;
}
