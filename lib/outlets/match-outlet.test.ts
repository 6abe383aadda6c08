import { describe, expect, it } from 'vitest';
import { matchOutlet } from './match-outlet';

const stored = [
  { slug: 'deutsche-welle', name: '德国之声', homepage: 'https://www.dw.com' },
  { slug: 'bbc', name: 'BBC中文', homepage: 'https://www.bbc.com/zhongwen' },
  { slug: 'bbc-news', name: 'BBC News', homepage: 'https://www.bbc.com' },
  { slug: 'nohome', name: 'The Daily Planet', homepage: null },
];

describe('matchOutlet', () => {
  it('matches a second dw.com article to the stored 德国之声 by homepage host', () => {
    const m = matchOutlet(stored, { urls: ['https://www.dw.com/zh/some-story/a-123'], names: ['DW.COM'] });
    expect(m).toEqual({ outlet: stored[0], by: 'homepage' });
  });

  it('takes the most specific homepage path', () => {
    expect(matchOutlet(stored, { urls: ['https://www.bbc.com/zhongwen/simp/world-1'], names: [] })?.outlet.slug).toBe('bbc');
    expect(matchOutlet(stored, { urls: ['https://www.bbc.com/news/world-1'], names: [] })?.outlet.slug).toBe('bbc-news');
  });

  it('matches by site name when no homepage does, case- and width-insensitively', () => {
    expect(matchOutlet(stored, { urls: ['https://planet.example/a'], names: ['the daily planet'] })).toEqual({ outlet: stored[3], by: 'name' });
  });

  it('matches nothing for another site', () => {
    expect(matchOutlet(stored, { urls: ['https://notdw.com/a'], names: ['Other'] })).toBeNull();
  });
});
