// The write API's shell around runOperation: who is asking (a personal token in
// `Authorization: Bearer`), the JSON body, and the answer as JSON or an RFC 9457 problem with
// the operation's status and per-field errors. Route handlers stay one line per endpoint.
import type { Actor } from '../auth/actor';
import { bearerToken } from '../auth/api-token';
import { findActorByApiToken } from '../data/writes/api-tokens';
import type { Db } from '../db/prisma';
import { runOperation, type OperationName } from '../operations';
import { jsonResponse, problemResponse } from './problem';
import { readJsonBody } from './read-body';

export type ApiCaller = { actor: Actor | null } | { response: Response };

/** The actor of a bearer token; a token that is presented but unknown or revoked is a 401. */
export async function resolveApiCaller(db: Db, request: Request): Promise<ApiCaller> {
  const header = request.headers.get('authorization');
  if (!header) return { actor: null };
  const token = bearerToken(header);
  const actor = token ? await findActorByApiToken(db, token) : null;
  if (!actor) {
    return { response: problemResponse(401, 'The API token is missing, malformed, unknown or revoked.', { headers: { 'www-authenticate': 'Bearer' } }) };
  }
  return { actor };
}

type ApiOptions = { status?: number; location?: (data: unknown) => string | null };

/** Runs an operation with input built from the JSON body (`build`) or given (`input`). */
export async function runApiOperation(
  db: Db,
  request: Request,
  name: OperationName,
  build: (body: unknown) => unknown,
  options?: ApiOptions,
): Promise<Response>;
export async function runApiOperation(db: Db, request: Request, name: OperationName, input: object, options?: ApiOptions): Promise<Response>;
export async function runApiOperation(
  db: Db,
  request: Request,
  name: OperationName,
  input: object | ((body: unknown) => unknown),
  options: ApiOptions = {},
): Promise<Response> {
  const caller = await resolveApiCaller(db, request);
  if ('response' in caller) return caller.response;
  let raw: unknown = input;
  if (typeof input === 'function') {
    // Refuse anonymous callers before reading the body: they learn nothing about validity.
    const body = caller.actor ? await readJsonBody(request) : { body: {} };
    if ('response' in body) return body.response;
    raw = (input as (body: unknown) => unknown)(body.body);
  }
  const result = await runOperation(db, caller.actor, name, raw);
  if (!result.ok) {
    const { status, message, fieldErrors, details, code } = result.error;
    const extra: Record<string, unknown> = { code };
    if (fieldErrors) extra.errors = fieldErrors;
    if (details) for (const [k, v] of Object.entries(details)) if (k !== 'fieldErrors') extra[k] = v;
    const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Bearer' } : {};
    return problemResponse(status, message, { ...extra, headers });
  }
  if (options.status === 204) return new Response(null, { status: 204 });
  const location = options.location?.(result.data);
  return jsonResponse(result.data ?? null, {
    status: options.status ?? 200,
    headers: location ? { location } : {},
  });
}
