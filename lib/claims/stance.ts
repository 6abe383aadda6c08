// Owns the vocabulary of stances: what evidence can say about a claim
// (Stance) and what a claim × outlet cell shows (CellStance), with English
// labels and text glyphs for the grid.

/** What one quoted passage does to a claim; mirrors the database enum. */
export type Stance = 'states' | 'contradicts';

/** What a grid cell shows for one claim × outlet. */
export type CellStance = 'states' | 'contradicts' | 'omits' | 'unchecked' | 'mixed' | 'predates' | 'rereview';

export const STANCES = ['states', 'contradicts'] as const satisfies readonly Stance[];

/** Display order in legends and totals: work waiting for an editor, evidence, then absence of it. */
export const CELL_STANCES = [
  'rereview',
  'states',
  'contradicts',
  'mixed',
  'omits',
  'predates',
  'unchecked',
] as const satisfies readonly CellStance[];

// Keyed by the union: a new stance is a compile error until it has a glyph. Labels and
// descriptions are the message catalogues' (stance.*, stanceHelp.* in lib/i18n/messages).
const ICONS: Record<CellStance, string> = {
  states: '✓',
  contradicts: '✗',
  mixed: '±',
  omits: '∅',
  predates: '⧗',
  unchecked: '?',
  rereview: '↻',
};

export function isStance(value: unknown): value is Stance {
  return (STANCES as readonly unknown[]).includes(value);
}

export function isCellStance(value: unknown): value is CellStance {
  return (CELL_STANCES as readonly unknown[]).includes(value);
}

// Keyed by the union like ICONS: whether an editor recorded anything in a cell of this stance
// (a quote or an omission mark); an unchecked or predating cell holds nothing to show.
const RECORDED: Record<CellStance, boolean> = {
  rereview: true,
  states: true,
  contradicts: true,
  mixed: true,
  omits: true,
  predates: false,
  unchecked: false,
};

export function isRecordedStance(stance: CellStance): boolean {
  return RECORDED[stance];
}

/** A single text glyph; pair it with the stance's label for screen readers. */
export function stanceIcon(stance: CellStance): string {
  return ICONS[stance];
}
