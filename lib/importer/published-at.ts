// Owns turning the date evidence a file contains into one publication instant.
//
// Parsers collect candidates; resolvePublishedAt picks the most authoritative
// one, in this order:
//   1. an explicit instant (ISO 8601 with offset, RFC 2822 / HTTP date with zone);
//   2. a wall-clock time without offset ("發表:2024-07-04 17:33"), read in the
//      outlet's time zone (lib/outlets/known-outlets.ts);
//   3. a day-only date (e.g. <time dateTime="2022-09-16">): if the element also
//      shows a relative age ("19 分钟前") and the file records when it was
//      captured (the feed item's <!--1663294382000--> line), the instant is
//      capture time minus that age, accepted only if it falls within a day of the
//      stated date; otherwise the start of that day;
//   4. the capture time alone (an upper bound, typically minutes after publication);
//   5. the latest full date the article body mentions ("2024年7月4日"), at the start
//      of that day in the outlet's zone: a lower bound, flagged as estimated.
import { DateTime } from 'luxon';
import type { PublishedAtEvidence } from './types';

type Precision = PublishedAtEvidence['precision'];

export type CalendarDay = { year: number; month: number; day: number };
export type WallTime = CalendarDay & { hour: number; minute: number; second: number };
export type RelativeAge = { amount: number; unit: 'second' | 'minute' | 'hour' | 'day'; text: string };

export type DateCandidate =
  | { kind: 'instant'; at: Date; precision: Precision; source: string }
  | { kind: 'local'; wall: WallTime; precision: Precision; source: string }
  | { kind: 'day'; date: CalendarDay; zone: 'UTC' | 'outlet'; relative: RelativeAge | null; source: string }
  | { kind: 'captured'; at: Date; source: string }
  | { kind: 'mentioned'; date: CalendarDay; source: string };

export type ResolvedDate = { at: Date; evidence: PublishedAtEvidence };

const WALL_OR_DAY =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:T|\s)?\s*(\d{1,2})\s*[:：時时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?\s*$/;

function isValidDay(d: CalendarDay): boolean {
  return DateTime.fromObject(d, { zone: 'UTC' }).isValid;
}

/**
 * Parses a string that is entirely a date or date-time: ISO 8601, RFC 2822, an
 * HTTP date, or "YYYY-MM-DD[ HH:mm[:ss]]" / "YYYY年M月D日[ HH:mm]". Returns null
 * for anything else, including strings that merely contain a date.
 */
export function parseDateText(raw: string, source: string): DateCandidate | null {
  const text = raw.trim();
  if (text === '' || text.length > 64) return null;

  const wall = WALL_OR_DAY.exec(text);
  if (wall) {
    const [year, month, day] = [Number(wall[1]), Number(wall[2]), Number(wall[3])];
    if (wall[4] === undefined) {
      const date = { year, month, day };
      return isValidDay(date) ? { kind: 'day', date, zone: 'outlet', relative: null, source } : null;
    }
    const second = wall[6] === undefined ? 0 : Number(wall[6]);
    const w: WallTime = { year, month, day, hour: Number(wall[4]), minute: Number(wall[5]), second };
    if (!DateTime.fromObject(w, { zone: 'UTC' }).isValid) return null;
    return { kind: 'local', wall: w, precision: wall[6] === undefined ? 'minute' : 'second', source };
  }

  const iso = DateTime.fromISO(text, { setZone: true });
  if (iso.isValid && /T/.test(text)) {
    const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text);
    const precision: Precision = /\.\d+/.test(text) ? 'millisecond' : /T\d{2}:\d{2}:\d{2}/.test(text) ? 'second' : 'minute';
    if (hasOffset) return { kind: 'instant', at: iso.toJSDate(), precision, source };
    const { year, month, day, hour, minute, second } = iso;
    return { kind: 'local', wall: { year, month, day, hour, minute, second }, precision, source };
  }

  for (const parsed of [DateTime.fromRFC2822(text), DateTime.fromHTTP(text)]) {
    if (parsed.isValid) return { kind: 'instant', at: parsed.toJSDate(), precision: 'second', source };
  }
  return null;
}

const RELATIVE_UNITS: Record<string, RelativeAge['unit']> = {
  秒: 'second',
  秒钟: 'second',
  秒鐘: 'second',
  分钟: 'minute',
  分鐘: 'minute',
  小时: 'hour',
  小時: 'hour',
  天: 'day',
  日: 'day',
  second: 'second',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
};

/** "19 分钟前", "3 小時前", "5 minutes ago". */
export function parseRelativeAge(raw: string): RelativeAge | null {
  const text = raw.trim();
  const zh = /^(\d+)\s*(秒钟|秒鐘|秒|分钟|分鐘|小时|小時|天|日)\s*前$/.exec(text);
  const en = /^(\d+)\s*(second|minute|hour|day)s?\s+ago$/i.exec(text);
  const m = zh ?? en;
  if (!m) return null;
  const unit = RELATIVE_UNITS[(m[2] as string).toLowerCase()];
  return unit ? { amount: Number(m[1]), unit, text } : null;
}

/** A feed capture stamp such as "1720017544000" (ms) or "1720017544" (s); null for "NaN" etc. */
export function parseEpochStamp(raw: string): Date | null {
  const text = raw.trim();
  if (/^\d{13}$/.test(text)) return new Date(Number(text));
  if (/^\d{10}$/.test(text)) return new Date(Number(text) * 1000);
  return null;
}

const MENTIONED_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

/** The latest full date ("2024年7月4日") mentioned in the text, or null. */
export function latestMentionedDate(paragraphs: readonly string[]): CalendarDay | null {
  let best: CalendarDay | null = null;
  for (const p of paragraphs) {
    for (const m of p.matchAll(MENTIONED_DATE)) {
      const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      if (!isValidDay(d)) continue;
      if (!best || compareDays(d, best) > 0) best = d;
    }
  }
  return best;
}

function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function formatDay(d: CalendarDay): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const UNIT_MS: Record<RelativeAge['unit'], number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

function resolveDay(
  c: Extract<DateCandidate, { kind: 'day' }>,
  captured: Extract<DateCandidate, { kind: 'captured' }> | undefined,
  outletZone: string,
): ResolvedDate {
  const zone = c.zone === 'UTC' ? 'UTC' : outletZone;
  const startOfDay = DateTime.fromObject(c.date, { zone });
  if (c.relative && captured) {
    const at = new Date(captured.at.getTime() - c.relative.amount * UNIT_MS[c.relative.unit]);
    const distance = Math.abs(DateTime.fromJSDate(at).setZone(zone).startOf('day').diff(startOfDay, 'days').days);
    if (distance <= 1) {
      const fine = c.relative.unit === 'second' || c.relative.unit === 'minute';
      return {
        at,
        evidence: {
          source: `${c.source} shown as "${c.relative.text}", counted back from ${captured.source} ${captured.at.toISOString()}`,
          precision: c.relative.unit === 'day' ? 'day' : c.relative.unit === 'second' ? 'second' : 'minute',
          estimated: !fine,
        },
      };
    }
  }
  return {
    at: startOfDay.toJSDate(),
    evidence: { source: `${c.source} ${formatDay(c.date)} (start of day, ${zone})`, precision: 'day', estimated: false },
  };
}

/** Picks the publication instant from the candidates (see the order at the top of this file). */
export function resolvePublishedAt(
  candidates: readonly DateCandidate[],
  outletZone: string,
  mentioned: CalendarDay | null,
): ResolvedDate | null {
  const first = <K extends DateCandidate['kind']>(kind: K) =>
    candidates.find((c): c is Extract<DateCandidate, { kind: K }> => c.kind === kind);

  const instant = first('instant');
  if (instant) {
    return { at: instant.at, evidence: { source: instant.source, precision: instant.precision, estimated: false } };
  }
  const local = first('local');
  if (local) {
    const at = DateTime.fromObject(local.wall, { zone: outletZone });
    return {
      at: at.toJSDate(),
      evidence: { source: `${local.source} (local time, ${outletZone})`, precision: local.precision, estimated: false },
    };
  }
  const captured = first('captured');
  const day = first('day');
  if (day) return resolveDay(day, captured, outletZone);
  if (captured) {
    return { at: captured.at, evidence: { source: `${captured.source} (capture time)`, precision: 'millisecond', estimated: true } };
  }
  if (mentioned) {
    return {
      at: DateTime.fromObject(mentioned, { zone: outletZone }).toJSDate(),
      evidence: {
        source: `latest date mentioned in the article, ${formatDay(mentioned)} (start of day, ${outletZone})`,
        precision: 'day',
        estimated: true,
      },
    };
  }
  return null;
}
