// Every API route answers a method it does not implement with 405, an Allow header naming the
// ones it does, and an RFC 9457 problem; OPTIONS answers 204 with the same Allow. The route
// files are found on disk, so a new route without the treatment fails here.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Route modules that read the session import server-only; no handler here reaches it.
vi.mock('server-only', () => ({}));

const API = path.join(process.cwd(), 'app', 'api');
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '[...path]' ? [] : routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

type Handler = (request: Request, context?: unknown) => Response | Promise<Response>;

describe('unsupported methods', () => {
  const files = routeFiles(API);

  it('finds the API routes', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f), f]))('%s', async (_name, file) => {
    const route = (await import(file)) as Record<string, Handler | undefined>;
    expect(route.OPTIONS, 'exports OPTIONS, so Next does not list the 405 handlers as allowed').toBeTypeOf('function');
    const url = `http://app.test${path.dirname(file).slice(process.cwd().length + 4).replace(/\\/g, '/')}`;
    const options = await route.OPTIONS!(new Request(url, { method: 'OPTIONS' }));
    expect(options.status).toBe(204);
    const allow = options.headers.get('allow')!.split(', ');
    expect(allow).toContain('OPTIONS');
    for (const method of METHODS) {
      if (allow.includes(method)) {
        // HEAD is Next's, answered from GET; everything else allowed is a real handler.
        if (method !== 'HEAD') expect(route[method], `${method} is allowed, so implemented`).toBeTypeOf('function');
        continue;
      }
      expect(route[method], `${method} is exported as a 405`).toBeTypeOf('function');
      const response = await route[method]!(new Request(url, { method }));
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe(allow.join(', '));
      expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(await response.json()).toMatchObject({ type: 'about:blank', title: 'Method Not Allowed', status: 405 });
    }
  });
});
