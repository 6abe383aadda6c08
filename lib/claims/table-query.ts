// The claim table's view state: filters, sort, visible outlet columns and page. It lives in
// the URL so any view can be shared and reloaded; parse and serialise are exact inverses for
// every valid state, and unknown or malformed values fall back to defaults, never errors
// (a shared link must open). The API checks the same parameters strictly (tableParamErrors).
import { z } from 'zod';
import { CLAIM_KINDS, type ClaimKind } from './claim-kind';
import { CELL_STANCES, type CellStance } from './stance';
import { SLUG_PATTERN } from './shapes';

export const TABLE_SORTS = ['newest', 'contested', 'coverage', 'omitted'] as const;
export type TableSort = (typeof TABLE_SORTS)[number];
export const PAGE_SIZE = 50;

export type ClaimTableQuery = {
  q: string;
  topic: string | null;
  kind: ClaimKind | null;
  /** a cell stance to require, in `outlet` or (null) in any outlet */
  stance: CellStance | null;
  outlet: string | null;
  contested: boolean;
  sort: TableSort;
  /** visible outlet columns in order; null = all outlets */
  cols: string[] | null;
  page: number;
  pageSize: number;
};

export const DEFAULT_TABLE_QUERY: ClaimTableQuery = {
  q: '',
  topic: null,
  kind: null,
  stance: null,
  outlet: null,
  contested: false,
  sort: 'newest',
  cols: null,
  page: 1,
  pageSize: PAGE_SIZE,
};

const slug = z.string().regex(SLUG_PATTERN).max(80);

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function pick<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
}

// One schema per parameter, for the lenient parse (pages) and the strict check (the API).
const PARAM_SCHEMAS = {
  q: z.string().trim().max(200),
  topic: slug,
  kind: z.enum(CLAIM_KINDS),
  stance: z.enum(CELL_STANCES),
  outlet: slug,
  contested: z.enum(['1', '0']),
  sort: z.enum(TABLE_SORTS),
  cols: z
    .string()
    .max(20_000)
    .refine((value) => value.split(',').every((s) => !s.trim() || slug.safeParse(s.trim()).success), 'expected comma-separated outlet slugs'),
  page: z.coerce.number().int().min(1).max(100_000),
} as const;
const pageSizeSchema = (max: number) => z.coerce.number().int().min(1).max(max);

/** The largest page the JSON API serves (pages show PAGE_SIZE). */
export const API_MAX_PAGE_SIZE = 500;

/** Each query parameter's schema as the API checks it (the OpenAPI document's parameters derive from these). */
export function tableParamSchemas(maxPageSize = API_MAX_PAGE_SIZE): Record<string, z.ZodType> {
  return { ...PARAM_SCHEMAS, pageSize: pageSizeSchema(maxPageSize) };
}

export function parseTableQuery(params: Params, options: { maxPageSize?: number } = {}): ClaimTableQuery {
  const cols = first(params, 'cols');
  const parsedCols = cols
    ? [...new Set(cols.split(',').map((s) => s.trim()).filter((s) => slug.safeParse(s).success))].slice(0, 500)
    : null;
  return {
    q: pick(PARAM_SCHEMAS.q, first(params, 'q') ?? '', ''),
    topic: pick(PARAM_SCHEMAS.topic.nullable(), first(params, 'topic') ?? null, null),
    kind: pick(PARAM_SCHEMAS.kind.nullable(), first(params, 'kind') ?? null, null),
    stance: pick(PARAM_SCHEMAS.stance.nullable(), first(params, 'stance') ?? null, null),
    outlet: pick(PARAM_SCHEMAS.outlet.nullable(), first(params, 'outlet') ?? null, null),
    contested: first(params, 'contested') === '1',
    sort: pick(PARAM_SCHEMAS.sort, first(params, 'sort') ?? 'newest', 'newest'),
    cols: parsedCols && parsedCols.length > 0 ? parsedCols : null,
    page: pick(PARAM_SCHEMAS.page, first(params, 'page') ?? 1, 1),
    pageSize: pick(
      pageSizeSchema(options.maxPageSize ?? PAGE_SIZE),
      first(params, 'pageSize') ?? PAGE_SIZE,
      Math.min(PAGE_SIZE, options.maxPageSize ?? PAGE_SIZE),
    ),
  };
}

/**
 * For programs (the API), where a mistyped parameter should be answered rather than ignored:
 * what is wrong with each given parameter, or null when all are valid. Empty values count as
 * absent and unknown parameters are left alone.
 */
export function tableParamErrors(params: Params, options: { maxPageSize?: number } = {}): Record<string, string[]> | null {
  const schemas = tableParamSchemas(options.maxPageSize ?? PAGE_SIZE);
  const errors: Record<string, string[]> = {};
  for (const [key, schema] of Object.entries(schemas)) {
    const value = first(params, key);
    if (value === undefined || value === '') continue;
    const result = schema.safeParse(value);
    if (!result.success) errors[key] = result.error.issues.map((issue) => issue.message);
  }
  return Object.keys(errors).length ? errors : null;
}

/** The query string for a view, without defaults, in a stable order ('' for the default view). */
export function serializeTableQuery(query: Partial<ClaimTableQuery>): string {
  const q = { ...DEFAULT_TABLE_QUERY, ...query };
  const params = new URLSearchParams();
  if (q.q) params.set('q', q.q);
  if (q.topic) params.set('topic', q.topic);
  if (q.kind) params.set('kind', q.kind);
  if (q.stance) params.set('stance', q.stance);
  if (q.outlet) params.set('outlet', q.outlet);
  if (q.contested) params.set('contested', '1');
  if (q.sort !== 'newest') params.set('sort', q.sort);
  if (q.cols && q.cols.length) params.set('cols', q.cols.join(','));
  if (q.pageSize !== PAGE_SIZE) params.set('pageSize', String(q.pageSize));
  if (q.page > 1) params.set('page', String(q.page));
  return params.toString();
}

/** The same view with some fields changed; any filter change returns to page 1. */
export function withTableQuery(query: ClaimTableQuery, change: Partial<ClaimTableQuery>): string {
  const resetsPage = Object.keys(change).some((k) => k !== 'page' && k !== 'cols');
  return serializeTableQuery({ ...query, ...(resetsPage ? { page: 1 } : {}), ...change });
}

export function isFiltered(query: ClaimTableQuery): boolean {
  return Boolean(query.q || query.topic || query.kind || query.stance || query.contested);
}

/** The column chooser's form field naming one more outlet column to show (folded into `cols`). */
export const ADD_COLUMN_PARAM = 'addCol';

/**
 * The canonical address of what a plain GET form sent, or null when it already is one: the
 * fields the filter form left empty (and the default sort, which it always sends) are dropped,
 * so a shared URL carries only what was chosen; the column chooser's `addCol` joins the end of
 * `cols` (an invalid one is dropped). Other parameters are kept as they are, in their order.
 */
export function canonicalTableParams(params: Params): string | null {
  const kept = new URLSearchParams();
  let changed = false;
  const added: string[] = [];
  const entries: [string, string | undefined][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((one): [string, string | undefined] => [key, one]));
  for (const [key, one] of entries) {
    if (one === undefined) continue;
    if (key === ADD_COLUMN_PARAM) {
      changed = true;
      if (slug.safeParse(one.trim()).success) added.push(one.trim());
      continue;
    }
    if (one.trim() === '' || (key === 'sort' && one === DEFAULT_TABLE_QUERY.sort)) {
      changed = true;
      continue;
    }
    kept.append(key, one);
  }
  if (added.length) {
    const cols = (kept.get('cols') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    kept.set('cols', [...new Set([...cols, ...added])].join(','));
  }
  return changed ? kept.toString() : null;
}
