import { describe, expect, it } from 'vitest';
import { setTopicNamesSchema, topicLabel, type TopicNames } from './topic-names';

const NAMES = new Map<string, TopicNames>([['sco-summit', { en: 'SCO summit', 'zh-Hans': '上合峰会', 'zh-Hant': null }]]);

describe('topicLabel', () => {
  it('shows the name in the interface language, else the canonical name', () => {
    expect(topicLabel('sco-summit', NAMES, 'en')).toBe('SCO summit');
    expect(topicLabel('sco-summit', NAMES, 'zh-Hans')).toBe('上合峰会');
    expect(topicLabel('sco-summit', NAMES, 'zh-Hant')).toBe('sco-summit');
    expect(topicLabel('xi-putin', NAMES, 'en')).toBe('xi-putin');
    expect(topicLabel('xi-putin', undefined, 'en')).toBe('xi-putin');
  });
});

describe('setTopicNamesSchema', () => {
  it('takes a canonical topic and one line of plain text per language; blank means no name', () => {
    expect(setTopicNamesSchema.parse({ topic: 'sco-summit', names: { en: '  SCO summit ', zhHans: '', zhHant: '上合峰會' } })).toEqual({
      topic: 'sco-summit',
      names: { en: 'SCO summit', zhHans: null, zhHant: '上合峰會' },
    });
    expect(setTopicNamesSchema.parse({ topic: 'sco-summit' })).toEqual({ topic: 'sco-summit', names: {} });
  });

  it('refuses a topic that is not canonical, markup, control characters and long names', () => {
    expect(setTopicNamesSchema.safeParse({ topic: 'SCO Summit', names: {} }).success).toBe(false);
    expect(setTopicNamesSchema.safeParse({ topic: 'sco-summit', names: { en: '<b>x</b>' } }).success).toBe(false);
    expect(setTopicNamesSchema.safeParse({ topic: 'sco-summit', names: { en: 'a\u0001b' } }).success).toBe(false);
    expect(setTopicNamesSchema.safeParse({ topic: 'sco-summit', names: { en: 'x'.repeat(81) } }).success).toBe(false);
  });
});
