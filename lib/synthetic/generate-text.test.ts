import { describe, expect, it } from 'vitest';
import { codePointLength, generateArticleText, generateClaimText, generateClause, generateSentence, generateTitle, PARAGRAPH_SEPARATOR, pickName } from './generate-text';
import { createRng } from './prng';
import { contentWords, generateNames, getVocabulary, NAME_COUNT } from './vocabulary';

// Han (BMP and Extension B), ASCII digits, '.', '%' and the punctuation the generator writes
const ALLOWED = /^[\p{Script=Han}0-9.%，。；：「」\n]+$/u;

describe('generateArticleText', () => {
  it('is deterministic for a seed and different for another', () => {
    const a = generateArticleText(createRng(1, 'a'), { length: 2000, script: 'simplified' });
    expect(generateArticleText(createRng(1, 'a'), { length: 2000, script: 'simplified' })).toBe(a);
    expect(generateArticleText(createRng(2, 'a'), { length: 2000, script: 'simplified' })).not.toBe(a);
  });

  it('writes paragraphs of Chinese-like sentences of about the requested length', () => {
    for (let seed = 0; seed < 20; seed++) {
      const target = 1500 + seed * 125;
      const text = generateArticleText(createRng(seed), { length: target, script: seed % 2 ? 'traditional' : 'simplified' });
      const length = codePointLength(text);
      expect(length).toBe(Array.from(text).length);
      expect(length).toBeGreaterThanOrEqual(target);
      expect(length).toBeLessThan(target + 400);
      expect(text).toMatch(ALLOWED);
      expect(text).not.toMatch(/\n{3}|^\n|\n$/);
      const paragraphs = text.split(PARAGRAPH_SEPARATOR);
      expect(paragraphs.length).toBeGreaterThan(5);
      for (const p of paragraphs) expect(p).toMatch(/[。」]$/);
    }
  });

  it('writes Traditional characters for Traditional outlets', () => {
    const simplified = generateArticleText(createRng(3), { length: 1500, script: 'simplified' });
    const traditional = generateArticleText(createRng(3), { length: 1500, script: 'traditional' });
    expect(traditional).not.toBe(simplified);
    expect(traditional).toMatch(/[國關們會說經濟發]/);
    expect(simplified).not.toMatch(/[國關們會說經濟發]/);
  });

  it('uses the vocabulary the bench searches for', () => {
    const text = Array.from({ length: 200 }, (_, i) => generateSentence(createRng(i))).join('');
    for (const word of ['合作', '供应链', '稀土', '养老金', '东京', '伙伴关系', '汇率', '芯片', '边境', '人工智能']) {
      expect(contentWords()).toContain(word);
    }
    expect(text).toContain('合作');
  });
});

describe('generateClaimText', () => {
  it('writes claims of 15–60 code points; a quantity claim states its value', () => {
    for (let i = 0; i < 300; i++) {
      const kind = (['fact', 'quantity', 'date', 'opinion'] as const)[i % 4]!;
      const claim = generateClaimText(createRng('claim', i), kind);
      const length = codePointLength(claim.text);
      expect(length).toBeGreaterThanOrEqual(15);
      expect(length).toBeLessThanOrEqual(60);
      if (kind === 'quantity') {
        expect(claim.value).not.toBeNull();
        expect(claim.text).toContain(String(claim.value));
        expect(claim.comparator).not.toBeNull();
        expect(claim.unit).not.toBeNull();
      } else expect(claim.value).toBeNull();
      if (kind === 'date') expect(claim.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    }
  });
});

describe('generateTitle', () => {
  it('writes a short headline', () => {
    const title = generateTitle(createRng(4));
    expect(codePointLength(title)).toBeGreaterThanOrEqual(6);
    expect(codePointLength(title)).toBeLessThanOrEqual(30);
  });
});

describe('vocabulary of the synthetic corpus', () => {
  it('is dominated by two-character words, as Chinese news is', () => {
    // every word of 40 articles' worth of sentences, as drawn (names and content words)
    const rng = createRng('share');
    const vocabulary = new Set([...contentWords(), ...getVocabulary().names.map((n) => n.simplified)]);
    let two = 0;
    let all = 0;
    for (let i = 0; i < 4000; i++) {
      const clause = generateClause(rng);
      for (const word of vocabulary.has(clause) ? [clause] : segmentGreedy(clause, vocabulary)) {
        all++;
        if ([...word].length === 2) two++;
      }
    }
    expect(two / all).toBeGreaterThan(0.5);
  });

  it('names a long tail: a few names are everywhere, most turn up rarely', () => {
    expect(new Set(generateNames(NAME_COUNT)).size).toBe(NAME_COUNT);
    const rng = createRng('tail');
    const counts = new Map<string, number>();
    const draws = 200_000;
    for (let i = 0; i < draws; i++) {
      const name = pickName(rng);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const names = getVocabulary().names.map((n) => n.simplified);
    // the most common name is drawn about once in 11 (1 / H(30000)), a name ranked 20,000th a handful of times
    expect(counts.get(names[0]!)! / draws).toBeGreaterThan(0.07);
    expect(counts.get(names[20_000]!) ?? 0).toBeLessThan(10);
    // more than half of all names are drawn at most 5 times in 200,000
    const rare = names.filter((n) => (counts.get(n) ?? 0) <= 5).length;
    expect(rare / names.length).toBeGreaterThan(0.5);
    // two-character names are most of the names drawn (the short pools run out deep in the tail)
    const twoChar = [...counts].filter(([n]) => [...n].length === 2).reduce((sum, [, c]) => sum + c, 0);
    expect(twoChar / draws).toBeGreaterThan(0.5);
    expect(names.some((n) => /[鑫淼]/.test(n))).toBe(false);
  });
});

/** Longest-first split of a clause into vocabulary words (glue characters as one-character words). */
function segmentGreedy(text: string, vocabulary: Set<string>): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let len = Math.min(8, chars.length - i);
    while (len > 1 && !vocabulary.has(chars.slice(i, i + len).join(''))) len--;
    out.push(chars.slice(i, i + len).join(''));
    i += len;
  }
  return out;
}
