// Where a quote kept in a revision snapshot sits in its article today: at its old span if the
// article still holds it there, else wherever it uniquely occurs with its stored context.
// Shared by restoreEvidence and restoreDeletedClaim.
import { anchorQuote } from '../../anchoring';
import type { ErrorMessage } from '../../errors';
import type { EvidenceSnapshot } from '../revision-snapshots';

export type Reanchored = { ok: true; start: number; end: number; exact: string } | { ok: false; message: string; reason: ErrorMessage };

export function reanchorSnapshot(articleText: string, old: Pick<EvidenceSnapshot, 'exact' | 'start' | 'end' | 'prefix' | 'suffix'>): Reanchored {
  const atOldSpan = anchorQuote(articleText, { exact: old.exact, start: old.start, end: old.end });
  const anchored = atOldSpan.ok ? atOldSpan : anchorQuote(articleText, { exact: old.exact, prefix: old.prefix, suffix: old.suffix });
  if (!anchored.ok) return { ok: false, message: anchored.message, reason: anchored.reason };
  const { start, end, exact } = anchored.anchor;
  return { ok: true, start, end, exact };
}
