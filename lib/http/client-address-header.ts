// Puts the client's address (lib/http/client-address.ts: the socket's peer, or what a trusted
// proxy forwarded) on every incoming request as a header, before Next.js sees the request;
// instrumentation.ts installs it when the server starts. Route handlers get a Web Request
// without the socket, so this is how the address reaches Better Auth's rate limit. The header
// name is random per process and any copy a client sends is removed, so it cannot be forged.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { clientAddress, type TrustedProxies } from './client-address';

const state = globalThis as unknown as { claimgridClientAddressHeader?: string };

/** The header's name in this process, or undefined when the server did not install it. */
export function clientAddressHeaderName(): string | undefined {
  return state.claimgridClientAddressHeader;
}

export function installClientAddressHeader(trusted: TrustedProxies): string {
  if (state.claimgridClientAddressHeader) return state.claimgridClientAddressHeader;
  const name = `x-claimgrid-client-${randomBytes(12).toString('hex')}`;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithClientAddress(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      const address = clientAddress(request.socket?.remoteAddress, request.headers['x-forwarded-for'], trusted);
      if (address) request.headers[name] = address;
      else delete request.headers[name];
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  state.claimgridClientAddressHeader = name;
  return name;
}
