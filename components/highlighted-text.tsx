// Renders normalised article text (or one paragraph of it) with evidence spans wrapped in
// <mark>. Offsets are code points; lib/anchoring splits the text into segments, so
// overlapping spans and spans crossing paragraphs render correctly. The first segment of
// each span carries id="e-<evidenceId>" so /articles/[id]#e-<id> scrolls to it.
//
// Every segment element (plain <span> or <mark>) and every paragraph carries its
// article-absolute code-point offsets in data-start/data-end, so a DOM selection can be
// mapped back to offsets (lib/anchoring/dom/selection-offsets.ts). Nothing but article text may be
// rendered inside the root: the mapping checks the DOM text against the stored text.
import { codePointLength, segmentParagraphs, splitIntoSegments, type Segment } from '@/lib/anchoring';
import type { Stance } from '@/lib/claims';

export type HighlightSpan = { id: number; start: number; end: number; stance: Stance; label?: string; draft?: boolean };

// Search hits share the segmentation with evidence; their span ids start with this prefix.
const HIT = 'hit-';

function SegmentView({
  segment,
  spans,
  anchored,
  interactive = false,
}: {
  segment: Segment;
  spans: Map<string, HighlightSpan>;
  anchored: Set<string>;
  interactive?: boolean;
}) {
  const hitIds = segment.spanIds.filter((id) => id.startsWith(HIT));
  const firstHit = hitIds.find((id) => !anchored.has(id));
  if (firstHit) anchored.add(firstHit);
  if (hitIds.length > 0 && hitIds.length === segment.spanIds.length) {
    return (
      <mark className="search-hit rounded bg-yellow-200" id={firstHit} data-start={segment.start} data-end={segment.end}>
        {segment.text}
      </mark>
    );
  }
  segment = hitIds.length ? { ...segment, spanIds: segment.spanIds.filter((id) => !id.startsWith(HIT)) } : segment;
  if (segment.spanIds.length === 0) {
    return (
      <span data-start={segment.start} data-end={segment.end}>
        {segment.text}
      </span>
    );
  }
  const covering = segment.spanIds.map((id) => spans.get(id)!);
  const stances = new Set(covering.map((s) => s.stance));
  const stance = stances.size > 1 ? 'mixed' : covering[0]!.stance;
  const draft = covering.some((s) => s.draft);
  const firstOf = segment.spanIds.find((id) => !anchored.has(id));
  if (firstOf) anchored.add(firstOf);
  // The first segment of each quote is where keyboard navigation lands (see
  // components/focus-highlight.ts for why it is not focusable all the time).
  const first = interactive && Boolean(firstOf);
  const mark = (
    <mark
      className={`${draft ? 'evidence underline decoration-dashed decoration-slate-500 underline-offset-4' : 'evidence'}${hitIds.length ? ' search-hit' : ''}`}
      id={firstOf ? `e-${firstOf}` : undefined}
      data-stance={stance}
      data-evidence-ids={segment.spanIds.join(' ')}
      data-start={segment.start}
      data-end={segment.end}
      data-draft={draft ? 'true' : undefined}
      title={covering.map((s) => s.label ?? s.stance).join('\n')}
      data-quote-start={first ? '' : undefined}
      aria-haspopup={first ? 'dialog' : undefined}
    >
      {segment.text}
    </mark>
  );
  // A hit that starts inside a quote: an empty anchor before it, since the mark has its own id.
  return firstHit ? (
    <>
      <span id={firstHit} className="search-hit-anchor" aria-hidden="true" />
      {mark}
    </>
  ) : (
    mark
  );
}

/**
 * The whole article. `interactive` marks the first segment of each quote as the place the
 * annotator's keyboard navigation focuses (it opens the quote's details on click or Enter).
 */
export function HighlightedArticle({
  text,
  spans,
  lang,
  interactive = false,
  hits = [],
}: {
  text: string;
  spans: HighlightSpan[];
  lang: string;
  interactive?: boolean;
  /** search hits to mark (id="hit-<n>"), in code points */
  hits?: { start: number; end: number }[];
}) {
  const byId = new Map(spans.map((s) => [String(s.id), s]));
  const paragraphs = segmentParagraphs(text, [
    ...spans.map((s) => ({ id: String(s.id), start: s.start, end: s.end })),
    ...hits.map((h, index) => ({ id: `${HIT}${index}`, start: h.start, end: h.end })),
  ]);
  const anchored = new Set<string>();
  return (
    <div className="space-y-4 text-lg leading-relaxed" lang={lang} data-article-root="" data-article-text-length={codePointLength(text)}>
      {paragraphs.map((segments) => {
        // Segments exactly cover their paragraph, and splitParagraphs never yields an empty one.
        const start = segments[0]?.start ?? 0;
        const end = segments[segments.length - 1]?.end ?? start;
        return (
          <p key={start} data-paragraph="" data-start={start} data-end={end}>
            {segments.map((segment) => (
              <SegmentView key={segment.start} segment={segment} spans={byId} anchored={anchored} interactive={interactive} />
            ))}
          </p>
        );
      })}
    </div>
  );
}

/** One paragraph with a single quote highlighted: the quote in its context. */
export function QuoteInParagraph({
  text,
  textStart = 0,
  paragraph,
  span,
  lang,
}: {
  lang: string;
  /** The article's text, or a stretch of it starting at code point `textStart` that holds `paragraph`. */
  text: string;
  textStart?: number;
  /** The stretch shown: the whole paragraph, or an excerpt of it (an ellipsis marks what was left out). Article-absolute, like `span`. */
  paragraph: { start: number; end: number; before?: boolean; after?: boolean };
  span: HighlightSpan;
}) {
  const local = (range: { start: number; end: number }) => ({ start: range.start - textStart, end: range.end - textStart });
  const segments = splitIntoSegments(text, [{ id: String(span.id), ...local(span) }], local(paragraph)).map((segment) => ({
    ...segment,
    start: segment.start + textStart,
    end: segment.end + textStart,
  }));
  const byId = new Map([[String(span.id), span]]);
  return (
    <p lang={lang} className="leading-relaxed" data-paragraph="" data-start={paragraph.start} data-end={paragraph.end}>
      {paragraph.before && '…'}
      {segments.map((segment) => (
        <SegmentView key={segment.start} segment={segment} spans={byId} anchored={new Set([String(span.id)])} />
      ))}
      {paragraph.after && '…'}
    </p>
  );
}
