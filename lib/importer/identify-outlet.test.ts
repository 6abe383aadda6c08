import { describe, expect, it } from 'vitest';
import { identifyOutlet, type OutletClues } from './identify-outlet';

const clues = (c: Partial<OutletClues>): OutletClues => ({
  source: '',
  attributions: [],
  urls: [],
  paragraphs: [],
  language: 'zh-Hans',
  ...c,
});

describe('identifyOutlet', () => {
  it('prefers the attribution over the republisher URL', () => {
    const r = identifyOutlet(
      clues({ attributions: ['中文大纪元'], urls: ['https://www.bannedbook.org/bnews/1.html'], source: 'bannedbook.org' }),
    );
    expect(r?.outlet.slug).toBe('epochtimes');
    expect(r?.timeZone).toBe('America/New_York');
  });

  it('uses the article URL', () => {
    expect(identifyOutlet(clues({ urls: ['https://www.bbc.com/zhongwen/simp/world-62912357'] }))?.outlet.slug).toBe('bbc');
  });

  it('uses a dateline', () => {
    expect(identifyOutlet(clues({ paragraphs: ['【看中國2024年7月4日訊】與李強訪問新澳馬…'] }))?.outlet.slug).toBe('kanzhongguo');
  });

  it('falls back to hosts mentioned in the file, ignoring republishers and proxies', () => {
    const source =
      '<a href="https://www.bannedbook.org/a">x</a><a href="https://www.bannedbook.org/b">x</a> 看中國版權所有 Copyright © 2001 - Kanzhongguo.com';
    expect(identifyOutlet(clues({ source }))?.outlet.slug).toBe('kanzhongguo');
    expect(identifyOutlet(clues({ source: '<img src="https://images.weserv.nl/?url=ichef.bbci.co.uk/x.jpg">' }))).toBeNull();
  });

  it('derives an outlet from an unknown article host, and gives up without one', () => {
    expect(identifyOutlet(clues({ urls: ['https://www.example.org/a/1.html'], language: 'zh-Hant' }))?.outlet).toEqual({
      slug: 'example-org',
      name: 'example.org',
      homepage: 'https://www.example.org',
      language: 'zh-Hant',
    });
    expect(identifyOutlet(clues({ attributions: ['新华社'] }))).toBeNull();
  });
});
