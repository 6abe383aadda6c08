// Turns one revision (entity, action, before/after row snapshots) into what a reader of the
// claim's history needs: what happened, to which article, and which claim fields changed.
import { CLAIM_EDITABLE_FIELDS, type ClaimEditableField } from './shapes';

export const REVISION_ENTITIES = ['claim', 'evidence', 'review', 'dismissal', 'article', 'topic'] as const;
export type RevisionEntity = (typeof REVISION_ENTITIES)[number];

export type RevisionSummary = {
  entity: RevisionEntity;
  action: string;
  /** the article a quote or omission mark belongs to */
  articleId: number | null;
  /** for evidence: the quote and stance */
  quote: string | null;
  stance: string | null;
  /** for claim updates: the fields whose values differ, with both values */
  changes: { field: string; before: unknown; after: unknown }[];
};

/** 'confirm': an editor confirmed a quote or omission mark flagged for re-review still holds. */
export const REVISION_ACTIONS = ['create', 'update', 'delete', 'merge', 'restore', 'confirm'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export function knownRevisionAction(action: string): RevisionAction | null {
  return (REVISION_ACTIONS as readonly string[]).includes(action) ? (action as RevisionAction) : null;
}

/** A field a history entry compares: one an editor sets. */
export function knownClaimField(field: string): ClaimEditableField | null {
  return (CLAIM_EDITABLE_FIELDS as readonly string[]).includes(field) ? (field as ClaimEditableField) : null;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function normalise(field: string, value: unknown): unknown {
  if (field === 'asOf' && typeof value === 'string') return value.slice(0, 10);
  return value ?? null;
}

export function describeRevision(revision: { entityType: string; action: string; before: unknown; after: unknown }): RevisionSummary {
  const before = record(revision.before);
  const after = record(revision.after);
  const row = Object.keys(after).length ? after : before;
  const entity = (REVISION_ENTITIES as readonly string[]).includes(revision.entityType) ? (revision.entityType as RevisionEntity) : 'claim';
  const changes =
    entity === 'claim' && Object.keys(before).length && Object.keys(after).length
      ? CLAIM_EDITABLE_FIELDS.filter((f) => JSON.stringify(normalise(f, before[f])) !== JSON.stringify(normalise(f, after[f]))).map((field) => ({
          field,
          before: normalise(field, before[field]),
          after: normalise(field, after[field]),
        }))
      : [];
  return {
    entity,
    action: revision.action,
    articleId: typeof row.articleId === 'number' ? row.articleId : null,
    quote: typeof row.exact === 'string' ? row.exact : null,
    stance: typeof row.stance === 'string' ? row.stance : null,
    changes,
  };
}
