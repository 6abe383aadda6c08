// Says in words and in JSON which claims an export holds: the report's cover, the Markdown
// title block and the JSON export's "query" all come from here.
import { claimKindLabel } from '../claims/claim-kind';
import type { CellStance } from '../claims/stance';
import type { TableSort } from '../claims/table-query';
import type { ExportOutlet, ExportScope } from './types';

const STANCE_PHRASES: Record<CellStance, [inOutlet: string, anyOutlet: string]> = {
  states: ['stated by', 'stated by at least one outlet'],
  contradicts: ['contradicted by', 'contradicted by at least one outlet'],
  mixed: ['both stated and contradicted by', 'both stated and contradicted by one outlet'],
  omits: ['omitted by', 'omitted by at least one outlet'],
  predates: ['published after all coverage by', 'published after all coverage of at least one outlet'],
  unchecked: ['not yet checked in', 'not yet checked in at least one outlet'],
};

const SORTS: Record<TableSort, string> = {
  newest: 'newest first',
  contested: 'most contested first',
  coverage: 'widest coverage first',
  omitted: 'most omitted first',
};

/**
 * One sentence, e.g. "Published claims matching “普京”, contested, omitted by BBC中文; most
 * contested first. Columns: BBC中文, 美国之音." Outlet names come from `outlets` (slugs
 * otherwise).
 */
export function describeScope(scope: ExportScope, outlets: readonly ExportOutlet[]): string {
  const name = (slug: string) => outlets.find((o) => o.slug === slug)?.name ?? slug;
  if (scope.scope === 'claim') return `Claim #${scope.claimId}.`;
  if (scope.scope === 'outlet') return `Every published claim, as covered by ${name(scope.outlet)}.`;

  const { query } = scope;
  const filters: string[] = [];
  if (query.q) filters.push(`matching “${query.q}”`);
  if (query.topic) filters.push(`on topic “${query.topic}”`);
  if (query.kind) filters.push(`of kind ${claimKindLabel(query.kind).toLowerCase()}`);
  if (query.contested) filters.push('contested (stated by one outlet, contradicted by another)');
  if (query.stance) {
    const [inOutlet, anyOutlet] = STANCE_PHRASES[query.stance];
    filters.push(query.outlet ? `${inOutlet} ${name(query.outlet)}` : anyOutlet);
  }
  const subject = filters.length ? `Published claims ${filters.join(', ')}` : 'All published claims';
  const columns = query.cols ? ` Columns: ${outlets.map((o) => o.name).join(', ')}.` : '';
  return `${subject}; ${SORTS[query.sort]}.${columns}`;
}

export type ScopeJson =
  | {
      scope: 'view';
      q: string;
      topic: string | null;
      kind: string | null;
      stance: string | null;
      outlet: string | null;
      contested: boolean;
      sort: string;
      cols: string[] | null;
    }
  | { scope: 'claim'; claim: number }
  | { scope: 'outlet'; outlet: string };

/** The JSON export's "query": the filters as parsed (page and page size do not apply). */
export function scopeToJson(scope: ExportScope): ScopeJson {
  if (scope.scope === 'claim') return { scope: 'claim', claim: scope.claimId };
  if (scope.scope === 'outlet') return { scope: 'outlet', outlet: scope.outlet };
  const { q, topic, kind, stance, outlet, contested, sort, cols } = scope.query;
  return { scope: 'view', q, topic, kind, stance, outlet, contested, sort, cols };
}
