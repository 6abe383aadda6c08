// Runs once when the Next.js server starts (Node.js runtime): gives every request a header
// with the client's address, resolved from the socket and CLAIMGRID_TRUSTED_PROXIES, for the
// sign-in rate limit (lib/http/client-address-header.ts), and builds the script markers that
// every page's text languages read (lib/text/detect-script.ts, about 110 ms from OpenCC's
// dictionaries) right after start rather than during the first reader's request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { parseTrustedProxies } = await import('./lib/http/client-address');
  const { installClientAddressHeader } = await import('./lib/http/client-address-header');
  installClientAddressHeader(parseTrustedProxies(process.env.CLAIMGRID_TRUSTED_PROXIES));
  // not awaited: the server starts serving while the markers are built
  void import('./lib/text/detect-script').then(({ textLang }) => textLang('预热'));
}
