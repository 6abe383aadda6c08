import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { parseMarkdown, splitFrontMatter } from './parse-markdown';

const source = readFileSync(new URL('../../seeds/001_3d38882d69d5d0f3.txt', import.meta.url), 'utf8');

describe('parseMarkdown on the RFA seed', () => {
  const ex = parseMarkdown(source, '001.txt');

  it('reads the front matter and the feed header', () => {
    expect(ex.titles[0]).toBe('对抗民主西方 中俄领导人上合组织峰会再度会面');
    expect(ex.urls[0]).toBe('https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/jw-07032024094153.html');
    expect(ex.dates).toMatchObject([{ kind: 'instant', precision: 'millisecond' }]);
    expect(ex.dates[0]?.kind === 'instant' && ex.dates[0].at.toISOString()).toBe('2024-07-03T23:35:20.474Z');
    // The front-matter author is the outlet; the credit line names the reporter.
    expect(ex.bylines).toEqual([['自由亚洲电台'], ['经纬']]);
  });

  it('keeps the lead caption and the figure caption, drops the inline related link and photo credit', () => {
    expect(ex.paragraphs[0]).toBe('2024年7月3日，中国领导人习近平和俄罗斯总统普京在参加上海合作组织峰会期间再次会晤。');
    expect(ex.paragraphs).toContain('2024年7月3日，中国领导人习近平和俄罗斯总统普京率团在参加上海合作组织峰会期间再次举行双边会谈。（法新社）');
    expect(ex.dropped).toContainEqual({ text: '习近平将出席上合组织峰会 或与普京再相会？', rule: 'link-list' });
    expect(ex.dropped).toContainEqual({ text: '路透社', rule: 'element:div#zoomattribute' });
    expect(ex.paragraphs.some((p) => p.includes('记者'))).toBe(false);
  });
});

describe('parseMarkdown on other input', () => {
  it('renders Markdown prose into paragraphs and headings', () => {
    const ex = parseMarkdown('---\ntitle: "标题 &amp; 副题"\nauthor: [张三, 李四]\ndate: 2024-07-04\n---\n\n第一段，**加粗**与[链接文字](https://a.example)。\n\n## 小标题\n\n- 要点一，说明。\n- 要点二，说明。\n', 'a.md');
    expect(ex.titles).toEqual(['标题 & 副题']);
    expect(ex.bylines).toEqual([['张三', '李四']]);
    expect(ex.dates).toMatchObject([{ kind: 'day', date: { year: 2024, month: 7, day: 4 } }]);
    expect(ex.paragraphs).toEqual(['第一段，加粗与链接文字。', '小标题', '要点一，说明。', '要点二，说明。']);
  });

  it('splitFrontMatter', () => {
    expect(splitFrontMatter('no front matter', 'a.md')).toBeNull();
    expect(splitFrontMatter('---\n---\nbody', 'a.md')).toBeNull(); // an empty block is not front matter
    expect(splitFrontMatter('---\na: 1\n---\nbody', 'a.md')).toEqual({ data: { a: 1 }, body: 'body' });
    expect(() => splitFrontMatter('---\n- a\n- b\n---\nbody', 'a.md')).toThrow(ImportError);
  });
});
