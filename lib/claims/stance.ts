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

// Records keyed by the union make a new stance a compile error until it has a label and glyph.
const LABELS: Record<CellStance, string> = {
  states: 'States',
  contradicts: 'Contradicts',
  mixed: 'Mixed',
  omits: 'Omits',
  predates: 'Predates',
  unchecked: 'Unchecked',
  rereview: 'Needs re-review',
};

const DESCRIPTIONS: Record<CellStance, string> = {
  states: 'The outlet states the claim.',
  contradicts: 'The outlet contradicts the claim.',
  mixed: 'The outlet both states and contradicts the claim.',
  omits: "The outlet's coverage was checked and does not mention the claim.",
  predates: "All of the outlet's coverage was published before the claim's date.",
  unchecked: "Nobody has checked this outlet's coverage for the claim yet.",
  rereview: 'The claim changed after these quotes or omission marks were recorded; an editor needs to confirm them.',
};

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

export function stanceLabel(stance: CellStance): string {
  return LABELS[stance];
}

/** One sentence for tooltips and legends. */
export function stanceDescription(stance: CellStance): string {
  return DESCRIPTIONS[stance];
}

/** A single text glyph; pair it with stanceLabel for screen readers. */
export function stanceIcon(stance: CellStance): string {
  return ICONS[stance];
}
