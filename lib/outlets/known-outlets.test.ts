import { describe, expect, it } from 'vitest';
import {
  KNOWN_OUTLETS,
  findOutletByName,
  findOutletByUrl,
  isNonPublisherUrl,
  isOutletName,
  toOutlet,
} from './known-outlets';

describe('KNOWN_OUTLETS', () => {
  it('holds the five outlets with their stored fields', () => {
    expect(KNOWN_OUTLETS.map(toOutlet)).toEqual([
      { slug: 'kanzhongguo', name: '看中國', homepage: 'https://www.kanzhongguo.com', language: 'zh-Hant' },
      { slug: 'rfa', name: '自由亚洲电台', homepage: 'https://www.rfa.org/mandarin', language: 'zh-Hans' },
      { slug: 'epochtimes', name: '大纪元', homepage: 'https://www.epochtimes.com', language: 'zh-Hans' },
      { slug: 'voa', name: '美国之音', homepage: 'https://www.voachinese.com', language: 'zh-Hans' },
      { slug: 'bbc', name: 'BBC中文', homepage: 'https://www.bbc.com/zhongwen', language: 'zh-Hans' },
    ]);
  });

  it('has valid IANA time zones', () => {
    for (const o of KNOWN_OUTLETS) expect(() => new Intl.DateTimeFormat('en', { timeZone: o.timeZone })).not.toThrow();
  });
});

describe('findOutletByUrl', () => {
  it('matches hosts, subdomains and path prefixes', () => {
    expect(findOutletByUrl('https://www.voachinese.com/a/x/7683415.html')?.slug).toBe('voa');
    expect(findOutletByUrl('https://www.bbc.com/zhongwen/simp/world-62912357')?.slug).toBe('bbc');
    expect(findOutletByUrl('https://www.rfa.org/mandarin/yataibaodao/x.html')?.slug).toBe('rfa');
    expect(findOutletByUrl('http://www.epochtimes.com/')?.slug).toBe('epochtimes');
    expect(findOutletByUrl('Kanzhongguo.com')?.slug).toBe('kanzhongguo');
  });

  it('does not match other sections or look-alike hosts', () => {
    expect(findOutletByUrl('https://www.bbc.com/news/world-62912357')).toBeNull();
    expect(findOutletByUrl('https://www.rfa.org/english/news/x.html')).toBeNull();
    expect(findOutletByUrl('https://notvoachinese.com/a/1.html')).toBeNull();
    expect(findOutletByUrl('https://ichef.bbci.co.uk/news/640/x.jpg')).toBeNull();
    expect(findOutletByUrl('not a url at all')).toBeNull();
  });
});

describe('findOutletByName', () => {
  it('finds the outlet named in attribution text', () => {
    expect(findOutletByName('中文大纪元')?.slug).toBe('epochtimes');
    expect(findOutletByName('看中國')?.slug).toBe('kanzhongguo');
    expect(findOutletByName('美國之音')?.slug).toBe('voa');
    expect(findOutletByName('新华社')).toBeNull();
  });
});

describe('isNonPublisherUrl / isOutletName', () => {
  it('flags republishers and feed services', () => {
    expect(isNonPublisherUrl('https://www.bannedbook.org/bnews/tag/x/')).toBe(true);
    expect(isNonPublisherUrl('https://feedx.net')).toBe(true);
    expect(isNonPublisherUrl('https://images.weserv.nl/?url=ichef.bbci.co.uk/x.jpg')).toBe(true);
    expect(isNonPublisherUrl('https://www.voachinese.com/a/1.html')).toBe(false);
  });

  it('recognises outlet names used as bylines', () => {
    expect(isOutletName('BBC中文')).toBe(true);
    expect(isOutletName('自由亚洲电台')).toBe(true);
    expect(isOutletName('斯影')).toBe(false);
  });
});
