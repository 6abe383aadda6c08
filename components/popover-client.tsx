'use client';
// A small non-modal dialog placed next to a point in the article (a selection or a
// highlight), or on a phone a sheet at the bottom of the screen. Focus moves into it when it opens; Escape closes it and gives focus back to
// where it came from.
import { focusHighlight } from './focus-highlight';
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslations } from 'use-intl/react';

export type PopoverAnchor = { top: number; bottom: number; left: number };

const FOCUSABLE = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';
const WIDTH = 448; // 28rem

/** The viewport rectangle of a range or element, as page coordinates for the popover. */
export function anchorFromRect(rect: DOMRect): PopoverAnchor {
  return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY, left: rect.left + window.scrollX };
}

export function Popover({
  title,
  anchor,
  onClose,
  returnFocus,
  closeOnOutsideClick = false,
  children,
}: {
  title: string;
  anchor: PopoverAnchor;
  /** `restoreFocus` is false when the user clicked elsewhere (focus goes where they clicked). */
  onClose: (restoreFocus: boolean) => void;
  returnFocus?: HTMLElement | null;
  closeOnOutsideClick?: boolean;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const first = node.querySelector<HTMLElement>('[data-autofocus]') ?? node.querySelector<HTMLElement>(FOCUSABLE) ?? node;
    first.focus();
  }, []);

  useEffect(() => {
    if (!closeOnOutsideClick) return;
    const onPointerDown = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onCloseRef.current(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [closeOnOutsideClick]);

  const left = Math.max(window.scrollX + 8, Math.min(anchor.left, window.scrollX + window.innerWidth - WIDTH - 8));

  return createPortal(
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes a dialog (WAI-ARIA dialog pattern)
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-annotator-popover=""
      // On a phone it is a sheet fixed to the bottom of the screen, so its actions stay in view
      // wherever the selection was; the fixed position overrides the inline top/left.
      className="absolute z-40 max-h-[80vh] w-[min(28rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-slate-300 bg-white p-4 text-base shadow-xl max-sm:fixed max-sm:inset-x-2 max-sm:bottom-2 max-sm:top-auto! max-sm:left-2! max-sm:max-h-[70dvh] max-sm:w-auto"
      style={{ top: anchor.bottom + 8, left }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCloseRef.current(true);
      }}
    >
      <div className="mb-3 flex items-start justify-between gap-2">
        <h2 id={titleId} className="font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={() => onCloseRef.current(true)}
          className="rounded px-2 text-xl leading-none text-slate-500 hover:bg-slate-100 hover:text-slate-900"
          aria-label={t('common.close')}
        >
          ×
        </button>
      </div>
      {children}
      <FocusReturn to={returnFocus} />
    </div>,
    document.body,
  );
}

/** Gives focus back on unmount unless something else already took it outside the dialog. */
function FocusReturn({ to }: { to?: HTMLElement | null }) {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const dialog = marker.current?.closest('[role="dialog"]');
    return () => {
      const active = document.activeElement;
      const focusWasInside = !active || active === document.body || (dialog?.contains(active) ?? false);
      if (!to?.isConnected || !focusWasInside) return;
      if (to.matches('mark.evidence')) focusHighlight(to);
      else to.focus({ preventScroll: true });
    };
  }, [to]);
  return <span ref={marker} hidden />;
}
