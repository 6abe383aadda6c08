// Says in words and in JSON which claims an export holds: the report's cover, the Markdown
// title block and the JSON export's "query" all come from here.
import { claimKindLabel, type ClaimKind } from '../claims/claim-kind';
import type { CellStance } from '../claims/stance';
import type { TableSort } from '../claims/table-query';
import type { JsonQuery } from './json-shape';
import type { ExportOutlet, ExportScope } from './types';

/** The words a scope is described in: English for the exports, the interface language for the printable report. */
export type ScopeWords = {
  claim: (id: number) => string;
  outlet: (name: string) => string;
  matching: (q: string) => string;
  topic: (topic: string) => string;
  kind: (kind: ClaimKind) => string;
  contested: string;
  /** "omitted by BBC中文" */
  stanceIn: (stance: CellStance, outlet: string) => string;
  /** "omitted by at least one outlet" */
  stanceAny: (stance: CellStance) => string;
  sort: (sort: TableSort) => string;
  /** the subject with its filters, already joined */
  filtered: (filters: string) => string;
  all: string;
  listSeparator: string;
  sentence: (subject: string, sort: string, columns: string | null) => string;
};

const STANCE_PHRASES: Record<CellStance, [inOutlet: string, anyOutlet: string]> = {
  states: ['stated by', 'stated by at least one outlet'],
  contradicts: ['contradicted by', 'contradicted by at least one outlet'],
  mixed: ['both stated and contradicted by', 'both stated and contradicted by one outlet'],
  omits: ['omitted by', 'omitted by at least one outlet'],
  predates: ['published after all coverage by', 'published after all coverage of at least one outlet'],
  rereview: ['needing re-review in', 'needing re-review in at least one outlet'],
  unchecked: ['not yet checked in', 'not yet checked in at least one outlet'],
};

const SORTS: Record<TableSort, string> = {
  newest: 'newest first',
  contested: 'most contested first',
  coverage: 'widest coverage first',
  omitted: 'most omitted first',
};

export const ENGLISH_SCOPE_WORDS: ScopeWords = {
  claim: (id) => `Claim #${id}.`,
  outlet: (name) => `Every published claim, as covered by ${name}.`,
  matching: (q) => `matching “${q}”`,
  topic: (topic) => `on topic “${topic}”`,
  kind: (kind) => `of kind ${claimKindLabel(kind).toLowerCase()}`,
  contested: 'contested (stated by one outlet, contradicted by another)',
  stanceIn: (stance, outlet) => `${STANCE_PHRASES[stance][0]} ${outlet}`,
  stanceAny: (stance) => STANCE_PHRASES[stance][1],
  sort: (sort) => SORTS[sort],
  filtered: (filters) => `Published claims ${filters}`,
  all: 'All published claims',
  listSeparator: ', ',
  sentence: (subject, sort, columns) => `${subject}; ${sort}.${columns === null ? '' : ` Columns: ${columns}.`}`,
};

/**
 * One sentence, e.g. "Published claims matching “普京”, contested, omitted by BBC中文; most
 * contested first. Columns: BBC中文, 美国之音." Outlet names come from `outlets` (slugs
 * otherwise).
 */
export function describeScope(scope: ExportScope, outlets: readonly ExportOutlet[], words: ScopeWords = ENGLISH_SCOPE_WORDS): string {
  const name = (slug: string) => outlets.find((o) => o.slug === slug)?.name ?? slug;
  if (scope.scope === 'claim') return words.claim(scope.claimId);
  if (scope.scope === 'outlet') return words.outlet(name(scope.outlet));

  const { query } = scope;
  const filters: string[] = [];
  if (query.q) filters.push(words.matching(query.q));
  if (query.topic) filters.push(words.topic(query.topic));
  if (query.kind) filters.push(words.kind(query.kind));
  if (query.contested) filters.push(words.contested);
  if (query.stance) filters.push(query.outlet ? words.stanceIn(query.stance, name(query.outlet)) : words.stanceAny(query.stance));
  const subject = filters.length ? words.filtered(filters.join(words.listSeparator)) : words.all;
  const columns = query.cols ? outlets.map((o) => o.name).join(words.listSeparator) : null;
  return words.sentence(subject, words.sort(query.sort), columns);
}

/** The JSON export's "query": its shape is declared in json-shape.ts. */
export type ScopeJson = JsonQuery;

/** The JSON export's "query": the filters as parsed (page and page size do not apply). */
export function scopeToJson(scope: ExportScope): ScopeJson {
  if (scope.scope === 'claim') return { scope: 'claim', claim: scope.claimId };
  if (scope.scope === 'outlet') return { scope: 'outlet', outlet: scope.outlet };
  const { q, topic, kind, stance, outlet, contested, sort, cols } = scope.query;
  return { scope: 'view', q, topic, kind, stance, outlet, contested, sort, cols };
}
