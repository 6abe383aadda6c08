import { describe, expect, it } from 'vitest';
import {
  latestMentionedDate,
  parseDateText,
  parseEpochStamp,
  parseRelativeAge,
  resolvePublishedAt,
  type DateCandidate,
} from './published-at';

const NY = 'America/New_York';

describe('parseDateText', () => {
  it('reads explicit instants', () => {
    expect(parseDateText('2024-07-03T23:35:20.474Z', 's')).toMatchObject({ kind: 'instant', precision: 'millisecond' });
    const rfc = parseDateText('Wed, 03 Jul 2024 14:22:35 GMT', 's');
    expect(rfc?.kind === 'instant' && rfc.at.toISOString()).toBe('2024-07-03T14:22:35.000Z');
    const offset = parseDateText('2024-07-05T08:00:00+08:00', 's');
    expect(offset?.kind === 'instant' && offset.at.toISOString()).toBe('2024-07-05T00:00:00.000Z');
  });

  it('reads wall-clock times and days without a zone as such', () => {
    expect(parseDateText('2024-07-04 17:33', 's')).toMatchObject({
      kind: 'local',
      wall: { year: 2024, month: 7, day: 4, hour: 17, minute: 33, second: 0 },
      precision: 'minute',
    });
    expect(parseDateText('2024年7月4日 09:05:07', 's')).toMatchObject({ kind: 'local', precision: 'second' });
    expect(parseDateText('2022-09-16', 's')).toMatchObject({ kind: 'day', date: { year: 2022, month: 9, day: 16 } });
  });

  it('rejects text that merely contains a date, and impossible dates', () => {
    expect(parseDateText('2024年7月3日，中国领导人习近平和俄罗斯总统普京会晤。', 's')).toBeNull();
    expect(parseDateText('2024-02-30', 's')).toBeNull();
    expect(parseDateText('19 分钟前', 's')).toBeNull();
  });
});

describe('small parsers', () => {
  it('parseRelativeAge', () => {
    expect(parseRelativeAge('19 分钟前')).toMatchObject({ amount: 19, unit: 'minute' });
    expect(parseRelativeAge('3小時前')).toMatchObject({ amount: 3, unit: 'hour' });
    expect(parseRelativeAge('5 minutes ago')).toMatchObject({ amount: 5, unit: 'minute' });
    expect(parseRelativeAge('2022年9月16日')).toBeNull();
  });

  it('parseEpochStamp', () => {
    expect(parseEpochStamp('1663294382000')?.toISOString()).toBe('2022-09-16T02:13:02.000Z');
    expect(parseEpochStamp('NaN')).toBeNull();
  });

  it('latestMentionedDate', () => {
    expect(latestMentionedDate(['2023年5月18日至19日', '2024年7月4日，会议。', '2024年6月19日凌晨', '2010年签订'])).toEqual({
      year: 2024,
      month: 7,
      day: 4,
    });
    expect(latestMentionedDate(['7月4日的峰会'])).toBeNull();
  });
});

describe('resolvePublishedAt', () => {
  const captured: DateCandidate = { kind: 'captured', at: new Date('2022-09-16T02:13:02.000Z'), source: 'stamp' };
  const day = (relative: string | null): DateCandidate => ({
    kind: 'day',
    date: { year: 2022, month: 9, day: 16 },
    zone: 'UTC',
    relative: relative ? parseRelativeAge(relative) : null,
    source: '<time>',
  });

  it('prefers an explicit instant over everything else', () => {
    const instant = parseDateText('Wed, 03 Jul 2024 14:22:35 GMT', 'date line') as DateCandidate;
    const r = resolvePublishedAt([captured, instant], NY, { year: 2024, month: 7, day: 4 });
    expect(r?.at.toISOString()).toBe('2024-07-03T14:22:35.000Z');
  });

  it('reads wall-clock times in the outlet zone (with daylight saving)', () => {
    const summer = parseDateText('2024-07-04 17:33', 'f') as DateCandidate;
    const winter = parseDateText('2024-01-04 17:33', 'f') as DateCandidate;
    expect(resolvePublishedAt([summer], NY, null)?.at.toISOString()).toBe('2024-07-04T21:33:00.000Z');
    expect(resolvePublishedAt([winter], NY, null)?.at.toISOString()).toBe('2024-01-04T22:33:00.000Z');
    expect(resolvePublishedAt([summer], 'Asia/Shanghai', null)?.at.toISOString()).toBe('2024-07-04T09:33:00.000Z');
  });

  it('counts a relative age back from the capture time when consistent with the stated day', () => {
    const r = resolvePublishedAt([captured, day('19 分钟前')], NY, null);
    expect(r?.at.toISOString()).toBe('2022-09-16T01:54:02.000Z');
    expect(r?.evidence).toMatchObject({ precision: 'minute', estimated: false });
  });

  it('falls back to the start of the stated day when the age does not fit it', () => {
    expect(resolvePublishedAt([captured, day('5 天前')], NY, null)?.at.toISOString()).toBe('2022-09-16T00:00:00.000Z');
    expect(resolvePublishedAt([day('19 分钟前')], NY, null)?.at.toISOString()).toBe('2022-09-16T00:00:00.000Z');
  });

  it('uses the capture time, then the latest mentioned date, as estimates', () => {
    expect(resolvePublishedAt([captured], NY, null)).toMatchObject({ evidence: { estimated: true } });
    const r = resolvePublishedAt([], NY, { year: 2024, month: 7, day: 4 });
    expect(r?.at.toISOString()).toBe('2024-07-04T04:00:00.000Z');
    expect(r?.evidence).toMatchObject({ precision: 'day', estimated: true });
    expect(resolvePublishedAt([], NY, null)).toBeNull();
  });
});
