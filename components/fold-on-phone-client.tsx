'use client';
// A disclosure that is open on wider screens and folded on a phone (below Tailwind's sm, 640
// px), so the claim table's filters do not push the claims off the first screen. Rendered
// folded for a request the server knows comes from a phone (`phone`, lib/http/phone-request.ts),
// so nothing moves once the page is on screen; otherwise rendered open (the server cannot know
// the width, and without JavaScript everything stays usable), then folded once on a narrow
// screen. Never folded while `keepOpen` (filters are in use). The summary shows only on narrow
// screens; on wider ones the disclosure is always open.
import { useEffect, useRef } from 'react';

const PHONE = '(max-width: 639.98px)';

export function FoldOnPhone({ summary, keepOpen, phone = false, children }: { summary: React.ReactNode; keepOpen: boolean; phone?: boolean; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const media = window.matchMedia(PHONE);
    if (media.matches && !keepOpen) details.open = false;
    // Widening the window never leaves the filters folded away with no summary to open them.
    const onChange = () => {
      if (!media.matches) details.open = true;
    };
    media.addEventListener('change', onChange);
    details.dataset.foldReady = 'true';
    return () => media.removeEventListener('change', onChange);
  }, [keepOpen]);
  return (
    <details ref={ref} open={keepOpen || !phone} className="group" data-fold-on-phone="">
      <summary className="mb-2 cursor-pointer rounded border border-slate-200 bg-white px-3 py-2 text-sm font-medium sm:hidden">{summary}</summary>
      {children}
    </details>
  );
}
