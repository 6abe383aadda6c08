'use client';
// Wraps the server-rendered article (HighlightedArticle, passed as children) and adds the
// reader's interactions: a highlight opens its claim and stance (editors may edit or delete
// it); editors select text (mouse, or Shift+arrows then releasing Shift) to tag it with a
// claim. A touch selection has no mouse-up and is adjusted with handles, so the annotator also
// follows the selection as it changes (selectionchange) and offers a "Tag selection" button
// beside it that opens the form without taking the selection away while it is being made. The current selection's offsets are mirrored in data-selection-start/-end on the
// root, which is harmless and lets end-to-end tests check the mapping without signing in.
import { focusHighlight } from './focus-highlight';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslations } from 'use-intl/react';
import { createCodePointIndex, type CodePointIndex } from '@/lib/anchoring/code-points';
import { describeRange } from '@/lib/anchoring/describe-range';
import type { Anchor } from '@/lib/anchoring';
import type { AnnotationActions } from './action-result-client';
import type { NewClaim } from './annotate-selection-form-client';
import { AnnotateSelectionForm, NewClaimSuggestionsClient } from './editor-islands-client';
import { EvidenceDetails, type AnnotatedEvidence } from './evidence-details-client';
import { Popover, anchorFromRect, type PopoverAnchor } from './popover-client';
import { rangeToOffsets, type SelectionOffsetsResult } from '@/lib/anchoring/dom/selection-offsets';

type OpenPopover =
  | { kind: 'create'; anchor: Anchor; at: PopoverAnchor; range: Range; returnFocus: HTMLElement | null }
  | { kind: 'evidence'; ids: number[]; at: PopoverAnchor; returnFocus: HTMLElement | null };

type MappedSelection = { range: Range; result: SelectionOffsetsResult };

/** The selection the "Tag selection" button would tag, followed as it changes. */
type Offered = { key: string; anchor: Anchor; at: PopoverAnchor; range: Range };

const ROOT = '[data-article-root]';

/** The document selection, mapped, if it touches the article at all. */
function mapSelection(container: HTMLElement | null, index: CodePointIndex): MappedSelection | null {
  const root = container?.querySelector(ROOT);
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  return { range, result: rangeToOffsets(range, root, index) };
}

/** Where a popover about a selection goes: below its last line, from its leftmost start. */
function selectionAnchor(range: Range): PopoverAnchor {
  const rects = range.getClientRects();
  const last = rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
  const first = rects.length > 0 ? rects[0]! : last;
  const at = anchorFromRect(last);
  return { ...at, left: Math.min(at.left, first.left + window.scrollX) };
}

function isInPopover(target: EventTarget | null): boolean {
  return target instanceof Element && Boolean(target.closest('[data-annotator-popover]'));
}

function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

export function ArticleAnnotator({
  articleId,
  text,
  lang,
  evidence,
  actions,
  children,
}: {
  articleId: number;
  /** The stored article text the offsets refer to (the same text the children render). */
  text: string;
  lang: string;
  /** Every quote highlighted in the children, with what its popover shows. */
  evidence: AnnotatedEvidence[];
  /** Server actions; given to editors only. Without them everything is read-only. */
  actions?: AnnotationActions;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  const router = useRouter();
  const containerRef = useRef<HTMLDivElement>(null);
  const index = useMemo(() => createCodePointIndex(text), [text]);
  const byId = useMemo(() => new Map(evidence.map((e) => [e.id, e])), [evidence]);
  const [open, setOpen] = useState<OpenPopover | null>(null);
  const [notice, setNotice] = useState('');
  // The claim just made from a selection: what the finder found for it in the other outlets.
  const [created, setCreated] = useState<NewClaim | null>(null);
  const canEdit = Boolean(actions);
  // An editor's first selection should not wait for the form's chunk: fetch it once the page runs.
  useEffect(() => {
    if (canEdit) void import('./annotate-selection-form-client');
  }, [canEdit]);
  // The span last offered in the form ("start-end"), so releasing Shift for Shift+Tab does
  // not reopen it; cleared when the selection collapses inside the article.
  const lastOffered = useRef<string | null>(null);
  const [offered, setOffered] = useState<Offered | null>(null);
  // A mouse button held down: the drag is still going, and mouse-up will open the form itself.
  const mouseDown = useRef(false);

  // Mirror the selection's offsets on the root for everyone (tests, debugging).
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    container.dataset.annotatorReady = 'true';
    const onSelectionChange = () => {
      const mapped = mapSelection(container, index);
      // A caret in the article (not focus moving into the popover) ends the offered span.
      if (mapped?.range.collapsed) lastOffered.current = null;
      if (mapped && 'start' in mapped.result) {
        container.dataset.selectionStart = String(mapped.result.start);
        container.dataset.selectionEnd = String(mapped.result.end);
        delete container.dataset.selectionError;
        if (canEdit && !mouseDown.current && !mapped.range.collapsed) {
          const { start, end } = mapped.result;
          setOffered({ key: `${start}-${end}`, anchor: describeRange(index, start, end), at: selectionAnchor(mapped.range), range: mapped.range.cloneRange() });
        }
      } else {
        // A tap elsewhere in the text ends the offer; focus moving into the form does not.
        if (mapped?.range.collapsed) setOffered(null);
        delete container.dataset.selectionStart;
        delete container.dataset.selectionEnd;
        if (mapped && 'error' in mapped.result && !mapped.range.collapsed) container.dataset.selectionError = mapped.result.error;
        else delete container.dataset.selectionError;
      }
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === 'mouse') mouseDown.current = true;
    };
    const onPointerUp = () => {
      mouseDown.current = false;
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
    };
  }, [index, canEdit]);

  // Editors: a finished selection (mouse up, or Shift released after Shift+arrows) opens the form.
  useEffect(() => {
    if (!canEdit) return;
    const openFromSelection = (source: 'mouse' | 'keyboard') => {
      const mapped = mapSelection(containerRef.current, index);
      if (!mapped || mapped.range.collapsed) return;
      if ('error' in mapped.result) {
        setNotice(t('annotate.cannotTag', { error: mapped.result.error }));
        return;
      }
      const key = `${mapped.result.start}-${mapped.result.end}`;
      if (source === 'keyboard' && key === lastOffered.current) return;
      lastOffered.current = key;
      setNotice('');
      setOffered(null);
      setOpen({
        kind: 'create',
        anchor: describeRange(index, mapped.result.start, mapped.result.end),
        at: selectionAnchor(mapped.range),
        range: mapped.range.cloneRange(),
        returnFocus: focusedElement(),
      });
    };
    const onMouseUp = (event: MouseEvent) => {
      // Only a drag that ends over the article; a click elsewhere leaves a selection alone.
      const root = containerRef.current?.querySelector(ROOT);
      if (event.button !== 0 || !(event.target instanceof Node) || !root?.contains(event.target)) return;
      // Let a click inside an existing selection collapse it first.
      setTimeout(() => openFromSelection('mouse'), 0);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === 'Shift' && !isInPopover(event.target)) openFromSelection('keyboard');
    };
    document.addEventListener('mouseup', onMouseUp);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('mouseup', onMouseUp);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [canEdit, index, t]);

  const openEvidence = (mark: Element) => {
    const ids = (mark.getAttribute('data-evidence-ids') ?? '').split(' ').map(Number).filter(Number.isInteger);
    if (ids.length === 0) return;
    const focusable = mark instanceof HTMLElement && mark.hasAttribute('data-quote-start') ? mark : document.getElementById(`e-${ids[0]}`);
    setOpen({ kind: 'evidence', ids, at: anchorFromRect(mark.getBoundingClientRect()), returnFocus: focusable });
  };

  const highlightAt = (target: EventTarget | null): Element | null => {
    if (!(target instanceof Element)) return null;
    const mark = target.closest('mark[data-evidence-ids]');
    return mark && containerRef.current?.querySelector(ROOT)?.contains(mark) ? mark : null;
  };

  // Keyboard access to highlights: move focus to the previous/next quote in reading order.
  const position = useRef(-1);
  const step = (by: 1 | -1) => {
    const marks = [...(containerRef.current?.querySelectorAll<HTMLElement>('mark[data-quote-start]') ?? [])];
    if (marks.length === 0) return;
    const current = marks.indexOf(document.activeElement as HTMLElement);
    const from = current >= 0 ? current : position.current;
    position.current = (from + by + marks.length) % marks.length;
    focusHighlight(marks[position.current]!, { scroll: true });
  };

  const close = (restoreSelection: boolean) => {
    if (restoreSelection && open?.kind === 'create') {
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(open.range);
    }
    setOpen(null);
  };

  const afterWrite = (message: string) => {
    setOpen(null);
    setNotice(message);
    router.refresh();
  };

  const reload = () => {
    setOpen(null);
    router.refresh();
  };

  return (
    // Clicks and keys are delegated from the highlights: the toolbar's previous/next buttons focus a
    // quote (components/focus-highlight.ts) and Enter or Space opens it through the onKeyDown below.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={containerRef}
      data-article-annotator=""
      data-can-edit={canEdit ? 'true' : 'false'}
      onClick={(event) => {
        const mark = highlightAt(event.target);
        if (!mark) return;
        // A drag that ends on a highlight is a selection, not a click.
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed) return;
        openEvidence(mark);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        const mark = highlightAt(event.target);
        if (!mark || event.target !== mark) return;
        event.preventDefault();
        openEvidence(mark);
      }}
    >
      <p className="mb-4 text-sm text-slate-600">
        {canEdit ? t('annotate.helpEditor') : t('annotate.helpReader')}
      </p>
      <p role="status" aria-live="polite" className={notice ? 'mb-2 text-sm text-slate-700' : ''} data-annotator-notice="">
        {notice}
      </p>
      <div className="mb-3 flex flex-wrap items-center gap-2 text-sm" role="toolbar" aria-label={t('annotate.toolbar')}>
        <button type="button" className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50" onClick={() => step(-1)}>
          {t('annotate.previous')}
        </button>
        <button type="button" className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50" onClick={() => step(1)}>
          {t('annotate.next')}
        </button>
        <span className="text-xs text-slate-500">{t('annotate.enterOpens')}</span>
      </div>
      {created && actions && <NewClaimSuggestionsClient key={created.claimId} claimId={created.claimId} claimText={created.text} claimLang={created.lang} onClose={() => setCreated(null)} />}
      {children}
      {offered && !open && actions && createPortal(
        <button
          type="button"
          data-tag-selection=""
          className="absolute z-30 rounded-full bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-lg hover:bg-blue-800"
          style={{ top: offered.at.bottom + 8, left: Math.max(8, Math.min(offered.at.left, window.scrollX + window.innerWidth - 160)) }}
          // Keep the selection (and a touch user's handles) while the button is pressed.
          onPointerDown={(event) => event.preventDefault()}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            lastOffered.current = offered.key;
            setNotice('');
            setOpen({ kind: 'create', anchor: offered.anchor, at: offered.at, range: offered.range, returnFocus: null });
            setOffered(null);
          }}
        >
          {t('annotate.tagSelection')}
        </button>,
        document.body,
      )}
      {open?.kind === 'create' && actions && (
        <Popover title={t('annotate.tagTitle')} anchor={open.at} returnFocus={open.returnFocus} onClose={close}>
          <AnnotateSelectionForm
            articleId={articleId}
            anchor={open.anchor}
            lang={lang}
            actions={actions}
            onSaved={(made) => {
              if (made) setCreated(made);
              afterWrite(t('annotate.quoteSaved'));
            }}
            onCancel={() => close(true)}
          />
        </Popover>
      )}
      {open?.kind === 'evidence' && (
        <Popover
          title={open.ids.length > 1 ? t('annotate.quotesHere', { count: open.ids.length }) : t('annotate.quoteTitle')}
          anchor={open.at}
          returnFocus={open.returnFocus}
          onClose={() => setOpen(null)}
          closeOnOutsideClick
        >
          <EvidenceDetails
            evidence={open.ids.flatMap((id) => byId.get(id) ?? [])}
            lang={lang}
            actions={actions}
            onDone={(what) => afterWrite(what === 'deleted' ? t('evidence.deleted') : t('annotate.quoteUpdated'))}
            onReload={reload}
          />
        </Popover>
      )}
    </div>
  );
}
