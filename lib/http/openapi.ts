// The OpenAPI 3.1 description of the JSON API, served at /api/v1/openapi.json. Tests keep it
// true: every route handler under app/api/v1 is described here, method by method
// (tests/integration/api.test.ts); `redocly lint` passes it with no error or warning, and a
// live test calls every operation against a seeded database and validates every response,
// errors included, against the schema given here for its status (tests/integration/openapi.test.ts).
// Enumerations come from the domain's own lists, so the description cannot drift from what is accepted:
// response schemas are generated from the zod shapes (lib/claims/shapes.ts, fromZod) and request
// bodies from the zod input schemas the operations parse them with (bodyFromZod).
import { createClaimSchema, createEvidenceSchema, markOmissionSchema, updateClaimSchema, updateEvidenceSchema } from '../claims/claim-input';
import {
  articleSchema,
  articleSummarySchema,
  claimRecordSchema,
  claimSchema,
  deleteClaimResultSchema,
  deletedSchema,
  evidenceRecordSchema,
  outletSchema,
  restoreDeletedClaimResultSchema,
  reviewSchema,
} from '../claims/shapes';
import { tableParamSchemas } from '../claims/table-query';
import { ANNOTATION_MEDIA_TYPE } from '../export/annotations';
import { EXPORT_FORMATS } from '../export/formats';
import { claimsExportJsonSchema } from '../export/json-shape';
import { z } from 'zod';
import { importArticleInput } from '../importer/import-input';
import { importResultSchema } from '../importer/import-result';
import { articleSuggestionsSchema, claimSuggestionsSchema, dismissSuggestionSchema, SUGGESTION_LIMIT_DEFAULT, SUGGESTION_LIMIT_MAX } from '../finder/suggestion-shapes';

/** A zod shape as an OpenAPI 3.1 schema (JSON Schema 2020-12 without its $schema line). */
function fromZod(schema: z.ZodType): object {
  const { $schema: _omit, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
  return rest;
}

type JsonObjectSchema = { $schema?: string; properties?: Record<string, object>; required?: string[]; [keyword: string]: unknown };

/**
 * A request body from the zod input schema the operation parses it with (its input side: what
 * may be sent, defaults optional): the fields the path supplies left out, `extra` fields (which
 * the route reads itself) added, and descriptions given to named properties.
 */
function bodyFromZod(
  schema: z.ZodType,
  options: { pathFields?: string[]; extra?: Record<string, object>; describe?: Record<string, object> } = {},
): object {
  const { $schema: _omit, properties = {}, required = [], ...rest } = z.toJSONSchema(schema, { io: 'input' }) as JsonObjectSchema;
  const fromPath = new Set(options.pathFields ?? []);
  const own = Object.entries(properties)
    .filter(([key]) => !fromPath.has(key))
    .map(([key, property]) => [key, { ...property, ...options.describe?.[key] }]);
  const keys = [...Object.keys(options.extra ?? {}), ...required.filter((key) => !fromPath.has(key))];
  return { ...rest, ...(keys.length ? { required: keys } : {}), properties: { ...options.extra, ...Object.fromEntries(own) } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: object) => ({ description, ...json(schema) });
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description });
const versionQuery = { name: 'version', in: 'query', required: false, schema: { type: 'integer', minimum: 1 }, description: 'The version you read (or send it in the body).' };
const nullable = (type: string, extra: object = {}) => ({ type: [type, 'null'], ...extra });
const list = (items: object) => ({ type: 'array', items });

/** No token needed; one that is sent must be valid. */
const PUBLIC: never[] = [];
/** A token is optional and widens what may be read (drafts, the dump). */
const OPTIONAL_TOKEN = [{}, { bearer: [] }];
const TOKEN = [{ bearer: [] }];

/** Every operation: a token that is presented but unknown or revoked. */
const badToken = { '401': response('Unauthorized') };
/** Every write: the answers of runApiOperation and readJsonBody (lib/http/api-write.ts). */
const writeErrors = {
  '400': response('BadRequest'),
  '401': response('Unauthorized'),
  '403': response('Forbidden'),
  '413': response('ContentTooLarge'),
  '415': response('UnsupportedMediaType'),
  '422': response('UnprocessableContent'),
};
const notFound = { '404': response('NotFound') };
const conflict = { '409': response('Conflict') };

/** A page of a list: the items under `key`, then where the page sits. */
const page = (key: string, items: object, extra: Record<string, object> = {}) => ({
  type: 'object',
  additionalProperties: false,
  required: [key, 'total', 'page', 'pageSize', 'pageCount', 'next', ...Object.keys(extra)],
  properties: {
    [key]: list(items),
    ...extra,
    total: { type: 'integer', minimum: 0 },
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 1 },
    pageCount: { type: 'integer', minimum: 0 },
    next: { ...nullable('string'), description: 'The following page’s URL (path and query), or null on the last page.' },
  },
});

/** An object schema whose every listed property is required and no other is allowed. */
const record = (properties: Record<string, object>, optional: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  properties,
});

// The claim table's query parameters, from the schemas the API checks them with.
const TABLE_PARAM_NOTES: Record<string, string> = {
  q: 'Text search (Traditional/Simplified, full-/half-width alike).',
  stance: 'With `outlet`: that outlet’s cell; without: any outlet.',
  outlet: 'An outlet slug; an unknown one is a 400.',
  cols: 'Comma-separated outlet slugs: the cells to include, in order; an unknown slug is a 400.',
};
const tableParams = Object.entries(tableParamSchemas()).map(([name, schema]) => ({
  name,
  in: 'query',
  schema: fromZod(schema),
  ...(TABLE_PARAM_NOTES[name] ? { description: TABLE_PARAM_NOTES[name] } : {}),
}));

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Claimgrid API',
    version: '1',
    description: [
      'Claims and which news outlets state, contradict or omit them, each backed by a quote anchored in the article (W3C TextQuote/TextPosition selectors; offsets are Unicode code points into the article `text`).',
      'Reads are public (a token that is sent must be valid). Writes need `Authorization: Bearer <token>` with a personal token of an editor or admin (`npm run users -- token --email E`, or the account page); with such a token the claim reads include drafts.',
      'Errors are `application/problem+json` (RFC 9457). A method a path does not list is answered with 405 Method Not Allowed, an `Allow` header naming the methods it has, and a problem; `OPTIONS` answers 204 with the same `Allow`.',
    ].join('\n\n'),
    // No licence has been chosen for Claimgrid yet: the document says so rather than invent one.
    license: { name: 'No licence granted (all rights reserved)', url: 'https://choosealicense.com/no-permission/' },
  },
  servers: [{ url: '/', description: 'The Claimgrid instance serving this document' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token (cg_…)' } },
    headers: {
      Location: { description: 'The new resource’s URL', schema: { type: 'string' } },
      WwwAuthenticate: { description: '`Bearer`', schema: { const: 'Bearer' } },
      ETag: { description: 'Names this answer at the data’s current version: send it back as If-None-Match to get 304 while nothing changed', schema: { type: 'string' } },
    },
    responses: {
      BadRequest: problemResponse('Malformed: the body is not valid JSON, or a query parameter is malformed or names an unknown outlet (messages per parameter under `errors`).'),
      Unauthorized: {
        ...problemResponse('No token where one is needed, or a token that is unknown or revoked.'),
        headers: { 'WWW-Authenticate': { $ref: '#/components/headers/WwwAuthenticate' } },
      },
      Forbidden: problemResponse('The token’s user may not do this (a reader, a disabled account, or not an admin for the dump).'),
      NotFound: problemResponse('No such claim, quote, article or omission mark (or not published, for a reader).'),
      Conflict: problemResponse('Stale `version`: someone changed it since (`changedBy`, `changedAt`, `currentVersion`); or the quote already exists; or the article has quotes and cannot be marked as omitting the claim.'),
      ContentTooLarge: problemResponse('The body is over 5 MiB, or an imported file over 2 MiB.'),
      UnsupportedMediaType: problemResponse('The body is not sent as `application/json`.'),
      UnprocessableContent: problemResponse('Invalid input: messages per field under `errors`; an ambiguous quote adds `candidates` and `occurrences`.'),
    },
    schemas: {
      // the JSON export's document, generated from lib/export/json-shape.ts (its $id names it)
      ClaimsExport: (({ $schema: _schema, ...rest }) => rest)(claimsExportJsonSchema()),
      Problem: {
        type: 'object',
        description: 'RFC 9457 problem details, with the extension members Claimgrid sends.',
        additionalProperties: false,
        required: ['type', 'title', 'status', 'detail'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer', minimum: 400, maximum: 599 },
          detail: { type: 'string' },
          code: { enum: ['unauthenticated', 'forbidden', 'not_found', 'validation', 'conflict', 'ambiguous', 'too_large', 'rate_limited'], description: 'The error’s code, for clients that render their own message.' },
          errors: { type: 'object', additionalProperties: list({ type: 'string' }), description: 'Messages per field (or query parameter).' },
          candidates: { ...list(record({ start: { type: 'integer' }, end: { type: 'integer' }, prefix: { type: 'string' }, suffix: { type: 'string' } })), description: '422, ambiguous quote: where it occurs (at most 50), with context to choose one by.' },
          occurrences: { type: 'integer', description: '422, ambiguous quote: how many times it occurs.' },
          field: { type: 'string', description: 'The input field the problem is about.' },
          changedBy: { type: 'string', description: '409, stale version: who saved the current version.' },
          changedAt: { type: 'string', format: 'date-time', description: '409, stale version: when.' },
          currentVersion: { type: 'integer', description: '409, stale version: the version to send after reloading.' },
          entity: { enum: ['claim', 'evidence', 'article', 'review', 'revision'], description: '404: what was not found.' },
          id: { type: 'integer', description: '404: its id.' },
          claimId: { type: 'integer' },
          articleId: { type: 'integer' },
          evidenceId: { type: 'integer', description: '409: the quote that already exists.' },
          evidence: { type: 'integer', description: '409: how many quotes the article has for the claim.' },
          reason: { type: 'string', description: 'An import problem: too-large, empty, binary, encoding, …' },
        },
      },
      // Generated from the shapes the data layer's types are inferred from (lib/claims/shapes.ts);
      // a claim's cells, quotes and omission checks are inlined in Claim.
      Outlet: fromZod(outletSchema),
      ArticleSummary: fromZod(articleSummarySchema),
      Article: fromZod(articleSchema),
      EvidenceRecord: fromZod(evidenceRecordSchema),
      Review: fromZod(reviewSchema),
      ClaimRecord: fromZod(claimRecordSchema),
      Claim: fromZod(claimSchema),
      ClaimSuggestions: fromZod(claimSuggestionsSchema),
      ArticleSuggestions: fromZod(articleSuggestionsSchema),
      ClaimInput: bodyFromZod(createClaimSchema),
      ClaimChange: bodyFromZod(updateClaimSchema, { pathFields: ['id'] }),
      Deleted: fromZod(deletedSchema),
      RestoredClaim: fromZod(restoreDeletedClaimResultSchema),
      DeletedClaim: fromZod(deleteClaimResultSchema),
      ImportResult: fromZod(importResultSchema),
    },
  },
  paths: {
    '/api/v1/outlets': {
      get: {
        operationId: 'listOutlets',
        summary: 'All outlets',
        security: PUBLIC,
        responses: { '200': ok('Outlets', record({ outlets: list(ref('Outlet')) })), ...badToken },
      },
    },
    '/api/v1/articles': {
      get: {
        operationId: 'listArticles',
        summary: 'Articles (metadata), newest first, a page at a time',
        security: PUBLIC,
        parameters: [
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
          { name: 'outlet', in: 'query', schema: { type: 'string' }, description: 'Only this outlet’s articles (its slug).' },
        ],
        responses: { '200': ok('A page of articles', page('articles', ref('ArticleSummary'))), '400': response('BadRequest'), ...badToken },
      },
      post: {
        operationId: 'importArticle',
        summary: 'Import an article file (same importer as the UI)',
        security: TOKEN,
        requestBody: {
          required: true,
          ...json(bodyFromZod(importArticleInput, { describe: { source: { description: 'the file text, UTF-8, at most 2 MiB (or give sourceUrl)' }, sourceUrl: { format: 'uri', description: 'an http(s) page the server fetches (public addresses only, 5 redirects, 2 MiB, 15 s)' } } })),
        },
        responses: {
          '201': { ...ok('Imported', ref('ImportResult')), headers: { Location: { $ref: '#/components/headers/Location' } } },
          '200': ok('Duplicate (same content hash) or dry run', ref('ImportResult')),
          ...writeErrors,
        },
      },
    },
    '/api/v1/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'One article with its text and its published quotes',
        security: PUBLIC,
        parameters: [idParam('id', 'article id')],
        responses: { '200': ok('Article', ref('Article')), ...notFound, ...badToken },
      },
    },
    '/api/v1/articles/{id}/text': {
      get: {
        operationId: 'getArticleText',
        summary: 'The article’s stored text alone',
        description: 'The text evidence offsets (and exported annotations’ TextPositionSelectors) count Unicode code points in; `Content-Language` is its language.',
        security: PUBLIC,
        parameters: [idParam('id', 'article id')],
        responses: { '200': { description: 'The text', content: { 'text/plain': { schema: { type: 'string' } } } }, ...notFound, ...badToken },
      },
    },
    '/api/v1/claims': {
      get: {
        operationId: 'listClaims',
        summary: 'Claims with their cells (published; drafts too with an editor’s token)',
        security: OPTIONAL_TOKEN,
        parameters: [
          ...tableParams,
          { name: 'status', in: 'query', schema: { enum: ['published', 'draft', 'all'], default: 'published' }, description: '`draft` and `all` need the token of an editor or admin.' },
          { name: 'If-None-Match', in: 'header', schema: { type: 'string' }, description: 'The ETag of an earlier answer: 304 while the data has not changed since.' },
        ],
        responses: {
          '200': {
            ...ok('A page of claims', page('claims', ref('Claim'), { outlets: { ...list({ type: 'string' }), description: 'the slugs of the cells, in order' } })),
            headers: { ETag: { $ref: '#/components/headers/ETag' } },
          },
          '304': { description: 'Not modified: the If-None-Match ETag is still current', headers: { ETag: { $ref: '#/components/headers/ETag' } } },
          '400': response('BadRequest'),
          '401': response('Unauthorized'),
          '403': response('Forbidden'),
        },
      },
      post: {
        operationId: 'createClaim',
        summary: 'Create a claim',
        security: TOKEN,
        requestBody: { required: true, ...json(ref('ClaimInput')) },
        responses: { '201': { ...ok('Created', ref('ClaimRecord')), headers: { Location: { $ref: '#/components/headers/Location' } } }, ...writeErrors },
      },
    },
    '/api/v1/claims/{id}': {
      get: {
        operationId: 'getClaim',
        summary: 'One published claim (or a draft, with an editor’s token)',
        security: OPTIONAL_TOKEN,
        parameters: [idParam('id', 'claim id')],
        responses: { '200': ok('Claim', ref('Claim')), ...notFound, ...badToken },
      },
      patch: {
        operationId: 'updateClaim',
        summary: 'Change a claim (optimistic locking: send the version you read)',
        security: TOKEN,
        parameters: [idParam('id', 'claim id')],
        requestBody: { required: true, ...json(ref('ClaimChange')) },
        responses: { '200': ok('The claim as saved', ref('ClaimRecord')), ...writeErrors, ...notFound, ...conflict },
      },
      delete: {
        operationId: 'deleteClaim',
        summary: 'Delete a claim with its quotes and omission marks (its history is kept)',
        security: TOKEN,
        parameters: [idParam('id', 'claim id'), versionQuery],
        responses: { '200': ok('Deleted', ref('DeletedClaim')), ...writeErrors, ...notFound, ...conflict },
      },
    },
    '/api/v1/claims/{id}/restore': {
      post: {
        operationId: 'restoreDeletedClaim',
        summary: 'Bring back a deleted claim with the quotes and omission marks its deletion removed',
        description: 'The claim keeps its id; quotes that no longer anchor in their article are skipped and counted. 409 when the claim is not deleted, 404 when it never existed.',
        security: TOKEN,
        parameters: [idParam('id', 'claim id')],
        responses: {
          '200': ok('The restored claim and what came back with it', ref('RestoredClaim')),
          '401': response('Unauthorized'),
          '403': response('Forbidden'),
          '422': response('UnprocessableContent'),
          ...notFound,
          ...conflict,
        },
      },
    },
    '/api/v1/claims/{id}/evidence': {
      post: {
        operationId: 'createEvidence',
        summary: 'Add a quote to a claim',
        description: 'Give `exact` (with `prefix`/`suffix` when it occurs more than once) or `start`/`end` in code points. A quote that occurs several times without enough context is refused with 422 and `candidates`, never guessed.',
        security: TOKEN,
        parameters: [idParam('id', 'claim id')],
        requestBody: {
          required: true,
          ...json(bodyFromZod(createEvidenceSchema, { pathFields: ['claimId'] })),
        },
        responses: { '201': { ...ok('The anchored quote', ref('EvidenceRecord')), headers: { Location: { $ref: '#/components/headers/Location' } } }, ...writeErrors, ...notFound, ...conflict },
      },
    },
    '/api/v1/evidence/{id}': {
      get: {
        operationId: 'getEvidence',
        summary: 'One quote of a published claim',
        security: PUBLIC,
        parameters: [idParam('id', 'evidence id')],
        responses: { '200': ok('The quote', ref('EvidenceRecord')), ...notFound, ...badToken },
      },
      patch: {
        operationId: 'updateEvidence',
        summary: 'Change a quote’s stance, stated value or note',
        security: TOKEN,
        parameters: [idParam('id', 'evidence id')],
        requestBody: {
          required: true,
          ...json(bodyFromZod(updateEvidenceSchema, { pathFields: ['id'] })),
        },
        responses: { '200': ok('The quote as saved', ref('EvidenceRecord')), ...writeErrors, ...notFound, ...conflict },
      },
      delete: {
        operationId: 'deleteEvidence',
        summary: 'Delete a quote (kept in history)',
        security: TOKEN,
        parameters: [idParam('id', 'evidence id'), versionQuery],
        responses: { '200': ok('Deleted', ref('Deleted')), ...writeErrors, ...notFound, ...conflict },
      },
    },
    '/api/v1/claims/{id}/suggestions': {
      get: {
        operationId: 'findClaimSuggestions',
        summary: 'Evidence finder: passages per outlet that may state or contradict the claim',
        description: 'For every outlet (or the one named by `outlet`): up to `limit` passages, best first, each with its score, suggested stance (`states`, `contradicts`, `mentions`), the value it states and why; and the verdict `likely` (a passage scores at or above `threshold`) or `none` (no passage found in `articlesSearched` articles). Dismissed passages and existing quotes are left out. Editors and admins.',
        security: TOKEN,
        parameters: [
          idParam('id', 'claim id'),
          { name: 'outlet', in: 'query', required: false, schema: { type: 'string' }, description: 'An outlet slug' },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: SUGGESTION_LIMIT_MAX, default: SUGGESTION_LIMIT_DEFAULT } },
        ],
        responses: {
          '200': ok('Suggestions per outlet', ref('ClaimSuggestions')),
          '400': response('BadRequest'),
          '401': response('Unauthorized'),
          '403': response('Forbidden'),
          ...notFound,
        },
      },
    },
    '/api/v1/claims/{id}/suggestions/dismiss': {
      post: {
        operationId: 'dismissSuggestion',
        summary: 'Dismiss a suggested passage (remembered and recorded in the claim history)',
        security: TOKEN,
        parameters: [idParam('id', 'claim id')],
        requestBody: {
          required: true,
          ...json(bodyFromZod(dismissSuggestionSchema, { pathFields: ['claimId'] })),
        },
        responses: { '204': { description: 'Dismissed' }, ...writeErrors, ...notFound },
      },
    },
    '/api/v1/articles/{id}/suggestions': {
      get: {
        operationId: 'findArticleSuggestions',
        summary: 'Evidence finder, the other way: claims this article may state or contradict',
        security: TOKEN,
        parameters: [idParam('id', 'article id')],
        responses: {
          '200': ok('Claims with their passages in the article', ref('ArticleSuggestions')),
          '401': response('Unauthorized'),
          '403': response('Forbidden'),
          ...notFound,
        },
      },
    },
    '/api/v1/claims/{id}/reviews/{articleId}': {
      put: {
        operationId: 'markOmission',
        summary: 'Mark the article as checked and not mentioning the claim',
        security: TOKEN,
        parameters: [idParam('id', 'claim id'), idParam('articleId', 'article id')],
        requestBody: { required: true, ...json(bodyFromZod(markOmissionSchema, { pathFields: ['claimId', 'articleId'], extra: { verdict: { const: 'omits' } } })) },
        responses: { '200': ok('The omission mark', ref('Review')), ...writeErrors, ...notFound, ...conflict },
      },
      delete: {
        operationId: 'clearOmission',
        summary: 'Clear the omission mark',
        security: TOKEN,
        parameters: [idParam('id', 'claim id'), idParam('articleId', 'article id')],
        // Reads no body, so none of the body's problems (400, 413, 415) can happen here.
        responses: { '200': ok('Cleared', ref('Deleted')), '401': response('Unauthorized'), '403': response('Forbidden'), ...notFound, '422': response('UnprocessableContent') },
      },
    },
    '/api/v1/export': {
      get: {
        operationId: 'exportClaims',
        summary: 'Export claims (streamed as a download)',
        security: OPTIONAL_TOKEN,
        parameters: [
          { name: 'format', in: 'query', required: true, schema: { enum: [...EXPORT_FORMATS] }, description: '`dump` needs an admin (token or session).' },
          { name: 'claim', in: 'query', schema: { type: 'integer', minimum: 1 }, description: 'One published claim.' },
          { name: 'outlet-page', in: 'query', schema: { type: 'string' }, description: 'One outlet’s column (its slug); an unknown one is a 400.' },
          ...tableParams,
        ],
        responses: {
          '200': {
            description: 'The export, as a download (`Content-Disposition: attachment`)',
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/json': {
                schema: {
                  anyOf: [ref('ClaimsExport'), { type: 'object', description: 'dump: the versioned database dump' }],
                  description: 'json: a ClaimsExport document (its JSON Schema, generated from lib/export/json-shape.ts); dump: the versioned database dump',
                },
              },
              'text/markdown': { schema: { type: 'string' } },
              'application/ld+json': { schema: { type: 'array', description: 'claimreview: schema.org ClaimReview objects' } },
              [ANNOTATION_MEDIA_TYPE]: { schema: { type: 'object', description: 'annotations: a W3C Web Annotation AnnotationCollection' } },
            },
          },
          '400': response('BadRequest'),
          '401': response('Unauthorized'),
          '403': response('Forbidden'),
          '404': response('NotFound'),
        },
      },
    },
    '/api/v1/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        summary: 'This document',
        security: PUBLIC,
        responses: { '200': ok('OpenAPI 3.1', { type: 'object', required: ['openapi', 'info', 'paths'], properties: { openapi: { const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } } }), ...badToken },
      },
    },
  },
} as const;
