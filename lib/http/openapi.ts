// The OpenAPI 3.1 description of the JSON API, served at /api/v1/openapi.json. A test checks
// that every route handler under app/api/v1 is described here, method by method. Enumerations
// come from the domain's own lists, so the description cannot drift from what is accepted.
import { CLAIM_KINDS, COMPARATORS } from '../claims/claim-kind';
import { CELL_STANCES } from '../claims/stance';
import { TABLE_SORTS } from '../claims/table-query';
import { z } from 'zod';
import { articleSuggestionsSchema, claimSuggestionsSchema, SUGGESTION_LIMIT_DEFAULT, SUGGESTION_LIMIT_MAX } from '../finder/suggestion-shapes';

/** A zod shape as an OpenAPI 3.1 schema (JSON Schema 2020-12 without its $schema line). */
function fromZod(schema: z.ZodType): object {
  const { $schema: _omit, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
  return rest;
}

const problem = { $ref: '#/components/responses/Problem' };
const errors = { '400': problem, '401': problem, '403': problem, '404': problem, '409': problem, '415': problem, '422': problem };
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description });
const versionQuery = { name: 'version', in: 'query', required: false, schema: { type: 'integer' }, description: 'The version you read (or send it in the body).' };
const writeSecurity = [{ bearer: [] }];

/** The fields a claim has and a client may send, shared by the Claim and ClaimInput schemas. */
const CLAIM_FIELDS = {
  gloss: { type: ['string', 'null'] },
  topics: { type: 'array', items: { type: 'string' } },
  kind: { enum: [...CLAIM_KINDS] },
  value: { type: ['number', 'null'] },
  comparator: { enum: [...COMPARATORS, null] },
  unit: { type: ['string', 'null'] },
  asOf: { type: ['string', 'null'], format: 'date' },
  status: { enum: ['draft', 'published'] },
};

const tableParams = [
  { name: 'q', in: 'query', schema: { type: 'string' }, description: 'Text search (Traditional/Simplified, full-/half-width alike).' },
  { name: 'topic', in: 'query', schema: { type: 'string' } },
  { name: 'kind', in: 'query', schema: { enum: [...CLAIM_KINDS] } },
  { name: 'stance', in: 'query', schema: { enum: [...CELL_STANCES] }, description: 'With `outlet`: that outlet’s cell; without: any outlet.' },
  { name: 'outlet', in: 'query', schema: { type: 'string' } },
  { name: 'contested', in: 'query', schema: { enum: ['1'] } },
  { name: 'sort', in: 'query', schema: { enum: [...TABLE_SORTS] } },
  { name: 'cols', in: 'query', schema: { type: 'string' }, description: 'Comma-separated outlet slugs: the cells to include, in order.' },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
];

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Claimgrid API',
    version: '1',
    description:
      'Claims and which news outlets state, contradict or omit them, each backed by a quote anchored in the article (W3C TextQuote/TextPosition selectors; offsets are Unicode code points into the article `text`). Reads are public. Writes need `Authorization: Bearer <token>` with a personal token of an editor or admin (`npm run users -- token --email E`, or the account page). Errors are `application/problem+json` (RFC 9457).',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token (cg_…)' } },
    responses: {
      Problem: {
        description: 'An RFC 9457 problem: `status`, `title`, `detail`; validation problems add `errors` (messages per field); conflicts add `changedBy`, `changedAt`, `currentVersion`; ambiguous quotes add `candidates`.',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    },
    schemas: {
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          code: { type: 'string' },
          errors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
      },
      Outlet: { type: 'object', required: ['slug', 'name'], properties: { id: { type: 'integer' }, slug: { type: 'string' }, name: { type: 'string' }, homepage: { type: ['string', 'null'] }, language: { enum: ['zh-Hans', 'zh-Hant'] }, articleCount: { type: 'integer' } } },
      ArticleSummary: {
        type: 'object',
        required: ['id', 'outlet', 'title', 'url', 'author', 'publishedAt', 'language'],
        properties: {
          id: { type: 'integer' },
          outlet: { type: 'string', description: 'outlet slug' },
          outletName: { type: 'string' },
          title: { type: 'string' },
          url: { type: ['string', 'null'] },
          author: { type: ['string', 'null'] },
          publishedAt: { type: 'string', format: 'date-time' },
          language: { enum: ['zh-Hans', 'zh-Hant'] },
          textLength: { type: 'integer', description: 'code points' },
        },
      },
      Article: { allOf: [{ $ref: '#/components/schemas/ArticleSummary' }, { type: 'object', required: ['text'], properties: { text: { type: 'string' }, evidence: { type: 'array', items: { $ref: '#/components/schemas/Evidence' } } } }] },
      Evidence: {
        type: 'object',
        required: ['id', 'articleId', 'stance', 'exact', 'start', 'end'],
        properties: {
          id: { type: 'integer' },
          claimId: { type: 'integer' },
          articleId: { type: 'integer' },
          stance: { enum: ['states', 'contradicts'] },
          exact: { type: 'string' },
          prefix: { type: 'string' },
          suffix: { type: 'string' },
          start: { type: 'integer', minimum: 0 },
          end: { type: 'integer', minimum: 1 },
          statedValue: { type: ['string', 'null'] },
          note: { type: ['string', 'null'] },
          version: { type: 'integer' },
        },
      },
      Cell: {
        type: 'object',
        required: ['stance', 'evidence'],
        properties: {
          stance: { enum: [...CELL_STANCES] },
          evidence: { type: 'array', items: { $ref: '#/components/schemas/Evidence' } },
          reviews: { type: 'array', items: { type: 'object', properties: { articleId: { type: 'integer' }, verdict: { const: 'omits' }, note: { type: ['string', 'null'] } } } },
        },
      },
      Claim: {
        type: 'object',
        required: ['id', 'text', 'cells'],
        properties: {
          id: { type: 'integer' },
          text: { type: 'string' },
          ...CLAIM_FIELDS,
          version: { type: 'integer' },
          cells: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Cell' }, description: 'keyed by outlet slug' },
        },
      },
      ClaimSuggestions: fromZod(claimSuggestionsSchema),
      ArticleSuggestions: fromZod(articleSuggestionsSchema),
      ClaimInput: {
        type: 'object',
        required: ['text'],
        properties: {
          text: { type: 'string', maxLength: 500 },
          ...CLAIM_FIELDS,
        },
      },
    },
  },
  paths: {
    '/api/v1/outlets': { get: { summary: 'All outlets', responses: { '200': { description: 'Outlets', ...json({ type: 'object', properties: { outlets: { type: 'array', items: { $ref: '#/components/schemas/Outlet' } } } }) } } } },
    '/api/v1/articles': {
      get: {
        summary: 'Articles (metadata), newest first, a page at a time',
        parameters: [
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
          { name: 'outlet', in: 'query', schema: { type: 'string' }, description: 'Only this outlet’s articles (its slug).' },
        ],
        responses: {
          '200': {
            description: 'A page of articles; `next` is the following page’s URL, or null',
            ...json({ type: 'object', properties: { articles: { type: 'array', items: { $ref: '#/components/schemas/ArticleSummary' } }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, pageCount: { type: 'integer' }, next: { type: ['string', 'null'] } } }),
          },
          '400': problem,
        },
      },
      post: {
        summary: 'Import an article file (same importer as the UI)',
        security: writeSecurity,
        requestBody: json({ type: 'object', required: ['source'], properties: { filename: { type: 'string' }, source: { type: 'string', description: 'the file text, UTF-8, ≤ 2 MiB' }, overrides: { type: 'object' }, dryRun: { type: 'boolean' } } }),
        responses: { '201': { description: 'Imported' }, '200': { description: 'Duplicate (same content hash) or dry run' }, '413': problem, ...errors },
      },
    },
    '/api/v1/articles/{id}': { get: { summary: 'One article with its text', parameters: [idParam('id', 'article id')], responses: { '200': { description: 'Article', ...json({ $ref: '#/components/schemas/Article' }) }, '404': problem } } },
    '/api/v1/claims': {
      get: { summary: 'Published claims with their cells', parameters: tableParams, responses: { '200': { description: 'A page of claims', ...json({ type: 'object', properties: { claims: { type: 'array', items: { $ref: '#/components/schemas/Claim' } }, outlets: { type: 'array', items: { type: 'string' } }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, pageCount: { type: 'integer' }, next: { type: ['string', 'null'] } } }) }, '400': problem } },
      post: { summary: 'Create a claim', security: writeSecurity, requestBody: json({ $ref: '#/components/schemas/ClaimInput' }), responses: { '201': { description: 'Created; Location header' }, ...errors } },
    },
    '/api/v1/claims/{id}': {
      get: { summary: 'One published claim', parameters: [idParam('id', 'claim id')], responses: { '200': { description: 'Claim', ...json({ $ref: '#/components/schemas/Claim' }) }, '404': problem } },
      patch: { summary: 'Change a claim (optimistic locking: send the version you read)', security: writeSecurity, parameters: [idParam('id', 'claim id')], requestBody: json({ allOf: [{ $ref: '#/components/schemas/ClaimInput' }, { type: 'object', required: ['version'], properties: { version: { type: 'integer' } } }] }), responses: { '200': { description: 'Changed' }, ...errors } },
      delete: { summary: 'Delete a claim (its history is kept)', security: writeSecurity, parameters: [idParam('id', 'claim id'), versionQuery], responses: { '200': { description: 'Deleted' }, ...errors } },
    },
    '/api/v1/claims/{id}/evidence': {
      post: {
        summary: 'Add a quote to a claim',
        description: 'Give `exact` (with `prefix`/`suffix` when it occurs more than once) or `start`/`end` in code points. A quote that occurs several times without enough context is refused with 422 and `candidates`, never guessed.',
        security: writeSecurity,
        parameters: [idParam('id', 'claim id')],
        requestBody: json({ type: 'object', required: ['articleId', 'stance'], properties: { articleId: { type: 'integer' }, stance: { enum: ['states', 'contradicts'] }, exact: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, statedValue: { type: 'string' }, note: { type: 'string' } } }),
        responses: { '201': { description: 'The anchored quote', ...json({ $ref: '#/components/schemas/Evidence' }) }, ...errors },
      },
    },
    '/api/v1/evidence/{id}': {
      get: { summary: 'One quote of a published claim', parameters: [idParam('id', 'evidence id')], responses: { '200': { description: 'Evidence', ...json({ $ref: '#/components/schemas/Evidence' }) }, '404': problem } },
      patch: { summary: 'Change a quote’s stance, stated value or note', security: writeSecurity, parameters: [idParam('id', 'evidence id')], requestBody: json({ type: 'object', required: ['version'], properties: { version: { type: 'integer' }, stance: { enum: ['states', 'contradicts'] }, statedValue: { type: ['string', 'null'] }, note: { type: ['string', 'null'] } } }), responses: { '200': { description: 'Changed' }, ...errors } },
      delete: { summary: 'Delete a quote (kept in history)', security: writeSecurity, parameters: [idParam('id', 'evidence id'), versionQuery], responses: { '200': { description: 'Deleted' }, ...errors } },
    },
    '/api/v1/claims/{id}/suggestions': {
      get: {
        summary: 'Evidence finder: passages per outlet that may state or contradict the claim',
        description: 'For every outlet (or the one named by `outlet`): up to `limit` passages, best first, each with its score, suggested stance (`states`, `contradicts`, `mentions`), the value it states and why; and the verdict `likely` (a passage scores at or above `threshold`) or `none` (no passage found in `articlesSearched` articles). Dismissed passages and existing quotes are left out. Editors and admins.',
        security: writeSecurity,
        parameters: [
          idParam('id', 'claim id'),
          { name: 'outlet', in: 'query', required: false, schema: { type: 'string' }, description: 'An outlet slug' },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: SUGGESTION_LIMIT_MAX, default: SUGGESTION_LIMIT_DEFAULT } },
        ],
        responses: { '200': { description: 'Suggestions per outlet', ...json({ $ref: '#/components/schemas/ClaimSuggestions' }) }, ...errors },
      },
    },
    '/api/v1/claims/{id}/suggestions/dismiss': {
      post: {
        summary: 'Dismiss a suggested passage (remembered and recorded in the claim history)',
        security: writeSecurity,
        parameters: [idParam('id', 'claim id')],
        requestBody: json({ type: 'object', required: ['articleId', 'start', 'end'], properties: { articleId: { type: 'integer' }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 1 } } }),
        responses: { '204': { description: 'Dismissed' }, ...errors },
      },
    },
    '/api/v1/articles/{id}/suggestions': {
      get: {
        summary: 'Evidence finder, the other way: claims this article may state or contradict',
        security: writeSecurity,
        parameters: [idParam('id', 'article id')],
        responses: { '200': { description: 'Claims with their passages in the article', ...json({ $ref: '#/components/schemas/ArticleSuggestions' }) }, ...errors },
      },
    },
    '/api/v1/claims/{id}/reviews/{articleId}': {
      put: { summary: 'Mark the article as checked and not mentioning the claim', security: writeSecurity, parameters: [idParam('id', 'claim id'), idParam('articleId', 'article id')], requestBody: json({ type: 'object', required: ['verdict'], properties: { verdict: { const: 'omits' }, note: { type: 'string' } } }), responses: { '200': { description: 'Marked' }, ...errors } },
      delete: { summary: 'Clear the omission mark', security: writeSecurity, parameters: [idParam('id', 'claim id'), idParam('articleId', 'article id')], responses: { '200': { description: 'Cleared' }, ...errors } },
    },
    '/api/v1/export': {
      get: {
        summary: 'Export claims (streamed)',
        parameters: [
          { name: 'format', in: 'query', required: true, schema: { enum: ['csv', 'json', 'md', 'claimreview', 'annotations', 'dump'] }, description: '`dump` needs an admin.' },
          { name: 'claim', in: 'query', schema: { type: 'integer' } },
          { name: 'outlet-page', in: 'query', schema: { type: 'string' } },
          ...tableParams,
        ],
        responses: { '200': { description: 'The export, as a download' }, '400': problem, '403': problem },
      },
    },
    '/api/v1/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
  },
} as const;
