// Owns deciding which outlet published an article, from evidence inside the
// file only (never the file name). Evidence, strongest first:
//   1. an attribution line naming a known outlet ("来源：中文大纪元"): it names the
//      original publisher even when the file comes from a republisher (禁闻网);
//   2. the article's canonical URL (front matter, feed title link, canonical/og:url);
//   3. a dateline naming a known outlet ("【看中國2024年7月4日訊】");
//   4. URLs and host names anywhere in the source (links, "Kanzhongguo.com" in a
//      copyright line), most frequent known outlet first.
// Republishers, feed services and image proxies (NON_PUBLISHER_HOSTS) never count.
//
// Unknown outlets: if nothing above names a known outlet, the outlet is proposed from the
// page's own site name (og:site_name, JSON-LD publisher: "德国之声", not "dw.com"), keyed by
// the article URL's host when there is one (slug "dw-com", homepage "https://www.dw.com");
// failing that, derived from the URL host alone (name "example.com"). Times read as UTC.
// Without either there is nothing to propose: the review step asks the editor.
import {
  findOutletByName,
  findOutletByUrl,
  isNonPublisherUrl,
  toOutlet,
  type KnownOutlet,
  type Outlet,
  type OutletLanguage,
} from '../outlets/known-outlets';

export type IdentifiedOutlet = {
  outlet: Outlet;
  /** Zone for local times without offset. */
  timeZone: string;
  /** Which evidence decided, for diagnostics. */
  evidence: string;
};

export type OutletClues = {
  source: string;
  attributions: readonly string[];
  urls: readonly string[];
  paragraphs: readonly string[];
  language: OutletLanguage;
  /** The site's own name (og:site_name, JSON-LD publisher), most authoritative first. */
  siteNames?: readonly string[];
};

const DATELINE = /^【([^】\d]{1,20}?)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:訊|讯|電|电)】/u;
const URL_OR_HOST = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s"'<>()[\]]*)?/giu;

function known(outlet: KnownOutlet, evidence: string): IdentifiedOutlet {
  return { outlet: toOutlet(outlet), timeZone: outlet.timeZone, evidence };
}

function mostMentioned(source: string): KnownOutlet | null {
  const counts = new Map<KnownOutlet, number>();
  for (const [match] of source.matchAll(URL_OR_HOST)) {
    if (isNonPublisherUrl(match)) continue;
    const outlet = findOutletByUrl(match);
    if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  let best: [KnownOutlet, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0] ?? null;
}

function deriveFromUrl(url: string, language: OutletLanguage): IdentifiedOutlet | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const slug = host.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (slug === '') return null;
  return {
    outlet: { slug, name: host, homepage: `${parsed.protocol}//${parsed.hostname.toLowerCase()}`, language },
    timeZone: 'UTC',
    evidence: `derived from the article URL host ${host}`,
  };
}

/** A slug from a Latin-script name ("The Daily Planet" → "the-daily-planet"); '' when it has none. */
function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

export function identifyOutlet(clues: OutletClues): IdentifiedOutlet | null {
  for (const name of clues.attributions) {
    const outlet = findOutletByName(name);
    if (outlet) return known(outlet, `attribution "${name}"`);
  }
  const articleUrls = clues.urls.filter((u) => !isNonPublisherUrl(u));
  for (const url of articleUrls) {
    const outlet = findOutletByUrl(url);
    if (outlet) return known(outlet, `article URL ${url}`);
  }
  for (const paragraph of clues.paragraphs.slice(0, 3)) {
    const m = DATELINE.exec(paragraph);
    const outlet = m ? findOutletByName(m[1] as string) : null;
    if (outlet) return known(outlet, `dateline "${m?.[0]}"`);
  }
  for (const name of clues.siteNames ?? []) {
    const outlet = findOutletByName(name);
    if (outlet) return known(outlet, `site name "${name}"`);
  }
  const mentioned = mostMentioned(clues.source);
  if (mentioned) return known(mentioned, 'host names mentioned in the file');
  // Unknown outlet: named as the site names itself, keyed by its host.
  const siteName = clues.siteNames?.find((n) => n.trim() !== '' && [...n].length <= 100);
  if (siteName) {
    const fromUrl = articleUrls.map((u) => deriveFromUrl(u, clues.language)).find((d) => d !== null);
    const slug = fromUrl?.outlet.slug ?? slugify(siteName);
    if (slug !== '') {
      return {
        outlet: { slug, name: siteName, homepage: fromUrl?.outlet.homepage ?? null, language: clues.language },
        timeZone: 'UTC',
        evidence: `site name "${siteName}"${fromUrl ? ` on ${fromUrl.outlet.name}` : ''}`,
      };
    }
  }
  for (const url of articleUrls) {
    const derived = deriveFromUrl(url, clues.language);
    if (derived) return derived;
  }
  return null;
}
