import { describe, expect, it } from 'vitest';
import { boilerplateRule, isChromeElement, isTagLine, isToolbarLine } from './boilerplate';

describe('boilerplateRule', () => {
  it.each([
    ['图像来源，EPA', 'image-credit'],
    ['图像来源，PRESIDENCY OF AZERBAIJAN/ HANDOUT', 'image-credit'],
    ['大陆网友注意：本文中的链接除翻墙软件下载和翻墙推荐链接外全部为禁网链接', 'republisher-notice'],
    ['备注：翻墙看新闻非常安全，翻墙以真实身份发表敏感言论有一定风险', 'republisher-notice'],
    ['获取更多RSS：', 'feed-trailer'],
    ['我們和我們的合作夥伴在我們的網站上使用Cookie等技術來個性化內容和廣告並分析我們的流量。', 'cookie-notice'],
    ['看中國版權所有 Copyright © 2001 - Kanzhongguo.com All Rights Reserved.', 'copyright'],
    ['短网址: 版權所有,任何形式轉載需本站授權許可。 嚴禁建立鏡像網站。', 'copyright'],
    ['【誠徵榮譽會員】溪流能夠匯成大海,小善可以成就大愛。', 'membership-appeal'],
    ['榮譽會員', 'membership-appeal'],
    ['捐助', 'membership-appeal'],
    ['評論', 'comment-counter'],
    ['26個留言', 'comment-counter'],
    ['看完這篇文章您覺得', 'reaction-prompt'],
    ['相关报道', 'related-heading'],
    ['更多关于这个话题', 'related-heading'],
    ['blank', 'ui-residue'],
    ['https://feedx.net', 'bare-url'],
    ['手機版 简体 打賞 26個留言 列印 特大', 'toolbar'],
  ])('%s → %s', (text, rule) => {
    expect(boilerplateRule(text)).toBe(rule);
  });

  it('leaves article sentences alone, including ones that discuss the same topics', () => {
    for (const text of [
      '俄罗斯总统普京与中国国家领导人习近平本周三借上合组织峰会再度会面。',
      '資料圖:習近平與普京在「上合」交流(圖片來源:Getty Images)',
      '习普在西方指责声中多次会面',
      '欧盟法院裁定，网站必须在用户同意后才能使用Cookie，这一裁决影响了数以万计的欧洲网站，也引发了广告业和隐私保护团体之间持续数年的激烈争论，' +
        '各方对于如何在商业利益与个人隐私之间取得平衡仍然存在很大分歧。'.repeat(6),
    ]) {
      expect(boilerplateRule(text), text).toBeNull();
    }
  });
});

describe('line predicates', () => {
  it('isToolbarLine', () => {
    expect(isToolbarLine('手機版 简体 打賞 26個留言 列印 特大')).toBe(true);
    expect(isToolbarLine('普京 習近平')).toBe(false);
  });

  it('isTagLine', () => {
    expect(isTagLine('普京 習近平')).toBe(true);
    expect(isTagLine('習普在西方指責聲中多次會面')).toBe(false);
    expect(isTagLine('資料圖:習近平與普京 在「上合」交流')).toBe(false);
  });
});

describe('isChromeElement', () => {
  const el = (attrs: Record<string, string>) => isChromeElement(new Map(Object.entries(attrs)));
  it('recognises chrome by class, id, role and ARIA', () => {
    expect(el({ class: 'notice' })).toBe(true);
    expect(el({ class: 'op-related-articles' })).toBe(true);
    expect(el({ class: 'banner-ads', id: 'archive-pix-1' })).toBe(true);
    expect(el({ id: 'zoomattribute' })).toBe(true);
    expect(el({ id: '27602x728x90x621x_ADSLOT1' })).toBe(true);
    expect(el({ 'aria-hidden': 'true' })).toBe(true);
    expect(el({ role: 'navigation' })).toBe(true);
    expect(el({ class: 'share-bar' })).toBe(true);
  });

  it('keeps content containers', () => {
    expect(el({ class: 'entry' })).toBe(false);
    expect(el({ class: 'lead_image_caption' })).toBe(false);
    expect(el({ role: 'main' })).toBe(false);
    expect(el({ class: 'src-info' })).toBe(false);
  });
});
