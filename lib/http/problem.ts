// RFC 9457 problem details: the one error shape every API route returns.
export type Problem = { type: string; title: string; status: number; detail: string; [extra: string]: unknown };

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra };
}

export function problemResponse(
  status: number,
  detail: string,
  { headers, ...extra }: Record<string, unknown> & { headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(problem(status, detail, extra)), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...(headers ?? {}) },
  });
}

/** 400 for malformed query parameters: the first message as the detail, every one under `errors`. */
export function queryProblem(errors: Record<string, string[] | undefined>): Response {
  const [key, messages] = Object.entries(errors).find(([, m]) => m?.length) ?? ['query', ['malformed']];
  return problemResponse(400, `${key}: ${messages![0]}`, { errors });
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(init.headers ?? {}) },
  });
}
