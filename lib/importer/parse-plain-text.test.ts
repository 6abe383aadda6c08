import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from './parse-plain-text';

const source = readFileSync(new URL('../../seeds/000_d7b0c1fde2da5c92.txt', import.meta.url), 'utf8');

describe('parsePlainText on the 看中國 seed', () => {
  const ex = parsePlainText(source);

  it('reads title, byline, local time and attribution', () => {
    expect(ex.titles).toEqual(['習借「上合」再會普京 「戰略夥伴」抗衡西方聯盟有新說法(圖)']);
    expect(ex.bylines).toEqual([['鄭凱義']]);
    expect(ex.dates).toMatchObject([{ kind: 'local', wall: { year: 2024, month: 7, day: 4, hour: 17, minute: 33 } }]);
    expect(ex.attributions).toEqual(['看中國']);
    expect(ex.urls).toEqual([]);
  });

  it('drops the header chrome and everything after the attribution', () => {
    const ruleFor = (start: string) => ex.dropped.find((d) => d.text.startsWith(start))?.rule;
    expect(ruleFor('作者:鄭凱義 發表:2024-07-04 17:33')).toBe('byline');
    expect(ruleFor('手機版 简体 打賞 26個留言')).toBe('toolbar');
    expect(ruleFor('普京 習近平')).toBe('tag-line');
    expect(ruleFor('来源:看中國')).toBe('attribution');
    expect(ruleFor('我們和我們的合作夥伴在我們的網站上使用Cookie')).toBe('tail');
    expect(ex.dropped.filter((d) => d.rule === 'tail')).toHaveLength(11);
  });

  it('keeps the caption, every body paragraph and the sub-headings, in order', () => {
    expect(ex.paragraphs[0]).toBe('資料圖:習近平與普京在「上合」交流(圖片來源:Getty Images)');
    expect(ex.paragraphs[1]?.startsWith('【看中國2024年7月4日訊】')).toBe(true);
    expect(ex.paragraphs).toContain('這次峰會的幾個新看點');
    expect(ex.paragraphs.at(-1)?.startsWith('中共外交部說,在阿斯塔納峰會後')).toBe(true);
    expect(ex.paragraphs).toHaveLength(25);
  });
});

describe('parsePlainText on other input', () => {
  it('drops chrome lines even without a tail marker, and decodes entities', () => {
    const ex = parsePlainText('标题\n\n正文&nbsp;第一段，内容足够长以结束页首区域，这里继续写一些文字凑够长度。\n\n評論\n\nCopyright © 2024 Example\n\n第二段。');
    expect(ex.paragraphs).toEqual(['正文 第一段，内容足够长以结束页首区域，这里继续写一些文字凑够长度。', '第二段。']);
    expect(parsePlainText('标题\n\nAT&amp;T 与 &lt;上合&gt; 组织的关系，这里继续写一些文字凑够长度，再多写几个字。').paragraphs).toEqual([
      'AT&T 与 <上合> 组织的关系，这里继续写一些文字凑够长度，再多写几个字。',
    ]);
  });

  it('keeps a short two-word sub-heading once the body has started', () => {
    const ex = parsePlainText('标题\n\n这是第一段正文，内容足够长以结束页首区域，这里继续写一些文字凑够长度，再多写几个字。\n\n上合 前景\n\n第二段。');
    expect(ex.paragraphs).toContain('上合 前景');
  });

  it('handles CRLF and a title-only file', () => {
    expect(parsePlainText('标题\r\n\r\n正文。\r\n').paragraphs).toEqual(['正文。']);
    expect(parsePlainText('只有标题').paragraphs).toEqual([]);
  });
});
