import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeBody, splitParagraphs } from '../text/normalize-body';
import { ImportError, parseArticle, type ParsedArticle } from './index';

const SEEDS = [
  '000_d7b0c1fde2da5c92.txt',
  '001_3d38882d69d5d0f3.txt',
  '002_e365f8a2e595efac.txt',
  '003_e85d02f5553dac90.txt',
  '004_5d1e6c4fe0d6993d.txt',
] as const;

function seed(name: string): string {
  return readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
}

function parseSeed(name: string): ParsedArticle {
  return parseArticle({ filename: name, source: seed(name) });
}

type Expectation = {
  file: (typeof SEEDS)[number];
  meta: Omit<ParsedArticle, 'text' | 'outlet' | 'publishedAt' | 'publishedAtEvidence'> & {
    outlet: string;
    publishedAt: string;
    estimatedDate: boolean;
  };
  paragraphs: number;
  firstParagraph: string;
  /** Sentences from the start, middle and end, verbatim. */
  contains: string[];
  /** Whole paragraphs (sub-headings, captions) that must stand on their own. */
  paragraphsInclude: string[];
  lastParagraphEndsWith: string;
  /** Boilerplate from this file that must not survive. */
  excludes: string[];
};

const EXPECTED: Expectation[] = [
  {
    file: '000_d7b0c1fde2da5c92.txt',
    meta: {
      title: '習借「上合」再會普京 「戰略夥伴」抗衡西方聯盟有新說法(圖)',
      outlet: 'kanzhongguo',
      url: null,
      author: '鄭凱義',
      // "發表:2024-07-04 17:33" carries no zone; 看中國 is edited in the US and we read its
      // times as US Eastern (EDT, UTC-4, in July). See lib/outlets/known-outlets.ts.
      publishedAt: '2024-07-04T21:33:00.000Z',
      estimatedDate: false,
      language: 'zh-Hant',
      format: 'text',
    },
    paragraphs: 25,
    firstParagraph: '資料圖:習近平與普京在「上合」交流(圖片來源:Getty Images)',
    contains: [
      '【看中國2024年7月4日訊】與李強訪問新澳馬只是當地國部長級官員接機不同的是,習近平7月2日到哈薩克斯坦訪問受到了戰機護航及總統機場迎接的隆重待遇。',
      '據俄羅斯衛星通訊社(Sputnik)統計,習近平自2013年以來已經至少9次訪問俄羅斯,訪俄次數超過任何一個國家的領導人。',
      '由九個常任理事國組成,包括哈薩克斯坦、印度、中國、吉爾吉斯斯坦、巴基斯坦、俄羅斯、塔吉克、烏茲別克以及去年加入的伊朗,涵蓋了世界約一半人口。',
      '除此之外,還有三個觀察成員國和13個對話夥伴。',
      '習在這次峰會上向上海合作組織成員國代表表示:「我們要團結起來,抵制外來干涉,堅定相互支持,關心彼此的關切,以和平為中心管控內部爭端。」',
    ],
    paragraphsInclude: ['習普在西方指責聲中多次會面', '上合組織被指是中俄抗衡西方聯盟', '這次峰會的幾個新看點'],
    lastParagraphEndsWith: '這是時隔七年中共國再次擔任主席國,中共已全面啟動籌備工作。',
    excludes: [
      '作者:',
      '發表:',
      '手機版',
      '打賞',
      '26個留言',
      '列印',
      '普京 習近平',
      '来源:看中國',
      '短网址',
      '版權所有',
      '嚴禁建立鏡像網站',
      '誠徵榮譽會員',
      '榮譽會員',
      '看完這篇文章您覺得',
      '加入看中國會員',
      '捐助',
      'Copyright',
      'Kanzhongguo.com',
      'blank',
      'Cookie',
      '詳細隱私條款',
    ],
  },
  {
    file: '001_3d38882d69d5d0f3.txt',
    meta: {
      title: '对抗民主西方 中俄领导人上合组织峰会再度会面',
      outlet: 'rfa',
      url: 'https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/jw-07032024094153.html',
      // Front matter says "author: 自由亚洲电台" (the outlet); the reporter is named in the
      // closing credit line "记者：经纬 责编：李亚千 网编：洪伟".
      author: '经纬',
      publishedAt: '2024-07-03T23:35:20.474Z',
      estimatedDate: false,
      language: 'zh-Hans',
      format: 'markdown',
    },
    paragraphs: 16,
    firstParagraph: '2024年7月3日，中国领导人习近平和俄罗斯总统普京在参加上海合作组织峰会期间再次会晤。',
    contains: [
      '俄罗斯总统普京与中国国家领导人习近平本周三借上合组织峰会再度会面。短短两月内，两位领导人再度会面，能否就结束俄乌危机达成一定共识？',
      '美国智库威尔逊中心基辛格中美研究所主任戴博（Robert Daly）在接受本台采访时表示：',
      '中国只需一通电话就能结束俄罗斯在乌克兰发动的战争。',
      '上合组织作为一个政治和安全组织，由中国和俄罗斯于2001年发起，成员国包括哈萨克斯坦等中亚五国，及印度、伊朗、巴基斯坦。',
    ],
    paragraphsInclude: ['2024年7月3日，中国领导人习近平和俄罗斯总统普京率团在参加上海合作组织峰会期间再次举行双边会谈。（法新社）'],
    lastParagraphEndsWith: '因此他认为，中国很难通过上合组织等区域论坛来制衡西方在国际舞台的影响力。',
    excludes: [
      'NaN',
      'layout',
      '---',
      '习近平将出席上合组织峰会',
      '路透社',
      '记者：',
      '责编',
      '网编',
      '洪伟',
      '@@images',
      'icon-zoom',
      'http',
      '<',
      '>',
      '&nbsp;',
    ],
  },
  {
    file: '002_e365f8a2e595efac.txt',
    meta: {
      title: '杨威：中共能挖动哈萨克斯坦和上合组织吗？',
      outlet: 'epochtimes',
      url: null,
      author: '杨威',
      // The page gives no publication date. The article reports the 4 July summit and the
      // declarations issued after it, and the latest date it names is 2024年7月4日, so we
      // take the start of that day in New York as a lower bound (flagged as estimated).
      publishedAt: '2024-07-04T04:00:00.000Z',
      estimatedDate: true,
      language: 'zh-Hans',
      format: 'html',
    },
    paragraphs: 50,
    firstParagraph: '2024年7月3日，俄罗斯总统普京（右六）和中共党魁习近平（左七）在哈萨克斯坦举办的上海合作组织峰会前进行双边会谈。',
    contains: [
      '俄罗斯总统普京和中共党魁习近平5月16日在北京会晤后，7月3日又在哈萨克斯坦见面，然后共同参加上海合作组织峰会。',
      // Tag links inside paragraphs keep their text.
      '上合组织峰会的蹊跷声明也令中共受挫。',
      '同时也把手伸向朝鲜，挖中共的墙角。',
      '7月1日，韩国披露，朝鲜已将国家电视广播的传输从中国卫星转到俄罗斯卫星。',
      '人口数量、地理位置和经济发展水平，在本组织内享有制定和采取决策的平等权利。',
      '上合组织目前有10个成员国，除中、俄、印外，还有哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、乌兹别克斯坦、巴基斯坦、伊朗，白俄罗斯刚刚加入，蒙古和阿富汗是观察员',
    ],
    paragraphsInclude: ['中共能挖动哈萨克斯坦吗？', '哈萨克斯坦寻求外交平衡', '朝鲜急迫要攀新枝', '上合组织前景难料'],
    lastParagraphEndsWith: '目前只能是各取所需、各自有所保留。',
    excludes: [
      '面包屑',
      '大陆网友注意',
      '翻墙',
      '备注',
      '禁闻',
      '作者：',
      '相关阅读',
      '习近平访问哈萨克斯坦，出席上合组织峰会',
      '哈萨克斯坦与中国的边贸蓬勃发展',
      '法国犹太老板',
      'ChatGPT',
      '🔥',
      '来源：',
      '中文大纪元',
      'AuctionX',
      'taboola',
      'http',
      '<',
      '>',
    ],
  },
  {
    file: '003_e85d02f5553dac90.txt',
    meta: {
      title: '习普借上合组织峰会再聚首，进一步深化抗衡美国及西方的联盟',
      outlet: 'voa',
      url: 'https://www.voachinese.com/a/putin-and-xi-to-meet-at-sco-summit-to-bolster-security-and-counter-the-us-20240703/7683415.html',
      author: null,
      // The body's own date line "Wed, 03 Jul 2024 14:22:35 GMT"; the <!--1720017544000-->
      // stamp (14:39:04Z) is when the feed captured the item, 16 minutes later.
      publishedAt: '2024-07-03T14:22:35.000Z',
      estimatedDate: false,
      language: 'zh-Hans',
      format: 'html-fragment',
    },
    paragraphs: 19,
    firstParagraph: '资料照：中国领导人习近平在北京接待到访的俄罗斯总统普京。（2024年5月16日）',
    contains: [
      '中国领导人习近平和俄罗斯总统弗拉迪米尔·普京（Vladimir Putin）定于周三在参加上海合作组织峰会期间再次举行两人之间三个月内的第二次峰会，进一步深化中俄之间的合作。',
      '据俄罗斯卫星通讯社（Sputnik）统计，习近平自2013年以来已经至少9次访问俄罗斯，访俄次数超过任何一个国家的领导人。',
      '路透社报道说，普京和习近平将2001年成立的上合组织扩展，将印度、伊朗和巴基斯塔纳入，作为对西方的一个抗衡。',
      '拜登称习为“独裁者”，称普京是“杀手”和“疯狂的混蛋”。',
    ],
    paragraphsInclude: [
      '北京在俄乌冲突上一贯标榜立场中立，从未谴责过俄罗斯的公然侵略行径。中国不仅拒不参与西方国家对俄罗斯的制裁，反而持续扩大与俄罗斯的经济贸易关系，从俄罗斯加大进口石油和天然气等能源产品，为俄罗斯经济输血，甚至向莫斯科提供大量可以用于制造武器的军民两用商品，支撑俄罗斯的战争机器。',
    ],
    lastParagraphEndsWith: '随着俄罗斯入侵乌克兰的战争进入第三年，上合峰会也为普京提供一个展示他在国际上并不孤立的平台。',
    excludes: ['1720017544000', '------', 'Wed, 03 Jul 2024', 'GMT', 'weserv', 'voanews', 'http', '<', '>'],
  },
  {
    file: '004_5d1e6c4fe0d6993d.txt',
    meta: {
      title: '习近平疫情后首次外访并与普京会面 为第三任期传递哪些外交信号',
      outlet: 'bbc',
      url: 'https://www.bbc.com/zhongwen/simp/world-62912357',
      author: '斯影',
      // <time dateTime="2022-09-16">19 分钟前</time>, counted back from the feed capture
      // stamp <!--1663294382000--> (02:13:02Z): 01:54:02Z, which is on 2022-09-16 as stated.
      publishedAt: '2022-09-16T01:54:02.000Z',
      estimatedDate: false,
      language: 'zh-Hans',
      format: 'html-fragment',
    },
    paragraphs: 51,
    firstParagraph:
      '9月15日，在乌兹别克斯坦撒马尔罕举行的上海合作组织成员国元首理事会第22次峰会期间，俄罗斯总统普京（左）与中国国家主席习近平举行了会晤。',
    contains: [
      '10年前，中国国家主席习近平甫一上任，便出访哈萨克斯坦，提出一项新经济倡议，后来发展为雄心勃勃的“一带一路”。',
      '创始国是中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦，去年启动对伊朗的接收程序。印度和巴基斯坦在2017年加入成员国。',
      '该组织的对话伙伴就有9个，包括阿塞拜疆、亚美尼亚、柬埔寨、尼泊尔、土耳其、斯里兰卡、沙特、埃及和卡塔尔。',
      '根据中国央视网，目前有不少于10个国家希望加入上合组织或提升组织内的法律地位。',
      '“在这种背景下，鉴于俄罗斯是中国唯一能够扭转美中关系平衡的重要盟友，有理由期待中俄战略结盟进一步巩固。”',
    ],
    paragraphsInclude: [
      '二十大结果“尘埃落定” ？',
      '上合组织——未来“外交政策的重点”',
      '“一带一路”重要遗产',
      '中俄在维持底线上加强合作',
      '这是习近平自从2020年初疫情爆发以来首次出访',
      '9月14日，哈萨克斯坦总统托卡耶夫（右）和中国国家主席习近平（左）签署联合声明。',
    ],
    lastParagraphEndsWith: '有理由期待中俄战略结盟进一步巩固。”',
    excludes: [
      '1663294382000',
      '19 分钟前',
      '斯影',
      '图像来源',
      'EPA',
      'PRESIDENCY OF AZERBAIJAN',
      'Getty Images',
      'Reuters',
      '普京与习近平会谈 称“理解中国对乌克兰局势的疑问和担心”',
      '乌克兰战争与世界能源危机',
      '英国国家安全顾问',
      '获取更多RSS',
      'feedx',
      'ichef',
      'srcSet',
      'http',
      '<',
      '>',
    ],
  },
];

describe('parseArticle on the seed files', () => {
  it.each(EXPECTED)('$file: metadata', ({ file, meta }) => {
    const a = parseSeed(file);
    expect({
      title: a.title,
      outlet: a.outlet.slug,
      url: a.url,
      author: a.author,
      publishedAt: a.publishedAt.toISOString(),
      estimatedDate: a.publishedAtEvidence.estimated,
      language: a.language,
      format: a.format,
    }).toEqual(meta);
  });

  it.each(EXPECTED)('$file: body keeps the article, in order', (e) => {
    const { text, title } = parseSeed(e.file);
    const paragraphs = splitParagraphs(text);
    expect(paragraphs).toHaveLength(e.paragraphs);
    expect(paragraphs[0]).toBe(e.firstParagraph);
    expect(paragraphs[0]).not.toBe(title);
    expect(paragraphs.at(-1)?.endsWith(e.lastParagraphEndsWith)).toBe(true);
    let from = 0;
    for (const sentence of e.contains) {
      const at = text.indexOf(sentence);
      expect(at, sentence).toBeGreaterThanOrEqual(0);
      expect(at, `out of order: ${sentence}`).toBeGreaterThanOrEqual(from);
      from = at;
    }
    for (const p of e.paragraphsInclude) expect(paragraphs).toContain(p);
  });

  it.each(EXPECTED)('$file: body has none of the boilerplate', ({ file, excludes }) => {
    const { text } = parseSeed(file);
    for (const s of excludes) expect(text, s).not.toContain(s);
  });

  it.each(EXPECTED)('$file: text is normalised and not headed by the title', ({ file }) => {
    const { text, title } = parseSeed(file);
    expect(normalizeBody(splitParagraphs(text))).toBe(text);
    expect(text.startsWith(title)).toBe(false);
    expect(text).not.toMatch(/\n{3}|^\s|\s$|[\u00a0\u3000\t]| {2}/);
  });

  it('the real outlet record comes with the article', () => {
    expect(parseSeed('002_e365f8a2e595efac.txt').outlet).toEqual({
      slug: 'epochtimes',
      name: '大纪元',
      homepage: 'https://www.epochtimes.com',
      language: 'zh-Hans',
    });
    expect(parseSeed('000_d7b0c1fde2da5c92.txt').outlet).toEqual({
      slug: 'kanzhongguo',
      name: '看中國',
      homepage: 'https://www.kanzhongguo.com',
      language: 'zh-Hant',
    });
  });

  it('identifies outlets from the content, not the file name', () => {
    for (const file of SEEDS) {
      const renamed = parseArticle({ filename: 'upload.txt', source: seed(file) });
      expect(renamed).toEqual(parseSeed(file));
    }
  });

  it('says where each date came from', () => {
    expect(parseSeed('000_d7b0c1fde2da5c92.txt').publishedAtEvidence).toMatchObject({ precision: 'minute' });
    expect(parseSeed('002_e365f8a2e595efac.txt').publishedAtEvidence).toMatchObject({ precision: 'day', estimated: true });
    expect(parseSeed('004_5d1e6c4fe0d6993d.txt').publishedAtEvidence.source).toContain('19 分钟前');
  });
});

function expectImportError(run: () => unknown, code: string, reason: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ImportError);
  const error = caught as ImportError;
  expect(error.code).toBe(code);
  expect(error.filename).toBe('bad.txt');
  expect(error.reason).toMatch(reason);
  expect(error.message).toBe(`bad.txt: ${error.reason}`);
}

describe('parseArticle rejects unusable files', () => {
  it('an empty or blank file', () => {
    expectImportError(() => parseArticle({ filename: 'bad.txt', source: '' }), 'empty', /empty/);
    expectImportError(() => parseArticle({ filename: 'bad.txt', source: ' \n\t\u3000\n' }), 'empty', /empty/);
  });

  it('binary garbage', () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256));
    expectImportError(() => parseArticle({ filename: 'bad.txt', source: bytes.toString('utf8') }), 'binary', /binary|not article text/);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 0xff)]);
    expectImportError(() => parseArticle({ filename: 'bad.txt', source: png.toString('utf8') }), 'binary', /invalid UTF-8/);
  });

  it('HTML without any article text', () => {
    const html =
      '<!doctype html><html><head><title>禁闻网 首页</title><script>var a = "正文很长很长的脚本内容不是文章";</script></head>' +
      '<body><nav><a href="/">首页</a> <a href="/news">新闻</a></nav><div class="share">分享到</div>' +
      '<ul><li><a href="/a/1.html">习近平访问哈萨克斯坦，出席上合组织峰会</a></li><li><a href="/a/2.html">上合组织峰会看点</a></li></ul>' +
      '<footer>版权所有 Copyright © 2024</footer></body></html>';
    expectImportError(() => parseArticle({ filename: 'bad.txt', source: html }), 'no-article-text', /no article text/);
  });

  it('a title with no body', () => {
    expectImportError(() => parseArticle({ filename: 'bad.txt', source: '只有标题\n\n' }), 'no-article-text', /no article text/);
  });

  it('an article nothing identifies the outlet of', () => {
    const text = '某报道标题\n\n作者:张三 發表:2024-07-04 17:33\n\n这是一篇没有来源、没有网址的文章，习近平与普京在上海合作组织峰会期间会面，双方讨论了合作。';
    expectImportError(() => parseArticle({ filename: 'bad.txt', source: text }), 'unknown-outlet', /which outlet/);
  });

  it('an article without any date', () => {
    const md = '---\ntitle: 无日期的文章\nfrom: https://www.voachinese.com/a/1.html\n---\n\n习近平与普京在上海合作组织峰会期间会面，双方讨论了合作与地区安全问题。\n';
    expectImportError(() => parseArticle({ filename: 'bad.txt', source: md }), 'no-date', /no publication date/);
  });

  it('broken front matter', () => {
    const md = '---\ntitle: [unclosed\n---\n\n正文。\n';
    expectImportError(() => parseArticle({ filename: 'bad.txt', source: md }), 'invalid-front-matter', /front matter/);
  });
});

describe('parseArticle on other inputs', () => {
  it('derives an outlet from the URL host when the outlet is unknown', () => {
    const md =
      '---\ntitle: 上合峰会观察\ndate: 2024-07-05T08:00:00+08:00\nfrom: https://news.example.com/2024/07/sco.html\nauthor: 王五\n---\n\n' +
      '上海合作组织峰会在阿斯塔纳举行，各国领导人讨论了地区安全与经济合作。\n\n第二段。\n';
    const a = parseArticle({ filename: 'x.md', source: md });
    expect(a.outlet).toEqual({
      slug: 'news-example-com',
      name: 'news.example.com',
      homepage: 'https://news.example.com',
      language: 'zh-Hans',
    });
    expect(a.url).toBe('https://news.example.com/2024/07/sco.html');
    expect(a.author).toBe('王五');
    expect(a.publishedAt.toISOString()).toBe('2024-07-05T00:00:00.000Z');
    expect(a.text).toBe('上海合作组织峰会在阿斯塔纳举行，各国领导人讨论了地区安全与经济合作。\n\n第二段。');
  });

  it('credits the original publisher of a republished page', () => {
    const html =
      '<h2>美国之音：上合峰会前瞻</h2><div class="entry"><p>作者： 李四</p>' +
      '<p>上海合作组织峰会将于7月3日至4日在哈萨克斯坦首都阿斯塔纳举行，中俄领导人预计将再次会面，这是两人三个月内的第二次会晤。</p>' +
      '<p>分析人士认为，北京和莫斯科将利用这一平台抗衡美国及其西方盟国的影响，但中亚国家希望保持平衡。</p>' +
      '<p>2024年7月2日，哈萨克斯坦总统在机场迎接来访领导人。</p>' +
      '<p class="src-info">来源：美国之音</p></div><a href="https://www.bannedbook.org/x.html">禁闻网</a>';
    const a = parseArticle({ filename: 'repost.txt', source: html });
    expect(a.outlet.slug).toBe('voa');
    expect(a.author).toBe('李四');
    expect(a.url).toBeNull();
    expect(a.text).not.toContain('来源');
    expect(a.publishedAt.toISOString()).toBe('2024-07-02T04:00:00.000Z');
  });
});
