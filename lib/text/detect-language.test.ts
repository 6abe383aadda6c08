import { describe, expect, it } from 'vitest';
import { chooseLanguage, detectLanguage } from './detect-language';

const ENGLISH = 'Xi Jinping (习近平) met Vladimir Putin on Wednesday in Astana, where the two leaders said that their countries would deepen cooperation.';
const CHINESE = '习近平与普京周三在阿斯塔纳会面，双方表示将深化两国合作，并就地区安全问题交换了意见。';
const TRADITIONAL = '習近平與普京週三在阿斯塔納會面，雙方表示將深化兩國合作，並就地區安全問題交換了意見。';
const JAPANESE = '習近平国家主席とプーチン大統領は水曜日、アスタナで会談し、協力を深めることで一致した。';
const FRENCH = 'Le président chinois a rencontré mercredi son homologue russe à Astana, où les deux dirigeants ont promis une coopération plus étroite.';

describe('detectLanguage', () => {
  it('goes by the writing system with most letters: an English page quoting Chinese names is English', () => {
    expect(detectLanguage(ENGLISH)).toBe('en');
    expect(detectLanguage(CHINESE)).toBe('zh-Hans');
    expect(detectLanguage(TRADITIONAL)).toBe('zh-Hant');
    expect(detectLanguage(`${CHINESE} Reuters AP`)).toBe('zh-Hans');
    expect(detectLanguage(JAPANESE)).toBe('ja');
    expect(detectLanguage('북한은 수요일 미사일을 발사했다고 합동참모본부가 밝혔다.')).toBe('ko');
  });

  it('leaves Latin text that is not English, and text without letters, undecided', () => {
    expect(detectLanguage(FRENCH)).toBeNull();
    expect(detectLanguage('2024-07-04 12:00')).toBeNull();
  });
});

describe('chooseLanguage', () => {
  it('takes the first declared language in the list that fits the text', () => {
    expect(chooseLanguage(['fr-FR'], FRENCH)).toBe('fr');
    expect(chooseLanguage(['xx', 'en-GB'], ENGLISH)).toBe('en');
    expect(chooseLanguage(['ja'], JAPANESE)).toBe('ja');
  });

  it('lets the characters decide the Chinese script, and ignores a declaration the text contradicts', () => {
    expect(chooseLanguage(['zh-CN'], TRADITIONAL)).toBe('zh-Hant');
    expect(chooseLanguage(['zh'], CHINESE)).toBe('zh-Hans');
    // A site template's lang="en" around a Chinese article, and the reverse.
    expect(chooseLanguage(['en'], CHINESE)).toBe('zh-Hans');
    expect(chooseLanguage(['zh-Hans'], ENGLISH)).toBe('en');
  });

  it('falls back to the text when nothing usable is declared', () => {
    expect(chooseLanguage([], ENGLISH)).toBe('en');
    expect(chooseLanguage([], FRENCH)).toBeNull();
  });
});
