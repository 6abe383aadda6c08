import { describe, expect, it } from 'vitest';
import { formatLocalTime, formatUtcTime } from './local-time';

describe('local time', () => {
  it('renders UTC with the offset said, for the server', () => {
    expect(formatUtcTime('2024-07-04T21:33:00.000Z')).toBe('2024-07-04 21:33 UTC');
  });

  it('renders the reader’s zone and language, naming the zone', () => {
    const iso = '2024-07-04T21:33:00.000Z';
    expect(formatLocalTime(iso, 'en', 'Asia/Shanghai')).toMatch(/Jul 5, 2024.*05:33.*GMT\+8/);
    expect(formatLocalTime(iso, 'zh-Hans', 'Asia/Shanghai')).toMatch(/2024年7月5日.*05:33/);
    expect(formatLocalTime(iso, 'zh-Hant', 'America/New_York')).toMatch(/2024年7月4日.*05:33/);
    expect(formatLocalTime(iso, 'en', 'UTC')).toMatch(/Jul 4, 2024.*9:33 PM UTC/);
  });
});
