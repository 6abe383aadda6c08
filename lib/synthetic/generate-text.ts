// Owns synthetic Chinese-like prose: clauses and sentences from the vocabulary with digits,
// dates and the punctuation ，。；：「」, paragraphs separated by a blank line, article bodies
// of a requested length in code points, titles, names, and claim sentences (with the value
// a quantity claim states). Deterministic for a given Rng state.
import { codePointLength } from '../anchoring/code-points';
import { PARAGRAPH_SEPARATOR } from '../text/normalize-body';
import type { Rng } from './prng';
import { ASTRAL_GIVEN, getVocabulary, QUANTITY_UNITS, type Script, type Word } from './vocabulary';
import { createWeightedSampler, zipfWeights, type WeightedSampler } from './zipf';

// The app's own definitions of a paragraph break and of lengths in code points.
export { codePointLength, PARAGRAPH_SEPARATOR };

function w(word: Word, script: Script): string {
  return word[script];
}

// Words are drawn Zipf-style by their place in the list (the first far more often than the
// last), as in real text, so some query words hit most articles and others only a few.
const samplers = new WeakMap<readonly Word[], WeightedSampler>();

function pickWord(rng: Rng, list: readonly Word[], script: Script): string {
  let sampler = samplers.get(list);
  if (!sampler) samplers.set(list, (sampler = createWeightedSampler(zipfWeights(list.length, 1))));
  return (list[sampler.sample(rng)] as Word)[script];
}

/** A proper name from the lexicon, Zipf-style by rank (exponent 1). */
export function pickName(rng: Rng, script: Script = 'simplified'): string {
  return pickWord(rng, getVocabulary().names, script);
}

export function generatePersonName(rng: Rng, script: Script = 'simplified'): string {
  const v = getVocabulary();
  const surname = pickWord(rng, v.surnames, script);
  // about one name in 25 carries a rare (astral) character
  const first = rng.chance(0.04) ? rng.pick(ASTRAL_GIVEN) : pickWord(rng, v.given, script);
  return rng.chance(0.6) ? surname + first + pickWord(rng, v.given, script) : surname + first;
}

function generateNumber(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.5) return String(rng.int(2, 99));
  if (roll < 0.8) return `${rng.int(1, 99)}.${rng.int(1, 9)}`;
  return String(rng.int(100, 9999));
}

function generateDate(rng: Rng, script: Script): string {
  const g = getVocabulary().glue;
  return `${rng.int(2015, 2026)}${w(g.nian, script)}${rng.int(1, 12)}${w(g.yue, script)}${rng.int(1, 28)}${w(g.ri, script)}`;
}

/** Subject, verb, object, sometimes with a modifier or a "的" phrase; no punctuation. */
export function generateClause(rng: Rng, script: Script = 'simplified'): string {
  const v = getVocabulary();
  // a third of clauses name someone or somewhere (莫迪, 普京) instead of an institution
  let clause = rng.chance(0.35) ? pickName(rng, script) : pickWord(rng, v.subjects, script);
  if (rng.chance(0.25)) clause += pickWord(rng, v.times, script);
  clause += pickWord(rng, v.verbs, script);
  if (rng.chance(0.45)) clause += pickWord(rng, v.modifiers, script);
  clause += pickWord(rng, v.objects, script);
  if (rng.chance(0.3)) clause += w(v.glue.de, script) + pickWord(rng, v.objects, script);
  return clause;
}

function quantityClause(rng: Rng, script: Script): string {
  const v = getVocabulary();
  const unit = rng.pick(QUANTITY_UNITS);
  return (
    pickWord(rng, v.subjects, script) +
    pickWord(rng, v.times, script) +
    w(v.glue.de, script) +
    pickWord(rng, v.objects, script) +
    pickWord(rng, v.verbs, script) +
    generateNumber(rng) +
    unit.text
  );
}

export function generateSentence(rng: Rng, script: Script = 'simplified'): string {
  const v = getVocabulary();
  const g = v.glue;
  const roll = rng.next();
  if (roll < 0.25) {
    return `${pickWord(rng, v.times, script)}，${generateClause(rng, script)}。`;
  }
  if (roll < 0.4) {
    return `${pickWord(rng, v.subjects, script)}${pickWord(rng, v.speechVerbs, script)}：「${generateClause(rng, script)}，${generateClause(rng, script)}。」`;
  }
  if (roll < 0.55) {
    return `${generateClause(rng, script)}，${pickWord(rng, v.connectives, script)}${quantityClause(rng, script)}。`;
  }
  if (roll < 0.65) {
    return `${pickWord(rng, v.subjects, script)}${w(g.jiang, script)}${w(g.zai, script)}${generateDate(rng, script)}${pickWord(rng, v.verbs, script)}${pickWord(rng, v.objects, script)}。`;
  }
  if (roll < 0.75) {
    const name = pickName(rng, script);
    return `${pickWord(rng, v.subjects, script)}${name}${w(g.jieshou, script)}${w(g.caifang, script)}${w(g.shi, script)}${pickWord(rng, v.speechVerbs, script)}，${generateClause(rng, script)}。`;
  }
  if (roll < 0.85) {
    return `${generateClause(rng, script)}；${generateClause(rng, script)}。`;
  }
  return `${generateClause(rng, script)}，${pickWord(rng, v.connectives, script)}${generateClause(rng, script)}。`;
}

/**
 * An article body of about `length` code points (it stops at the first sentence end at or
 * past it): paragraphs of 2–6 sentences separated by a blank line.
 */
export function generateArticleText(rng: Rng, options: { length: number; script: Script }): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < options.length) {
    const sentences = rng.int(2, 6);
    let paragraph = '';
    for (let i = 0; i < sentences && total + codePointLength(paragraph) < options.length; i++) {
      paragraph += generateSentence(rng, options.script);
    }
    if (paragraphs.length > 0) total += PARAGRAPH_SEPARATOR.length;
    total += codePointLength(paragraph);
    paragraphs.push(paragraph);
  }
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

export function generateTitle(rng: Rng, script: Script = 'simplified'): string {
  const v = getVocabulary();
  for (;;) {
    const title = rng.chance(0.5)
      ? `${pickWord(rng, v.subjects, script)}${pickWord(rng, v.verbs, script)}${pickWord(rng, v.objects, script)}`
      : `${generateClause(rng, script)}：${pickWord(rng, v.objects, script)}${pickWord(rng, v.verbs, script)}`;
    const length = codePointLength(title);
    if (length >= 6 && length <= 30) return title;
  }
}

export type ClaimKind = 'fact' | 'quantity' | 'date' | 'opinion';
export type Comparator = 'eq' | 'gte' | 'lte' | 'gt' | 'lt' | 'approx';

export type ClaimTextResult = {
  text: string;
  value: number | null;
  comparator: Comparator | null;
  unit: string | null;
};

const COMPARATOR_WORDS: { comparator: Comparator; before: string }[] = [
  { comparator: 'eq', before: '' },
  { comparator: 'gte', before: '至少' },
  { comparator: 'lte', before: '最多' },
  { comparator: 'gt', before: '超过' },
  { comparator: 'lt', before: '不到' },
  { comparator: 'approx', before: '约' },
];

const OPINION_OPENERS = ['分析人士认为', '评论称', '专家指出', '社论认为', '有观点认为'];

/** A claim sentence of 15–60 code points, no final punctuation; Simplified like the seed claims. */
export function generateClaimText(rng: Rng, kind: ClaimKind): ClaimTextResult {
  const v = getVocabulary();
  const s: Script = 'simplified';
  for (;;) {
    let text: string;
    let value: number | null = null;
    let comparator: Comparator | null = null;
    let unit: string | null = null;
    if (kind === 'quantity') {
      const u = rng.pick(QUANTITY_UNITS);
      const c = rng.pick(COMPARATOR_WORDS);
      value = rng.chance(0.6) ? rng.int(2, 500) : rng.int(10, 999) / 10;
      comparator = c.comparator;
      unit = u.unit;
      text = `${pickWord(rng, v.subjects, s)}${pickWord(rng, v.times, s)}的${pickWord(rng, v.objects, s)}${pickWord(rng, v.verbs, s)}${c.before}${value}${u.text}`;
    } else if (kind === 'date') {
      text = `${pickWord(rng, v.subjects, s)}将于${generateDate(rng, s)}${pickWord(rng, v.verbs, s)}${pickWord(rng, v.modifiers, s)}${pickWord(rng, v.objects, s)}`;
    } else if (kind === 'opinion') {
      text = `${rng.pick(OPINION_OPENERS)}，${generateClause(rng, s)}`;
    } else {
      text = generateClause(rng, s);
    }
    while (codePointLength(text) < 15) text += `，${generateClause(rng, s)}`;
    if (codePointLength(text) <= 60) return { text, value, comparator, unit };
  }
}

/** A stated value as an article would write it: the claim's number, or another for a contradiction. */
export function generateStatedValue(rng: Rng, value: number, contradicts: boolean): string {
  if (!contradicts) return String(value);
  const other = Number.isInteger(value) ? value + rng.int(1, 9) * (rng.chance(0.5) ? -1 : 1) : Math.round((value * (0.5 + rng.next())) * 10) / 10;
  return String(other === value ? value + 1 : other);
}
