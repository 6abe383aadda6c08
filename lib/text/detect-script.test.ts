import { describe, expect, it } from 'vitest';
import { countScriptMarkers, detectChineseScript, textLang } from './detect-script';

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
    expect(countScriptMarkers('皇后 系 准 范 制度 只 台 干')).toEqual({ traditional: 0, simplified: 0 });
    expect(countScriptMarkers('后来系统')).toEqual({ traditional: 0, simplified: 2 }); // 来, 统
  });

  it("takes its characters from OpenCC's dictionaries, not a short list", () => {
    // 许 / 許 and 鬱 / 郁 were missing from the hand-written table this replaced.
    expect(countScriptMarkers('准许')).toEqual({ traditional: 0, simplified: 1 });
    expect(countScriptMarkers('准許 憂鬱')).toEqual({ traditional: 3, simplified: 0 });
  });

  it('counts Hong Kong and Taiwan forms as Traditional, not as Simplified evidence', () => {
    // 台, 税, 户 and 秘 are how Hong Kong writes 臺, 稅, 戶 and 祕.
    expect(countScriptMarkers('台 税 户 秘')).toEqual({ traditional: 0, simplified: 0 });
    expect(countScriptMarkers('政府在台上說明税率與户口')).toEqual({ traditional: 2, simplified: 0 }); // 說, 與
  });
});

describe('textLang', () => {
  it('tags text with its script, or plain zh without evidence', () => {
    expect(textLang('上海合作組織')).toBe('zh-Hant');
    expect(textLang('上海合作组织')).toBe('zh-Hans');
    expect(textLang('上海')).toBe('zh');
});
});
