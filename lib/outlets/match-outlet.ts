// Owns recognising an outlet Claimgrid already stores from what a new page says about
// itself: the article URL's host against each stored homepage (host, and path when the
// homepage has one: bbc.com/zhongwen is not bbc.com/news), then the page's site name
// against stored names. A second dw.com article finds 德国之声 (homepage www.dw.com) whatever
// slug or name the first import gave it, so no duplicate outlet is proposed.
export type StoredOutlet = { slug: string; name: string; homepage: string | null };

function parse(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return null;
  }
}

const bareHost = (u: URL) => u.hostname.toLowerCase().replace(/^www\./, '');
const fold = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function matchOutlet<O extends StoredOutlet>(
  stored: readonly O[],
  page: { urls: readonly (string | null | undefined)[]; names: readonly (string | null | undefined)[] },
): { outlet: O; by: 'homepage' | 'name' } | null {
  const urls = page.urls.map(parse).filter((u): u is URL => u !== null);
  let best: { outlet: O; pathLength: number } | null = null;
  for (const outlet of stored) {
    const home = parse(outlet.homepage);
    if (!home) continue;
    const homePath = home.pathname.replace(/\/+$/, '').toLowerCase();
    for (const url of urls) {
      const host = bareHost(url);
      const homeHost = bareHost(home);
      if (host !== homeHost && !host.endsWith(`.${homeHost}`)) continue;
      const path = url.pathname.toLowerCase();
      if (homePath !== '' && path !== homePath && !path.startsWith(`${homePath}/`)) continue;
      // The most specific homepage wins (bbc.com/zhongwen over bbc.com).
      if (!best || homePath.length > best.pathLength) best = { outlet, pathLength: homePath.length };
    }
  }
  if (best) return { outlet: best.outlet, by: 'homepage' };
  const names = new Set(page.names.filter((n): n is string => !!n && n.trim() !== '').map(fold));
  const named = stored.find((o) => names.has(fold(o.name)));
  return named ? { outlet: named, by: 'name' } : null;
}
