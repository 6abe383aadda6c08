// A claim's history (editors and readers alike see it on the claim's page; editors get the
// restore buttons): every revision of the claim, its quotes and its omission marks, newest first.
// A deleted quote that is back on the claim (restored, or quoted again) offers no second restore.
import { LocalTime } from '@/components/local-time-client';
import { RestoreButtonClient } from '@/components/editor-islands-client';
import { isComparator, isStance } from '@/lib/claims';
import { changedContentFields } from '@/lib/claims/claim-content';
import { describeRevision, knownClaimField, knownRevisionAction } from '@/lib/claims/describe-revision';
import type { RevisionDto } from '@/lib/data/types';
import { getT } from '@/lib/i18n/server';

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The key a quote is recognised by when it comes back: its article and its words. */
export function quoteKey(articleId: number, exact: string): string {
  return `${articleId}\u0000${exact}`;
}

/** A claim snapshot's content fields, leniently (old snapshots may lack some). */
function contentOf(snapshot: unknown) {
  const row = (snapshot && typeof snapshot === 'object' ? snapshot : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { text: text(row.text) ?? '', value: typeof row.value === 'number' ? row.value : null, comparator: text(row.comparator), unit: text(row.unit), asOf: text(row.asOf) };
}

type Props = {
  history: RevisionDto[];
  titleById: Map<number, string>;
  editor: boolean;
  /** the claim's current version; null for a deleted claim (nothing to restore onto) */
  claimVersion: number | null;
  /** quoteKey of every quote the claim has now */
  quotesBack: Set<string>;
};

export async function ClaimHistory({ history, titleById, editor, claimVersion, quotesBack }: Props) {
  const t = await getT();
  const fieldLabel = (field: string) => {
    const known = knownClaimField(field);
    return known ? t(`history.field.${known}`) : field;
  };
  return (
    <section aria-labelledby="history" className="space-y-2">
      <h2 id="history" className="text-lg font-semibold">{t('history.title')}</h2>
      <ol className="space-y-2 text-sm" data-testid="claim-history">
        {history.map((revision) => {
          const summary = describeRevision(revision);
          const who = revision.actor?.name ?? t('history.seedImport');
          const action = knownRevisionAction(revision.action);
          const stance = summary.stance && isStance(summary.stance) ? t(`stance.${summary.stance}`) : '';
          const title = summary.articleId ? titleById.get(summary.articleId) : undefined;
          return (
            <li key={revision.id} className="rounded border border-slate-200 bg-white p-3" data-revision-id={revision.id} data-action={revision.action} data-entity={revision.entityType}>
              <p>
                <LocalTime iso={revision.createdAt} className="text-slate-500" />{' '}
                <span className="font-medium">{who}</span>{' '}
                {summary.entity === 'claim' && <>{action ? t(`history.claim.${action}`) : t('history.claim.other', { action: revision.action })}</>}
                {summary.entity === 'evidence' && (
                  <>
                    {action ? t(`history.evidence.${action}`, { stance }) : t('history.evidence.other', { action: revision.action, stance })}
                    {title && <> {t('history.from')} <span lang="zh">{title}</span></>}
                  </>
                )}
                {summary.entity === 'review' && (
                  <>
                    {revision.action === 'delete'
                      ? t('history.reviewCleared')
                      : revision.action === 'confirm'
                        ? t('history.reviewConfirmed')
                        : revision.action === 'restore'
                          ? t('history.reviewRestored')
                          : t('history.reviewMarked')}{' '}
                    {title && <span lang="zh">{title}</span>}
                  </>
                )}
              </p>
              {summary.quote && <q className="mt-1 block text-slate-700" lang="zh">{summary.quote}</q>}
              {summary.changes.length > 0 && (
                <ul className="mt-1 space-y-0.5 text-slate-600">
                  {summary.changes.map((change) => (
                    <li key={change.field}>
                      {fieldLabel(change.field)}: <del className="text-slate-400">{formatValue(change.field === 'comparator' && isComparator(change.before) ? t(`comparator.${change.before}`) : change.before)}</del> →{' '}
                      <ins className="no-underline">{formatValue(change.field === 'comparator' && isComparator(change.after) ? t(`comparator.${change.after}`) : change.after)}</ins>
                    </li>
                  ))}
                </ul>
              )}
              {summary.entity === 'claim' && summary.changes.length > 0 && changedContentFields(contentOf(revision.before), contentOf(revision.after)).length > 0 && (
                <p className="mt-1 text-slate-600" data-flagged-cells="">{t('history.flaggedCells')}</p>
              )}
              {editor && claimVersion !== null && summary.entity === 'claim' && revision.after !== null && revision.action !== 'delete' && (
                <RestoreButtonClient kind="claim" revisionId={revision.id} version={claimVersion} label={t('history.restoreClaim')} />
              )}
              {editor && claimVersion !== null && summary.entity === 'evidence' && revision.action === 'delete' &&
                (summary.articleId !== null && summary.quote !== null && quotesBack.has(quoteKey(summary.articleId, summary.quote)) ? (
                  <p className="mt-1 text-slate-500" data-quote-back="">{t('history.quoteBack')}</p>
                ) : (
                  <RestoreButtonClient kind="evidence" revisionId={revision.id} label={t('history.restoreQuote')} />
                ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
