// Figures of the finder against curated cells (npm run eval:suggest): for outlets curated as
// stating or contradicting a claim, whether a suggestion overlaps a curated quote among the
// first 1 and 3 (per cell and per quote), whether the stance of the suggestion that found a
// quote is the curated one (and every numeric contradiction is `contradicts`), and how often
// the verdict is `likely`; for outlets curated as omitting, how often it is `none`.

export type CuratedQuote = { articleId: number; start: number; end: number; stance: 'states' | 'contradicts'; numeric: boolean };

export type EvaluatedCell = {
  claim: string;
  outlet: string;
  curated: { kind: 'evidence'; quotes: CuratedQuote[] } | { kind: 'omits' };
  verdict: 'likely' | 'none';
  suggestions: { articleId: number; start: number; end: number; stance: 'states' | 'contradicts' | 'mentions' }[];
};

export type FinderFigures = {
  evidenceCells: number;
  omissionCells: number;
  quotes: number;
  recallAt1: number;
  recallAt3: number;
  quoteRecallAt1: number;
  quoteRecallAt3: number;
  stanceAccuracy: number;
  foundQuotes: number;
  numericContradictions: number;
  numericContradictionsFound: number;
  likelyRate: number;
  noneRate: number;
};

function overlaps(a: { articleId: number; start: number; end: number }, b: { articleId: number; start: number; end: number }): boolean {
  return a.articleId === b.articleId && a.start < b.end && b.start < a.end;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

export function computeFigures(cells: readonly EvaluatedCell[]): FinderFigures {
  let evidenceCells = 0;
  let omissionCells = 0;
  let quotes = 0;
  let cellHit1 = 0;
  let cellHit3 = 0;
  let quoteHit1 = 0;
  let quoteHit3 = 0;
  let found = 0;
  let stanceRight = 0;
  let numeric = 0;
  let numericFound = 0;
  let likely = 0;
  let none = 0;
  for (const cell of cells) {
    if (cell.curated.kind === 'omits') {
      omissionCells++;
      if (cell.verdict === 'none') none++;
      continue;
    }
    evidenceCells++;
    if (cell.verdict === 'likely') likely++;
    const top1 = cell.suggestions.slice(0, 1);
    const top3 = cell.suggestions.slice(0, 3);
    const curatedQuotes = cell.curated.quotes;
    if (curatedQuotes.some((q) => top1.some((s) => overlaps(q, s)))) cellHit1++;
    if (curatedQuotes.some((q) => top3.some((s) => overlaps(q, s)))) cellHit3++;
    for (const quote of curatedQuotes) {
      quotes++;
      if (quote.stance === 'contradicts' && quote.numeric) numeric++;
      if (top1.some((s) => overlaps(quote, s))) quoteHit1++;
      const finder = top3.find((s) => overlaps(quote, s));
      if (!finder) continue;
      quoteHit3++;
      found++;
      if (finder.stance === quote.stance) {
        stanceRight++;
        if (quote.stance === 'contradicts' && quote.numeric) numericFound++;
      }
    }
  }
  return {
    evidenceCells,
    omissionCells,
    quotes,
    recallAt1: share(cellHit1, evidenceCells),
    recallAt3: share(cellHit3, evidenceCells),
    quoteRecallAt1: share(quoteHit1, quotes),
    quoteRecallAt3: share(quoteHit3, quotes),
    stanceAccuracy: share(stanceRight, found),
    foundQuotes: found,
    numericContradictions: numeric,
    numericContradictionsFound: numericFound,
    likelyRate: share(likely, evidenceCells),
    noneRate: share(none, omissionCells),
  };
}

/**
 * How well the outlets' best scores separate the two kinds of cell, whatever the threshold: the
 * probability that a stating/contradicting outlet's best score is above an omitting outlet's
 * (ties count half), and the threshold that maximises the lower of the two verdict rates.
 */
export function verdictSeparation(cells: readonly { curated: EvaluatedCell['curated']; best: number }[]): { auc: number; threshold: number; likelyRate: number; noneRate: number } {
  const evidence = cells.filter((c) => c.curated.kind === 'evidence').map((c) => c.best);
  const omits = cells.filter((c) => c.curated.kind === 'omits').map((c) => c.best);
  let wins = 0;
  for (const e of evidence) for (const o of omits) wins += e > o ? 1 : e === o ? 0.5 : 0;
  const auc = share(wins, evidence.length * omits.length);
  let best = { threshold: 0, likelyRate: 0, noneRate: 0 };
  for (const t of [...new Set([...evidence, ...omits])].sort((a, b) => a - b)) {
    const likelyRate = share(evidence.filter((e) => e >= t).length, evidence.length);
    const noneRate = share(omits.filter((o) => o < t).length, omits.length);
    if (Math.min(likelyRate, noneRate) > Math.min(best.likelyRate, best.noneRate)) best = { threshold: t, likelyRate, noneRate };
  }
  return { auc, ...best };
}

/** The targets of issue 12, and which figures miss them. */
export const TARGETS = { recallAt1: 0.85, recallAt3: 0.95, stanceAccuracy: 0.9, likelyRate: 0.9, noneRate: 0.9 } as const;

export function missedTargets(figures: FinderFigures): string[] {
  const missed: string[] = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((key) => figures[key] < TARGETS[key]);
  if (figures.numericContradictionsFound < figures.numericContradictions) missed.push('numericContradictions');
  return missed;
}

/** A plain-text table of figures, one column per set of cells (e.g. all, tuning, held out). */
export function formatFigures(columns: readonly { label: string; figures: FinderFigures }[]): string {
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const rows: [string, (f: FinderFigures) => string, string][] = [
    ['cells stating/contradicting', (f) => String(f.evidenceCells), ''],
    ['cells omitting', (f) => String(f.omissionCells), ''],
    ['recall@1 (cells)', (f) => pct(f.recallAt1), '≥ 85%'],
    ['recall@3 (cells)', (f) => pct(f.recallAt3), '≥ 95%'],
    ['recall@1 (quotes)', (f) => pct(f.quoteRecallAt1), ''],
    ['recall@3 (quotes)', (f) => pct(f.quoteRecallAt3), ''],
    ['stance accuracy (found quotes)', (f) => `${pct(f.stanceAccuracy)} of ${f.foundQuotes}`, '≥ 90%'],
    ['numeric contradictions as contradicts', (f) => `${f.numericContradictionsFound}/${f.numericContradictions}`, 'all'],
    ['verdict likely (stating/contradicting)', (f) => pct(f.likelyRate), '≥ 90%'],
    ['verdict none (omitting)', (f) => pct(f.noneRate), '≥ 90%'],
  ];
  const header = ['figure', ...columns.map((c) => c.label), 'target'];
  const body = rows.map(([name, get, target]) => [name, ...columns.map((c) => get(c.figures)), target]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => [...row[i]!].length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
