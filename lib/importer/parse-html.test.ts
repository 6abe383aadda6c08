import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyExtraction } from './extraction';
import { extractHtml, MAX_HTML_DEPTH, parseHtmlDocument, parseHtmlFragment } from './parse-html';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

function extract(html: string) {
  const ex = emptyExtraction('html');
  extractHtml(html, ex);
  return ex;
}

describe('parseHtmlDocument on the 禁闻网 copy of a 大纪元 article', () => {
  const ex = parseHtmlDocument(seed('002_e365f8a2e595efac.txt'));

  it('reads the title heading, the byline and the attribution to the original publisher', () => {
    expect(ex.titles[0]).toBe('杨威：中共能挖动哈萨克斯坦和上合组织吗？');
    expect(ex.bylines).toEqual([['杨威']]);
    expect(ex.attributions).toEqual(['中文大纪元']);
    expect(ex.urls).toEqual([]);
    expect(ex.dates).toEqual([]);
  });

  it('extracts only the .entry body: no notice, related lists, hot links or ads', () => {
    expect(ex.paragraphs).toHaveLength(50);
    const dropped = ex.dropped.map((d) => d.rule);
    expect(dropped).toContain('element:ul.op-related-articles');
    expect(dropped).toContain('element:ul.texttj');
    const all = ex.paragraphs.join('\n');
    for (const s of ['大陆网友注意', '翻墙', '相关阅读', '解锁ChatGPT', 'AuctionX']) expect(all).not.toContain(s);
  });

  it('keeps the text of tag and keyword links inside paragraphs', () => {
    expect(ex.paragraphs[0]).toBe(
      '2024年7月3日，俄罗斯总统普京（右六）和中共党魁习近平（左七）在哈萨克斯坦举办的上海合作组织峰会前进行双边会谈。',
    );
    expect(ex.paragraphs).toContain('7月1日，韩国披露，朝鲜已将国家电视广播的传输从中国卫星转到俄罗斯卫星。');
  });
});

describe('parseHtmlFragment on the VOA feed item', () => {
  const ex = parseHtmlFragment(seed('003_e85d02f5553dac90.txt'));

  it('reads header, capture stamp and the date line', () => {
    expect(ex.titles).toEqual(['习普借上合组织峰会再聚首，进一步深化抗衡美国及西方的联盟']);
    expect(ex.urls).toHaveLength(1);
    expect(ex.dates.map((d) => d.kind)).toEqual(['captured', 'instant']);
    expect(ex.dropped).toContainEqual({ text: 'Wed, 03 Jul 2024 14:22:35 GMT', rule: 'date-line' });
  });

  it('splits paragraphs at <br /><br /> and keeps the <small> caption', () => {
    expect(ex.paragraphs[0]).toBe('资料照：中国领导人习近平在北京接待到访的俄罗斯总统普京。（2024年5月16日）');
    expect(ex.paragraphs).toHaveLength(19);
    expect(ex.paragraphs.every((p) => !p.includes('\n'))).toBe(true);
  });
});

describe('parseHtmlFragment on the BBC feed item', () => {
  const ex = parseHtmlFragment(seed('004_5d1e6c4fe0d6993d.txt'));

  it('reads the byline list and the <time> element', () => {
    expect(ex.bylines).toEqual([['斯影', 'BBC中文']]);
    expect(ex.dates).toMatchObject([
      { kind: 'captured' },
      { kind: 'day', date: { year: 2022, month: 9, day: 16 }, zone: 'UTC', relative: { amount: 19, unit: 'minute' } },
    ]);
  });

  it('keeps captions and sub-headings, drops credits, related links and the feed trailer', () => {
    expect(ex.paragraphs).toContain('中俄在维持底线上加强合作');
    expect(ex.paragraphs).toContain('2022年2月4日，俄罗斯总统普京（左）和中国国家主席习近平（右）在北京会晤。');
    expect(ex.dropped.filter((d) => d.rule === 'image-credit')).toHaveLength(6);
    expect(ex.dropped.filter((d) => d.rule === 'link-list')).toHaveLength(1);
    expect(ex.paragraphs.join('\n')).not.toMatch(/图像来源|获取更多RSS|feedx|广告/);
  });
});

describe('extractHtml on constructed markup', () => {
  it('drops republisher notices even when markup is mis-nested and no content root exists', () => {
    const ex = extract(
      '<p class="x"><b>大陆网友注意：本文中的链接除<a href="#">翻墙</a>软件下载外全部为禁网链接。</p><p>备注：翻墙看新闻非常安全。</b></p>' +
        '<p>正文第一段。</p>',
    );
    expect(ex.paragraphs).toEqual(['正文第一段。']);
    expect(ex.dropped.map((d) => d.rule)).toEqual(['republisher-notice', 'republisher-notice']);
  });

  it('reads page metadata and ignores navigation, scripts and footers', () => {
    const ex = extract(
      '<!doctype html><html><head><title>标题 - 某网站</title>' +
        '<meta property="og:title" content="标题"><meta name="author" content="王五">' +
        '<meta property="article:published_time" content="2024-07-04T10:00:00+08:00">' +
        '<link rel="canonical" href="https://news.example.com/a/1.html"><script>var x = "脚本";</script></head>' +
        '<body><nav><a href="/">首页</a></nav><article><h1>标题</h1><p>第一段&amp;更多&nbsp;内容。</p>' +
        '<p>第二段，包含<a href="/tag/1">标签</a>链接。</p><p><a href="/next">下一篇：另一篇文章</a></p></article>' +
        '<footer>版权所有</footer></body></html>',
    );
    expect(ex.titles).toEqual(['标题', '标题', '标题 - 某网站']);
    expect(ex.urls).toEqual(['https://news.example.com/a/1.html']);
    expect(ex.bylines).toEqual([['王五']]);
    expect(ex.dates).toMatchObject([{ kind: 'instant' }]);
    // The <h1> stays in the body here; parse-article drops it as a copy of the title.
    expect(ex.paragraphs).toEqual(['标题', '第一段&更多 内容。', '第二段，包含标签链接。']);
    expect(ex.dropped).toContainEqual({ text: '下一篇：另一篇文章', rule: 'link-line' });
  });

  it('keeps a <time> that is part of a sentence', () => {
    const ex = extract('<p>会议于<time datetime="2024-07-04">7月4日</time>举行。</p>');
    expect(ex.paragraphs).toEqual(['会议于7月4日举行。']);
    expect(ex.dates).toEqual([]);
  });

  it('keeps content lists as paragraphs and does not take sentences for a byline', () => {
    const ex = extract('<ul><li>要点一：中俄领导人会面。</li><li>要点二：白俄罗斯加入。</li></ul><p>正文。</p><ol><li>第一项</li><li>第二项</li></ol>');
    expect(ex.bylines).toEqual([]);
    expect(ex.paragraphs).toEqual(['要点一：中俄领导人会面。', '要点二：白俄罗斯加入。', '正文。', '第一项', '第二项']);
  });
});

describe('deeply nested markup', () => {
  const body = '美国之音报道：这是一段足够长的正文内容，用来测试深层嵌套的网页导入是否正常工作。';
  const nest = (open: string, close: string, depth: number) => `${open.repeat(depth)}${body}${close.repeat(depth)}`;

  it('refuses markup nested deeper than MAX_HTML_DEPTH with a clear reason instead of overflowing the stack', () => {
    const html = nest('<div>', '</div>', 5000);
    expect(html.length).toBeLessThan(60_000);
    expect(() => parseHtmlDocument(html, 'deep.html')).toThrow(expect.objectContaining({ name: 'ImportError', code: 'too-deep', filename: 'deep.html' }));
  });

  it('reads every kind of nesting just below the limit (iteratively: no recursion per level)', () => {
    const depth = MAX_HTML_DEPTH - 10;
    for (const [open, close] of [
      ['<div>', '</div>'],
      ['<article class="entry">', '</article>'],
      ['<span><a href="/x">', '</a></span>'],
      ['<ul><li>', '</li></ul>'],
      ['<blockquote><p>', '</p></blockquote>'],
      ['<div class="share">', '</div>'],
    ] as const) {
      const levels = Math.floor(depth / (open.match(/</g)!.length + 1));
      const ex = extract(`<html><body>${nest(open, close, levels)}</body></html>`);
      const found = [...ex.paragraphs, ...ex.dropped.map((d) => d.text)].some((p) => p.includes('足够长的正文内容'));
      expect(found, open).toBe(true);
    }
  });

  it('finds the leading heading among many headings after the content root', () => {
    const ex = extract(`<h2>副标题在前</h2><article>${'<p>美国之音报道：这是一段足够长的正文内容，用来测试。</p>'.repeat(5)}</article>${'<h2>后面</h2>'.repeat(2000)}`);
    expect(ex.titles).toContain('副标题在前');
  });
});
