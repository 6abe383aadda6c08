import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale';
import { formatLocalTime, formatUtcTime } from './local-time';

describe('local time', () => {
  it('renders UTC with the offset said, for the server', () => {
    expect(formatUtcTime('2024-07-04T21:33:00.000Z')).toBe('2024-07-04 21:33 UTC');
  });

  it('renders the reader’s zone and language, naming the zone by its offset', () => {
    const iso = '2024-07-04T21:33:00.000Z';
    expect(formatLocalTime(iso, 'en', 8 * 60)).toBe('Jul 5, 2024, 05:33 AM GMT+8');
    expect(formatLocalTime(iso, 'zh-Hans', 8 * 60)).toBe('2024年7月5日 GMT+8 05:33');
    expect(formatLocalTime(iso, 'zh-Hant', -4 * 60)).toBe('2024年7月4日 下午05:33 [GMT-4]');
    expect(formatLocalTime(iso, 'en', 0)).toBe('Jul 4, 2024, 09:33 PM UTC');
    expect(formatLocalTime(iso, 'en', 5 * 60 + 30)).toBe('Jul 5, 2024, 03:03 AM GMT+5:30');
  });

  it('writes what Intl.DateTimeFormat writes, in every interface language, at any hour and offset', () => {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
    // zones without daylight saving, so one offset each (Etc/GMT-8 is UTC+8)
    const zones: [string, number][] = [['UTC', 0], ['Etc/GMT-8', 480], ['Etc/GMT+5', -300], ['Asia/Kolkata', 330], ['Asia/Kathmandu', 345], ['Etc/GMT-14', 840], ['Etc/GMT+12', -720]];
    const formats = new Map<string, Intl.DateTimeFormat>();
    const intl = (locale: string, timeZone: string) => {
      const key = `${locale} ${timeZone}`;
      if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(locale, { ...options, timeZone }));
      return formats.get(key)!;
    };
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      // instants spread over years, months, days, hours and minutes (midnight and noon included)
      const iso = new Date(Date.UTC(1999 + (i % 40), (i * 7) % 12, 1 + ((i * 13) % 28), (i * 5) % 24, (i * 17) % 60)).toISOString();
      for (const [timeZone, offset] of zones) {
        for (const locale of LOCALES) {
          expect(formatLocalTime(iso, locale, offset), `${iso} ${timeZone} ${locale}`).toBe(intl(locale, timeZone).format(new Date(iso)));
          checked++;
        }
      }
    }
    expect(checked).toBe(400 * 7 * 3);
  });

  it('uses the runtime’s own zone by default', () => {
    const iso = '2024-01-15T12:00:00.000Z';
    expect(formatLocalTime(iso, 'en')).toBe(formatLocalTime(iso, 'en', -new Date(iso).getTimezoneOffset()));
  });
});
