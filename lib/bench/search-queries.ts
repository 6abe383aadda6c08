// The search queries the bench times, by length (1, 2, 3+ characters) and by how often they
// occur in the synthetic corpus: a common word (in a large share of articles), a rare name (from
// the deep tail of the names lexicon: a handful of articles at most) and a miss (characters the
// generator never writes). Pure: chosen from the synthetic vocabulary alone, so the same
// queries are timed on every corpus the generator made.
import { getVocabulary } from '../synthetic/vocabulary';

export type QueryLength = '1' | '2' | '3+';
export type QueryKind = 'common' | 'rare' | 'miss';
export type SearchQuery = { length: QueryLength; kind: QueryKind; queries: string[] };

/** Characters no synthetic text holds (the vocabulary and the names lexicon leave them out). */
export const MISS_CHARACTERS = ['鑫', '淼'] as const;

const lengthOf = (word: string): QueryLength => {
  const n = [...word].length;
  return n === 1 ? '1' : n === 2 ? '2' : '3+';
};

/**
 * Queries of each length and kind. Rare names come from ranks at or past `rareFromRank` of the
 * lexicon (drawn about 1 / (rank × 10.9) of the time a name is drawn: at rank 8,000 about
 * ten times in a corpus of 20,000 articles; the two-character names run out near rank 12,000).
 */
export function chooseSearchQueries({ rareFromRank = 8_000, perKind = 5 } = {}): SearchQuery[] {
  const names = getVocabulary().names.map((n) => n.simplified);
  const rare = (length: QueryLength) => names.slice(rareFromRank).filter((n) => lengthOf(n) === length).slice(0, perKind);
  return [
    { length: '1', kind: 'common', queries: ['国', '会', '合'] },
    { length: '1', kind: 'miss', queries: [...MISS_CHARACTERS] },
    // the most frequent words of their lists: in most articles
    { length: '2', kind: 'common', queries: ['合作', '政府', '表示', '协议'] },
    { length: '2', kind: 'rare', queries: rare('2') },
    { length: '2', kind: 'miss', queries: [MISS_CHARACTERS.join(''), '淼鑫'] },
    { length: '3+', kind: 'common', queries: ['外交部', '供应链', '伙伴关系'] },
    { length: '3+', kind: 'rare', queries: rare('3+') },
    { length: '3+', kind: 'miss', queries: ['无此词组', '鑫淼合作'] },
  ];
}
