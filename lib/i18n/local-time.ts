// A moment in time as the interface shows it: on the server, UTC with the offset said
// ("2024-07-04 08:00 UTC"), since the reader's zone is unknown there; in the browser, in the
// reader's language and time zone ("Jul 5, 2024, 04:00 PM GMT+8"). Pure.
//
// The browser's side is written out for the interface's three languages, the way
// Intl.DateTimeFormat writes them (a test holds it to Intl's output), instead of calling Intl:
// the first Intl.DateTimeFormat of a page loads the engine's date and time zone data, 25 to
// 35 ms on this machine's Chromium and four times that on a phone's slower CPU, which was the
// largest task of a claim or article page's start-up. A zone is named by its offset from UTC.
import type { Locale } from './locale';

export function formatUtcTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "GMT+8", "GMT-5", "GMT+5:30"; "UTC" at offset 0. */
function zoneName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `GMT${sign}${hours}${minutes ? `:${two(minutes)}` : ''}`;
}

/**
 * `offsetMinutes`: the zone's offset from UTC at that moment (east positive); by default the
 * runtime's own zone, the reader's in a browser.
 */
export function formatLocalTime(iso: string, locale: Locale, offsetMinutes?: number): string {
  const instant = new Date(iso);
  const offset = offsetMinutes ?? -instant.getTimezoneOffset();
  // the wall-clock time in that zone, read with the UTC getters
  const local = new Date(instant.getTime() + offset * 60_000);
  const [year, month, day, hour, minute] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes()];
  const zone = zoneName(offset);
  const hour12 = two(hour % 12 === 0 ? 12 : hour % 12);
  switch (locale) {
    case 'zh-Hans':
      return `${year}年${month + 1}月${day}日 ${zone} ${two(hour)}:${two(minute)}`;
    case 'zh-Hant':
      return `${year}年${month + 1}月${day}日 ${hour < 12 ? '上午' : '下午'}${hour12}:${two(minute)} [${zone}]`;
    default:
      return `${EN_MONTHS[month]} ${day}, ${year}, ${hour12}:${two(minute)} ${hour < 12 ? 'AM' : 'PM'} ${zone}`;
  }
}
