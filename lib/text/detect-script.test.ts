import { describe, expect, it } from 'vitest';
import { countScriptMarkers, detectChineseScript } from './detect-script';

describe('detectChineseScript', () => {
  it('recognises Traditional and Simplified renderings of the same sentence', () => {
    expect(detectChineseScript('習近平自2013年以來已經至少9次訪問俄羅斯')).toBe('zh-Hant');
    expect(detectChineseScript('习近平自2013年以来已经至少9次访问俄罗斯')).toBe('zh-Hans');
  });

  it('decides by majority, tolerating a few characters of the other script', () => {
    // BBC's Simplified pages contain 關係 and 宣佈; Kanzhongguo's Traditional pages contain 短网址.
    expect(detectChineseScript('目前正值中国与西方大国，尤其是美国的关係紧张之际，拜登政府著力联合盟友抗衡中国。')).toBe('zh-Hans');
    expect(detectChineseScript('短网址 上海合作組織是一個政治和安全組織，由中共和俄羅斯於2001年成立。')).toBe('zh-Hant');
  });

  it('returns null without evidence', () => {
    expect(detectChineseScript('普京 2024 SCO')).toBeNull();
    expect(detectChineseScript('')).toBeNull();
  });

  it('ignores characters that are ordinary in both scripts', () => {
    expect(countScriptMarkers('皇后 系 准许 范 制度 只 台 干')).toEqual({ traditional: 0, simplified: 0 });
    expect(countScriptMarkers('后来系统')).toEqual({ traditional: 0, simplified: 2 }); // 来, 统
  });
});
