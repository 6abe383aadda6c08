// Renders normalised article text (or one paragraph of it) with evidence spans wrapped in
// <mark>. Offsets are code points; lib/anchoring splits the text into segments, so
// overlapping spans and spans crossing paragraphs render correctly. The first segment of
// each span carries id="e-<evidenceId>" so /articles/[id]#e-<id> scrolls to it.
import { segmentParagraphs, splitIntoSegments, type Segment } from '@/lib/anchoring';
import type { Stance } from '@/lib/claims';

export type HighlightSpan = { id: number; start: number; end: number; stance: Stance; label?: string };

function SegmentView({ segment, spans, anchored }: { segment: Segment; spans: Map<string, HighlightSpan>; anchored: Set<string> }) {
  if (segment.spanIds.length === 0) return <>{segment.text}</>;
  const covering = segment.spanIds.map((id) => spans.get(id)!);
  const stances = new Set(covering.map((s) => s.stance));
  const stance = stances.size > 1 ? 'mixed' : covering[0]!.stance;
  const firstOf = segment.spanIds.find((id) => !anchored.has(id));
  if (firstOf) anchored.add(firstOf);
  return (
    <mark
      className="evidence"
      id={firstOf ? `e-${firstOf}` : undefined}
      data-stance={stance}
      data-evidence-ids={segment.spanIds.join(' ')}
      title={covering.map((s) => s.label ?? s.stance).join('\n')}
    >
      {segment.text}
    </mark>
  );
}

export function HighlightedArticle({ text, spans, lang }: { text: string; spans: HighlightSpan[]; lang: string }) {
  const byId = new Map(spans.map((s) => [String(s.id), s]));
  const paragraphs = segmentParagraphs(
    text,
    spans.map((s) => ({ id: String(s.id), start: s.start, end: s.end })),
  );
  const anchored = new Set<string>();
  return (
    <div className="space-y-4 text-lg leading-relaxed" lang={lang}>
      {paragraphs.map((segments, index) => (
        <p key={index}>
          {segments.map((segment) => (
            <SegmentView key={segment.start} segment={segment} spans={byId} anchored={anchored} />
          ))}
        </p>
      ))}
    </div>
  );
}

/** One paragraph with a single quote highlighted: the quote in its context. */
export function QuoteInParagraph({
  text,
  paragraph,
  span,
  lang,
}: {
  lang: string;
  text: string;
  paragraph: { start: number; end: number };
  span: HighlightSpan;
}) {
  const segments = splitIntoSegments(text, [{ id: String(span.id), start: span.start, end: span.end }], paragraph);
  const byId = new Map([[String(span.id), span]]);
  return (
    <p lang={lang} className="leading-relaxed">
      {segments.map((segment) => (
        <SegmentView key={segment.start} segment={segment} spans={byId} anchored={new Set([String(span.id)])} />
      ))}
    </p>
  );
}
