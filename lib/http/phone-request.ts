// Owns telling a phone's request from any other, for pages that render differently on one (the
// claim table sends a phone its cards only, not also the grid it would hide). The browser's own
// client hint decides when it sends one (Sec-CH-UA-Mobile, which Chromium browsers send on every
// request); otherwise the "Mobi" token that mobile browsers put in their user agent (MDN's advice
// for this). A tablet, or a phone asking for the desktop site, is not a phone here: it gets the
// page every other browser gets, which adapts by CSS.

/** The request headers the decision reads; responses that depend on it must vary on them. */
export const PHONE_REQUEST_HEADERS = ['Sec-CH-UA-Mobile', 'User-Agent'] as const;

export function isPhoneRequest(headers: { get(name: string): string | null }): boolean {
  const hint = headers.get('sec-ch-ua-mobile')?.trim();
  if (hint === '?1') return true;
  if (hint === '?0') return false;
  return /Mobi/.test(headers.get('user-agent') ?? '');
}
