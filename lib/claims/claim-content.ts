// Owns which changes to a claim alter what its quotes and omission marks were judged against:
// its wording, value, comparator, unit and as-of date. Such a change flags the claim's cells
// "needs re-review" (the cell stance 'rereview'); a gloss, topics, kind or status change does not.
// The database only stores the flags; this is the one place that decides when to set them.
export const CLAIM_CONTENT_FIELDS = ['text', 'value', 'comparator', 'unit', 'asOf'] as const;
export type ClaimContentField = (typeof CLAIM_CONTENT_FIELDS)[number];

export type ClaimContent = { text: string; value: number | null; comparator: string | null; unit: string | null; asOf: Date | string | null };

/** A date as YYYY-MM-DD (a Date from the database, or a date or ISO string), or null. */
function day(value: Date | string | null): string | null {
  if (value === null) return null;
  return (typeof value === 'string' ? value : value.toISOString()).slice(0, 10);
}

/** The content fields that differ between two states of a claim. */
export function changedContentFields(before: ClaimContent, after: ClaimContent): ClaimContentField[] {
  return CLAIM_CONTENT_FIELDS.filter((field) =>
    field === 'asOf' ? day(before.asOf) !== day(after.asOf) : (before[field] ?? null) !== (after[field] ?? null),
  );
}

/** Whether going from `before` to `after` calls the claim's existing cells into question. */
export function changesClaimContent(before: ClaimContent, after: ClaimContent): boolean {
  return changedContentFields(before, after).length > 0;
}
