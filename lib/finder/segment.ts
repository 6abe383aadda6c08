// Words for matching: folded text (lib/finder/fold.ts) cut into words by jieba (@node-rs/jieba,
// which ships its dictionary and a general-corpus IDF table). Chinese numerals that count
// something are first rewritten as digits, so 九个 and 9个 become the same words. Punctuation,
// white space and function words are dropped: they say nothing about what a passage is about.
// The dictionaries load once, on first use (about half a second).
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { arabicNumerals } from './numerals';

type JiebaModule = { Jieba: typeof Jieba };
type DictModule = { dict: Uint8Array; idf: Uint8Array };

let jieba: Jieba | undefined;
let generalIdf: Map<string, number> | undefined;
let medianIdf = 10;

function load(): Jieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as JiebaModule;
  const { dict } = require('@node-rs/jieba/dict') as DictModule;
  jieba = JiebaClass.withDict(dict);
  return jieba;
}

/** jieba's IDF for a word over its general corpus; words it does not know get the median. */
export function generalIdfOf(word: string): number {
  if (!generalIdf) {
    const require = createRequire(import.meta.url);
    const { idf } = require('@node-rs/jieba/dict') as DictModule;
    generalIdf = new Map();
    const values: number[] = [];
    for (const line of Buffer.from(idf).toString('utf8').split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space <= 0) continue;
      const value = Number(line.slice(space + 1));
      generalIdf.set(line.slice(0, space), value);
      values.push(value);
    }
    values.sort((a, b) => a - b);
    medianIdf = values[Math.floor(values.length / 2)] ?? 10;
  }
  return generalIdf.get(word) ?? medianIdf;
}


// Function words and light verbs of written Chinese, plus English ones: grammar, not content.
const STOP_WORDS = new Set(
  (
    '的 了 在 是 和 与 及 以及 或 等 也 都 而 但 又 并 就 将 已 已经 被 把 对 于 从 向 为 以 之 其 这 那 此 该 个 他 她 它 们 他们 她们 它们 ' +
    '我 我们 你 你们 自己 有 没有 不 没 还 更 很 最 再 还有 一个 一些 这个 那个 这次 此次 这些 那些 这样 表示 认为 指出 称 说 报道 据 ' +
    '上 下 中 内 外 后 前 时 年 月 日 多 次 到 至 由 让 给 着 过 能 会 要 可 可以 可能 所 如 若 因为 所以 但是 不过 然而 因此 同时 ' +
    'the a an of to in on at by for and or is are was were be been as with from that this it its has have had will would not'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]/u;

// Claims and their quotes are segmented again for every request that ranks them (a claim page,
// the review queue, an article's matches against hundreds of claims): short texts keep their
// words here, up to a bound (speed only; the words are the same).
const SHORT_TEXT = 400;
const segmented = new Map<string, readonly string[]>();

/** Content words of a folded text, in order (duplicates kept). */
export function segmentWords(folded: string): string[] {
  if (folded.length > SHORT_TEXT) return cutWords(folded);
  let words = segmented.get(folded);
  if (words === undefined) {
    words = cutWords(folded);
    if (segmented.size >= 50_000) segmented.clear();
    segmented.set(folded, words);
  }
  return [...words];
}

/** Every token of a folded text, function words and punctuation included (numerals as digits). */
export function cutTokens(folded: string): string[] {
  return load()
    .cut(arabicNumerals(folded), true)
    .map((token) => token.trim())
    .filter(Boolean);
}

const wordClasses = new Map<string, string | null>();
/**
 * jieba's part of speech for a word on its own (v verb, n noun, f localizer, p preposition…), or
 * null for a word its dictionary does not know.
 */
export function wordClass(word: string): string | null {
  let tag = wordClasses.get(word);
  if (tag === undefined) {
    const tags = load().tag(word, false);
    tag = tags.length === 1 && tags[0]!.word === word ? tags[0]!.tag : null;
    if (wordClasses.size >= 50_000) wordClasses.clear();
    wordClasses.set(word, tag);
  }
  return tag;
}

function cutWords(folded: string): string[] {
  const words: string[] = [];
  for (const raw of load().cut(arabicNumerals(folded), true)) {
    const word = raw.trim();
    if (!word || !WORD.test(word) || STOP_WORDS.has(word)) continue;
    words.push(word);
  }
  return words;
}

