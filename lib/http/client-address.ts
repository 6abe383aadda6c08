// Which address a request comes from, for rate limits. The socket's peer is the client unless
// it is one of the operator's reverse proxies (CLAIMGRID_TRUSTED_PROXIES: addresses or CIDR
// ranges, comma-separated); only then is X-Forwarded-For read, from the right, skipping the
// trusted proxies, so a client cannot choose its own address by sending the header. Pure
// (node:net only).
import { BlockList, isIP } from 'node:net';

export type TrustedProxies = { has(address: string): boolean; readonly size: number };

function family(address: string): 'ipv4' | 'ipv6' | null {
  const version = isIP(address);
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : null;
}

/** "::ffff:10.0.0.1" is 10.0.0.1. */
export function unmapAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** Parses the setting; an entry that is neither an address nor a CIDR range is an error. */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  let size = 0;
  for (const raw of (setting ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address, prefix] = raw.split('/') as [string, string | undefined];
    const type = family(unmapAddress(address));
    if (!type || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new Error(`CLAIMGRID_TRUSTED_PROXIES: ${JSON.stringify(raw)} is not an IP address or CIDR range`);
    }
    if (prefix === undefined) list.addAddress(unmapAddress(address), type);
    else list.addSubnet(unmapAddress(address), Number(prefix), type);
    size++;
  }
  return {
    size,
    has: (candidate: string) => {
      const address = unmapAddress(candidate);
      const type = family(address);
      return type !== null && list.check(address, type);
    },
  };
}

/**
 * The client's address: the peer itself, or, when the peer is a trusted proxy, the nearest
 * address in X-Forwarded-For that is not one. Null when the peer is unknown.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | null {
  if (!peer || !family(unmapAddress(peer))) return null;
  let client = unmapAddress(peer);
  if (!trusted.has(client) || forwardedFor === undefined) return client;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = unmapAddress(chain[i]!);
    if (!family(hop)) return client; // garbage: stop at the last address we could trust
    client = hop;
    if (!trusted.has(hop)) return hop;
  }
  return client;
}
