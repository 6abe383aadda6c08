// Owns the registry of outlets Claimgrid knows, and how to recognise one from
// evidence found in an imported file: a URL (host plus optional path prefix)
// or a name as it appears in attribution lines ("来源：中文大纪元") and
// datelines ("【看中國2024年7月4日訊】").
//
// Also lists hosts that appear in imported files but never publish the
// articles themselves (republishers, feed services, image proxies), so that
// their URLs are not mistaken for the article's outlet.
import type { ContentLanguage } from '../text/languages';

export type OutletLanguage = ContentLanguage;

/** The outlet as stored with an article. */
export type Outlet = {
  slug: string;
  name: string;
  /** Null for an outlet named by the editor or the page's site name without an address. */
  homepage: string | null;
  language: OutletLanguage;
};

export type KnownOutlet = Outlet & {
  homepage: string;
  /**
   * URL prefixes that identify the outlet: a host (subdomains included), optionally
   * followed by a path prefix ("bbc.com/zhongwen" matches www.bbc.com/zhongwen/simp/…
   * but not www.bbc.com/news/…).
   */
  urlPrefixes: readonly string[];
  /** Names used in attribution lines and datelines, matched as substrings. */
  aliases: readonly string[];
  /**
   * IANA zone in which the outlet writes local times that carry no offset. Used
   * only for such times (e.g. Kanzhongguo's "發表:2024-07-04 17:33") and for
   * day-only dates; explicit offsets in a file always win.
   */
  timeZone: string;
};

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  {
    slug: 'kanzhongguo',
    name: '看中國',
    homepage: 'https://www.kanzhongguo.com',
    language: 'zh-Hant',
    urlPrefixes: ['kanzhongguo.com', 'secretchina.com'],
    aliases: ['看中國', '看中国', 'Kanzhongguo', 'secretchina'],
    // 看中國 (Vision China Times) is edited in the United States ("Copyright © 2001 -
    // Kanzhongguo.com"; its appeals address readers outside mainland China). Its
    // article pages print "發表:YYYY-MM-DD HH:mm" without a zone, which we read as
    // US Eastern, the newsroom's local time. See parse-article.test.ts for the
    // instant this yields for seed 000.
    timeZone: 'America/New_York',
  },
  {
    slug: 'rfa',
    name: '自由亚洲电台',
    homepage: 'https://www.rfa.org/mandarin',
    language: 'zh-Hans',
    urlPrefixes: ['rfa.org/mandarin'],
    aliases: ['自由亚洲电台', '自由亞洲電台', 'Radio Free Asia'],
    timeZone: 'America/New_York', // Washington, DC
  },
  {
    slug: 'epochtimes',
    name: '大纪元',
    homepage: 'https://www.epochtimes.com',
    language: 'zh-Hans',
    urlPrefixes: ['epochtimes.com'],
    aliases: ['大纪元', '大紀元', 'Epoch Times', 'epochtimes'],
    timeZone: 'America/New_York', // New York
  },
  {
    slug: 'voa',
    name: '美国之音',
    homepage: 'https://www.voachinese.com',
    language: 'zh-Hans',
    urlPrefixes: ['voachinese.com'],
    aliases: ['美国之音', '美國之音', 'Voice of America'],
    timeZone: 'America/New_York', // Washington, DC
  },
  {
    slug: 'bbc',
    name: 'BBC中文',
    homepage: 'https://www.bbc.com/zhongwen',
    language: 'zh-Hans',
    urlPrefixes: ['bbc.com/zhongwen', 'bbc.co.uk/zhongwen'],
    aliases: ['BBC中文', 'BBC News 中文'],
    timeZone: 'Europe/London',
  },
];

/**
 * Hosts that carry other outlets' articles or serve assets/feeds. A URL on one of
 * these never identifies the article's outlet (禁闻网 republishes 大纪元; feedx
 * serves RSS; images.weserv.nl proxies images).
 */
export const NON_PUBLISHER_HOSTS: readonly string[] = [
  'bannedbook.org',
  'feedx.net',
  'feedx.fun',
  'images.weserv.nl',
  'github.com',
  'twitter.com',
  'x.com',
  'facebook.com',
  'youtube.com',
  't.me',
];

export function toOutlet(known: Outlet): Outlet {
  return { slug: known.slug, name: known.name, homepage: known.homepage, language: known.language };
}

function hostMatches(host: string, expected: string): boolean {
  return host === expected || host.endsWith(`.${expected}`);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return null;
  }
}

export function isNonPublisherUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const host = parsed.hostname.toLowerCase();
  return NON_PUBLISHER_HOSTS.some((h) => hostMatches(host, h));
}

/** The known outlet a URL (or bare "host/path") belongs to, if any. */
export function findOutletByUrl(url: string): KnownOutlet | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  for (const outlet of KNOWN_OUTLETS) {
    for (const prefix of outlet.urlPrefixes) {
      const slash = prefix.indexOf('/');
      const prefixHost = slash === -1 ? prefix : prefix.slice(0, slash);
      const prefixPath = slash === -1 ? '' : prefix.slice(slash);
      if (!hostMatches(host, prefixHost)) continue;
      if (prefixPath === '' || path === prefixPath || path.startsWith(`${prefixPath}/`)) return outlet;
    }
  }
  return null;
}

/**
 * The known outlet named in a short attribution text such as "中文大纪元" or
 * "看中國". Longest alias wins, so a name that contains another outlet's
 * alias resolves to the more specific one.
 */
export function findOutletByName(text: string): KnownOutlet | null {
  const haystack = text.toLowerCase();
  let best: { outlet: KnownOutlet; length: number } | null = null;
  for (const outlet of KNOWN_OUTLETS) {
    for (const alias of [outlet.name, ...outlet.aliases]) {
      if (haystack.includes(alias.toLowerCase()) && (!best || alias.length > best.length)) {
        best = { outlet, length: alias.length };
      }
    }
  }
  return best?.outlet ?? null;
}

export function findOutletBySlug(slug: string): KnownOutlet | null {
  return KNOWN_OUTLETS.find((o) => o.slug === slug) ?? null;
}

/** Whether a byline entry is an outlet name rather than a person ("BBC中文", "自由亚洲电台"). */
export function isOutletName(text: string): boolean {
  const t = text.trim().toLowerCase();
  return KNOWN_OUTLETS.some((o) => [o.name, ...o.aliases].some((a) => a.toLowerCase() === t));
}
