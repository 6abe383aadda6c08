// Owns what counts as site chrome rather than article content: the rules are
// data (tag sets, class/id tokens, paragraph patterns, toolbar words) plus the
// small predicates that apply them. Every parser uses these, so a rule added
// here applies to every format.
//
// What we drop (and why it is chrome): navigation and breadcrumbs, share bars,
// toolbars ("手機版 简体 打賞 26個留言 列印 特大"), tag lines, donation and
// membership appeals, cookie notices, link lists ("related"/"read more",
// including the links embedded inside RFA bodies), republisher notices (禁闻网's
// 翻墙 notice), feed-service trailers, image URLs and image credits ("图像来源，
// EPA", RFA's <span class="copyright">路透社</span>), copyright lines, comment
// counters, ads.
//
// What we keep: paragraphs, sub-headings and image captions, verbatim. A caption
// that itself ends in a credit ("…(圖片來源:Getty Images)") is kept whole, as
// published: we drop chrome elements, we never edit an article's sentences.

/** Elements whose content is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'img',
  'picture',
  'source',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'map',
  'button',
  'input',
  'select',
  'textarea',
  'form',
  'nav',
  'aside',
  'footer',
  'dialog',
]);

/** Elements that start a new paragraph. Everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Where the article body lives, most specific first. The first match with enough
 * text becomes the root; otherwise the whole document is used.
 */
export const CONTENT_ROOTS: readonly { tag?: string; className?: string; attr?: [string, string] }[] = [
  { attr: ['itemprop', 'articleBody'] },
  { tag: 'article' },
  { tag: 'main' },
  { className: 'entry-content' },
  { className: 'post-content' },
  { className: 'article-content' },
  { className: 'entry' }, // WordPress themes, e.g. 禁闻网
];

/** Minimum text length (code units) for a content-root candidate to be trusted. */
export const MIN_ROOT_TEXT = 200;

/** Class or id tokens (exact) that mark chrome. */
const CHROME_TOKENS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'banner-ads',
  'breadcrumb',
  'breadcrumbs',
  'byline-share',
  'comments',
  'copyright',
  'cookie',
  'cookies',
  'newsletter',
  'notice',
  'op-related-articles',
  'pagination',
  'sidebar',
  'tags',
  'tag-list',
  'texttj',
  'toolbar',
  'zoomattribute',
]);

/** Class or id token prefixes that mark chrome. */
const CHROME_TOKEN_PREFIXES: readonly string[] = [
  'share',
  'social',
  'related',
  'breadcrumb',
  'advert',
  'cookie',
  'taboola',
  'comment',
  'sharetosocial',
];

/** ARIA roles that are never article content. */
const CHROME_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

/** Inline styles that hide an element from every reader. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Elements that hold a whole story: their class list describes the post ("post commented",
 * "type-notice"), not a box of chrome, so class and id tokens never exclude them.
 */
const STORY_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/** Tokens the prefix rules would catch but that describe a story, not chrome ("commented": it has comments). */
const NOT_CHROME_TOKENS: ReadonlySet<string> = new Set(['commented', 'comment-open', 'comments-open']);

/** Whether an element (by its tag and attributes) is site chrome or hidden. */
export function isChromeElement(attrs: ReadonlyMap<string, string>, tag = ''): boolean {
  if (attrs.get('aria-hidden') === 'true') return true;
  // Hidden from every reader (the hidden attribute, display:none, visibility:hidden), so not
  // what the page shows as its article.
  if (attrs.has('hidden') && attrs.get('hidden')?.toLowerCase() !== 'until-found') return true;
  const style = attrs.get('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  if (attrs.get('data-e2e') === 'advertisement') return true;
  const role = attrs.get('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (STORY_TAGS.has(tag)) return false;
  const tokens = [...(attrs.get('class') ?? '').split(/\s+/), attrs.get('id') ?? '']
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '');
  return tokens.some(
    (t) =>
      !NOT_CHROME_TOKENS.has(t) &&
      (CHROME_TOKENS.has(t) || CHROME_TOKEN_PREFIXES.some((p) => t.startsWith(p)) || /adslot/.test(t)),
  );
}

/** Share of a list's text that sits inside links at which the list counts as a link list. */
export const LINK_LIST_DENSITY = 0.5;
/** Share of a paragraph's text inside links at which it counts as a navigation line. */
export const LINK_PARAGRAPH_DENSITY = 0.9;

/**
 * A paragraph-level rule: if `test` matches the (whitespace-collapsed) paragraph, it is
 * chrome. `maxLength` (code points) keeps rules that match on a phrase from eating a real
 * paragraph that merely discusses the topic (an article about cookie law, say).
 */
export type ParagraphRule = { name: string; test: RegExp; maxLength?: number };

export const BOILERPLATE_PARAGRAPHS: readonly ParagraphRule[] = [
  { name: 'image-credit', test: /^(图像来源|圖像來源|图片来源|圖片來源|图片提供|圖片提供|Image source)\s*[，,:：]/i },
  { name: 'photo-agency-credit', test: /^(路透社|法新社|美联社|美聯社|Getty Images|EPA|AFP|Reuters|AP)$/i },
  { name: 'republisher-notice', test: /^(大陆网友注意|大陸網友注意)[:：]/ },
  { name: 'republisher-notice', test: /^(备注|備註)[:：]\s*翻(墙|牆)/ },
  { name: 'feed-trailer', test: /^获取更多RSS|^獲取更多RSS/ },
  {
    name: 'cookie-notice',
    test: /(我們|我们|本網站|本网站|本站).{0,40}(使用|采用|採用)\s*Cookie|we use cookies/i,
    maxLength: 400,
  },
  {
    name: 'copyright',
    test: /版權所有|版权所有|Copyright\s*©|All Rights Reserved|嚴禁建立鏡像網站|严禁建立镜像网站/i,
    maxLength: 200,
  },
  { name: 'short-url', test: /^(短网址|短網址)\s*[:：]?/ },
  { name: 'membership-appeal', test: /^【(誠徵|诚征)(榮譽|荣誉)會員|^【(誠徵|诚征)(榮譽|荣誉)会员/ },
  {
    name: 'membership-appeal',
    test: /^(榮譽會員|荣誉会员|捐助|捐款|打賞|打赏|贊助|赞助|加入看中國會員|加入看中国会员|訂閱|订阅)$/,
  },
  { name: 'comment-counter', test: /^(評論|评论|留言|發表評論|发表评论)$/ },
  { name: 'comment-counter', test: /^\d+\s*(個|个|條|条)?\s*(留言|評論|评论)$/ },
  { name: 'reaction-prompt', test: /^看完這篇文章您覺得|^看完这篇文章您觉得/ },
  {
    name: 'related-heading',
    test: /^(相关报道|相關報導|相关阅读|相關閱讀|相关新闻|相關新聞|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门|熱門|更多相关|更多相關|更多关于这个话题|更多關於這個話題|阅读更多|閱讀更多|分享|分享到|分享此文|Related|Read more|More on this story)\s*[:：]?$/i,
  },
  { name: 'ui-residue', test: /^(blank|x|×|返回顶部|返回頂部|top)$/i },
  { name: 'bare-url', test: /^(https?:\/\/|www\.)\S+$/i },
];

/** The name of the boilerplate rule a paragraph matches, or null for content. */
export function boilerplateRule(paragraph: string): string | null {
  const text = paragraph.trim();
  const length = [...text].length;
  for (const rule of BOILERPLATE_PARAGRAPHS) {
    if (rule.maxLength !== undefined && length > rule.maxLength) continue;
    if (rule.test.test(text)) return rule.name;
  }
  if (isToolbarLine(text)) return 'toolbar';
  return null;
}

/** Words of article toolbars (print, font size, script switch, tip jar, comment count). */
export const TOOLBAR_WORDS: ReadonlySet<string> = new Set([
  '手機版',
  '手机版',
  '電腦版',
  '电脑版',
  '简体',
  '簡體',
  '繁體',
  '繁体',
  '正體',
  '打賞',
  '打赏',
  '列印',
  '打印',
  '特大',
  '大',
  '中',
  '小',
  '字號',
  '字号',
  '分享',
  '收藏',
  '轉寄',
  '转寄',
  '留言',
]);

/** A line made only of toolbar words and comment counters, e.g. "手機版 简体 打賞 26個留言 列印 特大". */
export function isToolbarLine(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 2) return false;
  return tokens.every((t) => TOOLBAR_WORDS.has(t) || /^\d+\s*(個|个|條|条)?(留言|評論|评论)$/.test(t));
}

/**
 * A keyword/tag line ("普京 習近平"): 2–8 short tokens without punctuation. Only
 * meaningful in the header area before the first real paragraph, where
 * sub-headings cannot occur.
 */
export function isTagLine(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 8) return false;
  return tokens.every((t) => [...t].length <= 8 && !/[\p{P}\p{S}]/u.test(t));
}

/** A plain-text line that opens the file's tail: nothing after it is article text. */
export const TEXT_TAIL_START: readonly RegExp[] = [/^(来源|來源|出處|出处)\s*[:：]/, /^(短网址|短網址)/, /^【(誠徵|诚征)/];
