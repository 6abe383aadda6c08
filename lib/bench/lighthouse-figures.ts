// What the bench's Lighthouse pass prints for a page, read from a Lighthouse result (LHR), and
// the targets of issue 15 for a phone: performance ≥ 95, at most 300 KB transferred on a first
// visit, no web font the text waits for. Pure; run-lighthouse.ts runs Lighthouse.

export type LighthouseFigures = {
  /** 0..100, or NaN when Lighthouse could not score the page */
  score: number;
  fcpMs: number;
  lcpMs: number;
  totalBlockingMs: number;
  /** bytes transferred on a first visit (empty cache) */
  totalBytes: number;
  fontBytes: number;
  fontRequests: number;
  scriptBytes: number;
  /** the largest contentful paint's element, as Lighthouse describes it */
  lcpElement?: string;
  runtimeError?: string;
};

export const LIGHTHOUSE_TARGETS = { score: 95, totalBytes: 300 * 1000 } as const;

type Audit = { numericValue?: number; details?: { items?: unknown[] } };
/** The parts of a Lighthouse result that are read here. */
export type LighthouseResult = {
  categories?: { performance?: { score: number | null } };
  audits?: Record<string, Audit | undefined>;
  runtimeError?: { code?: string; message?: string };
};

type SummaryRow = { resourceType?: string; transferSize?: number; requestCount?: number };

function summaryRow(lhr: LighthouseResult, type: string): SummaryRow {
  const items = (lhr.audits?.['resource-summary']?.details?.items ?? []) as SummaryRow[];
  return items.find((row) => row.resourceType === type) ?? {};
}

function lcpElement(lhr: LighthouseResult): string | undefined {
  // largest-contentful-paint-element: a list of tables, the first naming the element
  const items = (lhr.audits?.['largest-contentful-paint-element']?.details?.items ?? []) as {
    items?: { node?: { nodeLabel?: string; selector?: string } }[];
  }[];
  const node = items[0]?.items?.[0]?.node;
  if (!node) return undefined;
  return `${node.selector ?? ''}${node.nodeLabel ? ` "${node.nodeLabel.slice(0, 40)}"` : ''}`.trim();
}

export function readLighthouseFigures(lhr: LighthouseResult): LighthouseFigures {
  const value = (id: string) => lhr.audits?.[id]?.numericValue ?? Number.NaN;
  const score = lhr.categories?.performance?.score;
  const font = summaryRow(lhr, 'font');
  return {
    score: typeof score === 'number' ? Math.round(score * 100) : Number.NaN,
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    totalBlockingMs: value('total-blocking-time'),
    totalBytes: value('total-byte-weight'),
    fontBytes: font.transferSize ?? 0,
    fontRequests: font.requestCount ?? 0,
    scriptBytes: summaryRow(lhr, 'script').transferSize ?? 0,
    lcpElement: lcpElement(lhr),
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code ?? ''} ${lhr.runtimeError.message ?? ''}`.trim() : undefined,
  };
}

/** Every target the figures miss, in words; empty when all are met. */
export function missedLighthouseTargets(figures: LighthouseFigures): string[] {
  const missed: string[] = [];
  if (figures.runtimeError) missed.push(`Lighthouse failed: ${figures.runtimeError}`);
  if (!(figures.score >= LIGHTHOUSE_TARGETS.score)) missed.push(`performance ${figures.score} < ${LIGHTHOUSE_TARGETS.score}`);
  if (!(figures.totalBytes <= LIGHTHOUSE_TARGETS.totalBytes)) missed.push(`${kb(figures.totalBytes)} KB > 300 KB`);
  if (figures.fontRequests > 0) missed.push(`${figures.fontRequests} web font requests (${kb(figures.fontBytes)} KB)`);
  return missed;
}

export const kb = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1000).toFixed(0) : '—');

/**
 * Of several runs of one page, the one with the median performance score (Lighthouse's own
 * advice for its run-to-run variance: run it several times and take the median run, whose
 * figures all belong together). An even count takes the lower middle; runs that failed (score
 * NaN) count as the worst.
 */
export function medianRun(runs: readonly LighthouseFigures[]): LighthouseFigures {
  if (runs.length === 0) throw new Error('no Lighthouse run to choose from');
  const sorted = [...runs].sort((a, b) => (Number.isNaN(a.score) ? -Infinity : a.score) - (Number.isNaN(b.score) ? -Infinity : b.score));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
