'use client';
// The review queue's cells, workable with the keyboard alone: j / k (or the arrow keys) move
// between cells, a accepts the best passage as `states`, c as `contradicts`, o marks the
// outlet's articles as omitting the claim, d dismisses the passage, x selects the cell for the
// bulk "mark omits". Each action is the ordinary operation (createEvidence, markOmission,
// dismissSuggestion); a settled cell leaves the list and focus stays at its place.
import Link from '@/components/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl/react';
import type { ReviewCell } from '@/lib/data/reads/find-review-queue';
import { FormAlert, useActionRunner } from './action-result-client';
import { acceptSuggestion, dismissSuggestion, markOmits, SuggestionPassage, VerdictLine, type AcceptStance } from './suggestions-client';

const button = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-50';

function cellKey(cell: Pick<ReviewCell, 'claimId' | 'outlet'>): string {
  return `${cell.claimId}:${cell.outlet}`;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) && !(target instanceof HTMLInputElement && target.type === 'checkbox');
}

export function ReviewQueueClient({ cells }: { cells: ReviewCell[] }) {
  const t = useTranslations();
  const router = useRouter();
  const listRef = useRef<HTMLOListElement>(null);
  const [gone, setGone] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const refocus = useRef<number | null>(null);
  const { error, status, pending, run } = useActionRunner();
  const shown = cells.filter((c) => !gone.has(cellKey(c)));

  const focusCell = useCallback((index: number) => {
    const items = listRef.current?.querySelectorAll<HTMLElement>('[data-review-cell]');
    if (!items || items.length === 0) return;
    const at = Math.max(0, Math.min(index, items.length - 1));
    setActive(at);
    items[at]!.focus();
  }, []);

  // After a cell leaves the list, focus the one that took its place.
  useEffect(() => {
    if (refocus.current === null) return;
    const at = refocus.current;
    refocus.current = null;
    focusCell(at);
  }, [shown.length, focusCell]);

  const settle = (keys: string[], index: number) => {
    refocus.current = index;
    setGone((g) => new Set([...g, ...keys]));
    setSelected((s) => new Set([...s].filter((k) => !keys.includes(k))));
    router.refresh();
  };

  const act = (cell: ReviewCell, index: number, what: 'states' | 'contradicts' | 'omits' | 'dismiss') => {
    if (pending) return;
    const where = `${cell.outletName}: ${cell.claimText}`;
    if (what === 'omits') {
      run(() => markOmits([{ claimId: cell.claimId, outlet: cell.outlet }]), t('finder.markedOmits', { where }), () => settle([cellKey(cell)], index));
      return;
    }
    const suggestion = cell.suggestion;
    if (!suggestion) return;
    if (what === 'dismiss') {
      // the cell stays open: the refreshed queue shows its next passage (or its `none` verdict)
      run(() => dismissSuggestion(cell.claimId, suggestion), t('finder.dismissed', { where }), () => router.refresh());
      return;
    }
    const stance: AcceptStance = what;
    run(() => acceptSuggestion(cell.claimId, suggestion, stance), t('finder.accepted', { stance: t(`finder.stance.${stance}`), where }), () => settle([cellKey(cell)], index));
  };

  const toggle = (cell: ReviewCell) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(cellKey(cell))) next.delete(cellKey(cell));
      else next.add(cellKey(cell));
      return next;
    });

  // The keys work anywhere on the page except while typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const items = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-review-cell]') ?? [])];
      if (items.length === 0) return;
      const focused = items.findIndex((item) => item.contains(document.activeElement));
      const index = focused >= 0 ? focused : -1;
      const key = event.key;
      if (key === 'j' || key === 'ArrowDown') {
        if (key === 'ArrowDown' && index < 0) return;
        event.preventDefault();
        focusCell(index < 0 ? 0 : index + 1);
        return;
      }
      if (key === 'k' || key === 'ArrowUp') {
        if (key === 'ArrowUp' && index < 0) return;
        event.preventDefault();
        focusCell(index < 0 ? 0 : index - 1);
        return;
      }
      if (index < 0) return;
      const cell = shown[index];
      if (!cell) return;
      const what = ({ a: 'states', c: 'contradicts', o: 'omits', d: 'dismiss' } as const)[key as 'a' | 'c' | 'o' | 'd'];
      if (what) {
        event.preventDefault();
        act(cell, index, what);
      } else if (key === 'x') {
        event.preventDefault();
        toggle(cell);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const chosen = shown.filter((c) => selected.has(cellKey(c)));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-50"
          disabled={pending || chosen.length === 0}
          onClick={() => {
            const first = shown.findIndex((c) => selected.has(cellKey(c)));
            run(
              () => markOmits(chosen.map((c) => ({ claimId: c.claimId, outlet: c.outlet }))),
              t('finder.bulkMarked', { count: chosen.length }),
              () => settle(chosen.map(cellKey), first),
            );
          }}
        >
          {t('finder.bulkMarkOmits', { count: chosen.length })}
        </button>
        <p role="status" className="text-sm text-slate-700" data-review-status="">{status}</p>
      </div>
      <FormAlert error={error} />
      {shown.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">{t('finder.queueEmpty')}</p>
      ) : (
        <ol ref={listRef} className="space-y-3" aria-label={t('finder.queueLabel')}>
          {shown.map((cell, index) => {
            const key = cellKey(cell);
            const where = `${cell.outletName}: ${cell.claimText}`;
            return (
              <li
                key={key}
                tabIndex={index === Math.min(active, shown.length - 1) ? 0 : -1}
                onFocus={(event) => {
                  if (event.target === event.currentTarget) setActive(index);
                }}
                aria-label={t('finder.cellLabel', { outlet: cell.outletName, claim: cell.claimText })}
                className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
                data-review-cell=""
                data-claim-id={cell.claimId}
                data-outlet={cell.outlet}
                data-verdict={cell.verdict}
                aria-busy={pending}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="min-w-0 flex-1">
                    <Link href={`/claims/${cell.claimId}`} className="font-medium text-blue-700 hover:underline" lang={cell.claimLang}>{cell.claimText}</Link>
                    {cell.claimStatus === 'draft' && <span className="ml-1 rounded bg-slate-200 px-1 text-xs text-slate-700">{t('common.draftTag')}</span>}
                  </p>
                  <label className="flex items-center gap-1 text-sm">
                    <input type="checkbox" checked={selected.has(key)} onChange={() => toggle(cell)} />
                    {t('finder.select')}<span className="sr-only"> ({where})</span>
                  </label>
                </div>
                <p className="text-sm font-semibold" lang={cell.outletLanguage}>{cell.outletName}</p>
                <VerdictLine verdict={cell.verdict} articlesSearched={cell.articlesSearched} articlesPredating={cell.articlesPredating} />
                {cell.suggestion && (
                  <div>
                    {cell.verdict === 'none' && <p className="text-xs text-slate-600">{t('finder.weakBest')}</p>}
                    <SuggestionPassage suggestion={cell.suggestion} />
                  </div>
                )}
                <div className="flex flex-wrap gap-2">
                  {cell.suggestion && (
                    <>
                      <button type="button" className={button} disabled={pending} onClick={() => act(cell, index, 'states')}>
                        {t('finder.acceptStates')} <kbd className="text-xs text-slate-500">a</kbd><span className="sr-only"> ({where})</span>
                      </button>
                      <button type="button" className={button} disabled={pending} onClick={() => act(cell, index, 'contradicts')}>
                        {t('finder.acceptContradicts')} <kbd className="text-xs text-slate-500">c</kbd><span className="sr-only"> ({where})</span>
                      </button>
                    </>
                  )}
                  <button type="button" className={button} disabled={pending} onClick={() => act(cell, index, 'omits')}>
                    {t('finder.markOmits', { count: cell.articlesSearched })} <kbd className="text-xs text-slate-500">o</kbd><span className="sr-only"> ({where})</span>
                  </button>
                  {cell.suggestion && (
                    <button type="button" className={button} disabled={pending} onClick={() => act(cell, index, 'dismiss')}>
                      {t('finder.dismiss')} <kbd className="text-xs text-slate-500">d</kbd><span className="sr-only"> ({where})</span>
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
