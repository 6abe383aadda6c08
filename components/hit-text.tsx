// Text with search hits marked; offsets are code points relative to the text.
export function HitText({ text, hits, lang }: { text: string; hits: { start: number; end: number }[]; lang?: string }) {
  const chars = [...text];
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [index, hit] of hits.entries()) {
    if (hit.start < at || hit.end > chars.length) continue;
    if (hit.start > at) parts.push(chars.slice(at, hit.start).join(''));
    parts.push(
      <mark key={index} className="search-hit rounded bg-yellow-200 px-0.5">
        {chars.slice(hit.start, hit.end).join('')}
      </mark>,
    );
    at = hit.end;
  }
  if (at < chars.length) parts.push(chars.slice(at).join(''));
  return <span lang={lang}>{parts}</span>;
}
