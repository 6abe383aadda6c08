// The request header proxy.ts sets on every request (overwriting any the client sent) with the
// path being served, so lib/auth/session.ts can send a one-time password's holder to /account.
export const PATH_HEADER = 'x-claimgrid-path';
