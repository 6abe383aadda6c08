// Which database errors mean "the connection or the server failed", as opposed to "this query
// was refused" (a constraint, a syntax error, a serialization conflict): the first kind is the
// database's doing and earns a 503 with Retry-After; the second is the app's business.

/** SQLSTATEs of a server that is going away, restarting or not yet accepting connections. */
const SERVER_GOING_AWAY = new Set([
  '57P01', // admin_shutdown: terminated by an administrator, or by the postmaster's death
  '57P02', // crash_shutdown: another backend crashed, every connection is reset
  '57P03', // cannot_connect_now: starting up, shutting down or in recovery
  '57P05', // idle_session_timeout
  '53300', // too_many_connections
]);

/** Socket-level failures reported by Node (errno codes). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** node-postgres says these in words, without a code. */
const DRIVER_MESSAGES = [/^Connection terminated/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i, /Connection is closed/i];

export function isConnectionFault(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    // class 08: connection exception
    if (/^08[0-9A-Z]{3}$/.test(code) || SERVER_GOING_AWAY.has(code) || SOCKET_CODES.has(code)) return true;
  }
  return typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message));
}
