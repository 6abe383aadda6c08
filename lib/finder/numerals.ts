// Reads the numbers a passage or claim states, so that 九 = 9, 十三 = 13, 四十 = 40, 两 = 2,
// ９ = 9 and 145亿 = 14,500,000,000 compare equal, together with the qualifier that makes a
// number a bound ("至少 9", "超过40", "40多", "约一半" -> at least / more than / about) and the
// thing it counts (the classifier and noun after it: 10个成员国 counts 国, 9次 counts 次).
// Years, months and days of a date are not counts; they are marked so callers can skip them.
// Input is folded text (lib/finder/fold.ts): half-width digits, Simplified characters.
import type { Comparator } from '../claims/claim-kind';

export type NumberMention = {
  /** Code-point offsets of the number (with its qualifier words) in the text given. */
  start: number;
  end: number;
  value: number;
  comparator: Comparator;
  /** What is counted: the classifier or the last character of the counted noun; '' if unknown. */
  counts: string;
  /** Part of a date (年/月/日), an ordinal (第N) or a percentage share; not a count of things. */
  role: 'count' | 'date' | 'ordinal' | 'percent' | 'year';
  /** The text of the mention, as written. */
  text: string;
};

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const HAN_NUMERAL = '零〇一二两三四五六七八九十百千万亿';

/** 四十 -> 40, 十三 -> 13, 一百零五 -> 105, 三千五百万 -> 35,000,000; null if not a Chinese numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char]!;
    } else if (char in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[char]!;
      digit = null;
    } else if (char in LARGE_UNITS) {
      const unit = LARGE_UNITS[char]!;
      total = (total + section + (digit ?? 0)) * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** "145" -> 145, "1,158" -> 1158, "3.5" -> 3.5, "２.8" -> 2.8 (NFKC first). */
export function parseArabicNumber(text: string): number | null {
  const cleaned = text.normalize('NFKC').replace(/(?<=\d),(?=\d{3}\b)/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Any written number, Arabic or Chinese, with an optional 万/亿 multiplier: "145亿", "2.8万", "九". */
export function parseNumber(text: string): number | null {
  const folded = text.normalize('NFKC').trim();
  const mixed = folded.match(/^(\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿]*)$/);
  if (mixed) {
    let value = parseArabicNumber(mixed[1]!);
    if (value === null) return null;
    for (const unit of mixed[2]!) value *= SMALL_UNITS[unit] ?? LARGE_UNITS[unit] ?? 1;
    return value;
  }
  return parseChineseNumeral(folded);
}

// Classifiers: the word between a number and what it counts. Longest first.
const CLASSIFIERS = ['个', '次', '名', '位', '家', '项', '国', '届', '座', '条', '件', '种', '架', '艘', '枚', '所', '倍', '人', '岁', '周', '天', '年', '月', '日', '号', '轮', '批', '份', '场', '亩'];
export const CLASSIFIER_SET: ReadonlySet<string> = new Set(CLASSIFIERS);
// Qualifiers before the number, and what they make of it.
const BEFORE: [RegExp, Comparator][] = [
  [/(至少|不少于|起码|最少|at least)\s*$/i, 'gte'],
  [/(超过|逾|多于|高于|多达|more than|over)\s*$/i, 'gt'],
  [/(不到|少于|不足|低于|fewer than|less than|under)\s*$/i, 'lt'],
  [/(最多|至多|不超过|at most|up to)\s*$/i, 'lte'],
  [/(约|大约|大概|将近|接近|近|约为|about|around|nearly|approximately|some)\s*$/i, 'approx'],
];
const AFTER: [RegExp, Comparator][] = [
  [/^(多|余|来)/, 'gt'],
  [/^(以上|\+)/, 'gte'],
  [/^(以下)/, 'lte'],
  [/^(左右|上下)/, 'approx'],
];

// A number: Arabic (possibly with thousands separators and decimals) or a Chinese numeral run,
// then an optional 万/亿 multiplier (145亿, 2.8万).
const NUMBER_PATTERN = new RegExp(`(\\d+(?:,\\d{3})*(?:\\.\\d+)?[十百千万亿]*|[${HAN_NUMERAL}]+)`, 'gu');

const GENERAL_CLASSIFIERS = new Set(['个', '名', '位', '家', '项', '座', '条', '件', '种', '所', '批', '份']);

/** Every number mention in a folded text, with code-point offsets into it. */
export function findNumbers(text: string): NumberMention[] {
  const chars = [...text];
  // code-point offsets of each UTF-16 index, for mapping regex matches
  const cpAt: number[] = [];
  {
    let cp = 0;
    for (const ch of chars) {
      for (let k = 0; k < ch.length; k++) cpAt.push(cp);
      cp++;
    }
    cpAt.push(cp);
  }
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const run = match[0];
    const index = match.index!;
    const before = text.slice(Math.max(0, index - 12), index);
    const after = text.slice(index + run.length, index + run.length + 12);
    const isHan = /^[\u4e00-\u9fff]/.test(run);
    const value = parseNumber(run);
    if (value === null || !Number.isFinite(value)) continue;
    if (/[\d.]$/.test(before) || /^[.\d]/.test(after)) continue;

    let comparator: Comparator = 'eq';
    let startUnits = index;
    for (const [pattern, comp] of BEFORE) {
      const m = before.match(pattern);
      if (m) {
        comparator = comp;
        startUnits = index - m[0].length;
        break;
      }
    }
    let endUnits = index + run.length;
    let rest = after;
    let role: NumberMention['role'] = 'count';
    // 第二次 is an ordinal; 上一次, 这一次, 每一次 name an occasion, not a count
    if (/第$/.test(before) || (/^[一两]$/.test(run) && /[上下这那每再又同]$/.test(before))) role = 'ordinal';
    if (/^(%|％|‰)/.test(rest)) role = 'percent';
    let counts = '';
    // the qualifier can sit after the number (40多次, 10余个)
    for (const [pattern, comp] of AFTER) {
      const m = rest.match(pattern);
      if (m && !(m[1] === '多' && /^多(年|数)/.test(rest))) {
        if (comparator === 'eq') comparator = comp;
        endUnits += m[0].length;
        rest = rest.slice(m[0].length);
        break;
      }
    }
    const next = rest.charAt(0);
    if (role === 'count') {
      if (next === '年' && !isHan && value >= 1000 && value <= 2999 && !/^年(内|间|来|里|中|多)/.test(rest)) role = 'year';
      else if (next === '月' && value >= 1 && value <= 12 && !/^月(内|间|来|里|中)/.test(rest)) role = 'date';
      else if ((next === '日' || next === '号') && value >= 1 && value <= 31) role = 'date';
      else if (/^(到|至|-|–|—)\d{1,2}(日|号)/.test(rest) && value >= 1 && value <= 31) role = 'date';
    }
    if (CLASSIFIER_SET.has(next)) {
      counts = next;
      endUnits += 1;
      // after a general classifier (个, 名, 家 ...) what is counted is the noun that follows
      if (GENERAL_CLASSIFIERS.has(next)) {
        const noun = rest.slice(1).match(/^[\u4e00-\u9fff]{1,5}/)?.[0];
        if (noun) counts = headOfNoun(noun);
      }
    } else if (/^[\u4e00-\u9fff]/.test(next)) {
      const noun = rest.match(/^[\u4e00-\u9fff]{1,5}/)?.[0];
      if (noun && !isHan) counts = headOfNoun(noun);
    }
    // A lone Han numeral counts only before a classifier or after a qualifier; else it is part
    // of a word (一带一路, 十字路口, 五眼联盟).
    if (isHan && [...run].length === 1 && !CLASSIFIER_SET.has(next) && comparator === 'eq') continue;
    // 两国, 两人: "the two countries / both men", a reference to two named before, not a count
    if (run === '两' && comparator === 'eq' && (next === '国' || next === '人')) continue;
    mentions.push({
      start: cpAt[startUnits]!,
      end: cpAt[endUnits]!,
      value,
      comparator,
      counts,
      role,
      text: text.slice(startUnits, endUnits),
    });
  }
  return mentions;
}

// Words that end a noun phrase after a count: verbs and particles that commonly follow.
const NOUN_BREAKS = /(组成|组织|加入|参加|参与|出席|成立|包括|之|的|和|与|及|在|是|为|被|将|已|有)/;

/** The head of a counted noun: its last character before a verb or particle ("成员国组成" -> 国). */
export function headOfNoun(noun: string): string {
  const cut = noun.search(NOUN_BREAKS);
  const phrase = cut > 0 ? noun.slice(0, cut) : noun;
  return [...phrase].at(-1) ?? '';
}

const TOKEN_NUMERAL = new RegExp(`[${HAN_NUMERAL}]+(?=[${CLASSIFIERS.join('')}多余])`, 'gu');

/**
 * Rewrites Chinese numerals that count something as Arabic digits, for word matching only
 * (offsets are not kept): 九个 -> 9个, 中亚五国 -> 中亚5国, 五月 -> 5月, 三个月 -> 3个月.
 * Numerals inside words (一些, 统一) are left alone.
 */
export function arabicNumerals(text: string): string {
  return text.replace(TOKEN_NUMERAL, (run) => {
    const value = parseChineseNumeral(run);
    return value === null ? run : String(value);
  });
}

/** A list of named items (A、B、C和D): how many it names, with code-point offsets. */
export type Enumeration = { start: number; end: number; size: number; items: string[] };

// An item of a list: a short run of letters (a name, not a clause); 、 separates items and the
// last one may be joined by 和/及/与/以及.
const LIST_RUN = /[\p{L}·]+(?:、[\p{L}·]+)+/gu;
const LAST_JOIN = /^([\p{L}·]{1,12}?)(?:以及|和|及|与)([\p{L}·]{1,12})$/u;

/**
 * Lists of three or more items written with the enumeration comma: 创始国是中国、俄罗斯、哈萨克斯坦和
 * 乌兹别克斯坦 names four. A list closed by 等 (and others) is open and has no size. Only the
 * first item can carry words before it (创始国是中国), and the last words after it (和乌兹别克斯坦四国);
 * the size is what counts.
 */
export function findEnumerations(text: string): Enumeration[] {
  const lists: Enumeration[] = [];
  for (const match of text.matchAll(LIST_RUN)) {
    const items = match[0].split('、');
    const last = items.at(-1)!;
    const after = text.slice(match.index! + match[0].length);
    if (/^等/u.test(after) || /等/u.test(last)) continue;
    const joined = last.match(LAST_JOIN);
    if (joined) items.splice(-1, 1, joined[1]!, joined[2]!);
    if (items.length < 3) continue;
    const start = [...text.slice(0, match.index!)].length;
    lists.push({ start, end: start + [...match[0]].length, size: items.length, items });
  }
  return lists;
}
