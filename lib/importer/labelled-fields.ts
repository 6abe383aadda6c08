// Owns reading "label：value" lines: bylines ("作者： 杨威"), header lines
// ("作者:鄭凱義 發表:2024-07-04 17:33") and staff credits ("记者：经纬 责编：李亚千
// 网编：洪伟"). A line counts only if it consists entirely of known labels with
// plausible values, so a sentence such as "记者：你怎么看？" in an interview is
// left alone.
import { parseDateText, type DateCandidate } from './published-at';

const AUTHOR_LABELS = ['作者', '記者', '记者', '撰文', '撰稿', '文'] as const;
const STAFF_LABELS = [
  '责任编辑',
  '責任編輯',
  '责编',
  '責編',
  '网编',
  '網編',
  '编辑',
  '編輯',
  '翻译',
  '翻譯',
  '摄影',
  '攝影',
  '校对',
  '校對',
] as const;
const DATE_LABELS = [
  '发布时间',
  '發佈時間',
  '發布時間',
  '更新时间',
  '更新時間',
  '發表',
  '发表',
  '發布',
  '發佈',
  '发布',
  '時間',
  '时间',
  '日期',
  '更新',
] as const;

const ALL_LABELS = [...AUTHOR_LABELS, ...STAFF_LABELS, ...DATE_LABELS].sort((a, b) => b.length - a.length);
const LABEL_PATTERN = new RegExp(`(${ALL_LABELS.join('|')})\\s*[:：]`, 'g');
const AUTHOR_SET = new Set<string>(AUTHOR_LABELS);
const DATE_SET = new Set<string>(DATE_LABELS);

/** Sentence punctuation never found in a name. */
const SENTENCE_PUNCTUATION = /[。！？；!?;“”「」『』]/;
const MAX_NAME_FIELD = 30;

export type LabelledLine = {
  /** Author names, in order (from 作者/记者/… fields). */
  authors: string[];
  dates: DateCandidate[];
};

function splitNames(value: string): string[] {
  return value
    .split(/[、,，/／;；]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** Reads a whole line of label/value fields, or returns null if the line is anything else. */
export function parseLabelledLine(line: string): LabelledLine | null {
  const text = line.trim();
  const matches = [...text.matchAll(LABEL_PATTERN)];
  const firstMatch = matches[0];
  if (!firstMatch || firstMatch.index !== 0) return null;

  const result: LabelledLine = { authors: [], dates: [] };
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as RegExpExecArray;
    const label = m[1] as string;
    const next = matches[i + 1];
    const value = text.slice((m.index as number) + m[0].length, next ? next.index : text.length).trim();
    if (DATE_SET.has(label)) {
      const date = parseDateText(value, `"${label}" field`);
      if (!date) return null;
      result.dates.push(date);
      continue;
    }
    if (value === '' || value.length > MAX_NAME_FIELD || SENTENCE_PUNCTUATION.test(value)) return null;
    if (AUTHOR_SET.has(label)) result.authors.push(...splitNames(value));
  }
  return result;
}
