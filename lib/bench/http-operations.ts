// The pages and API routes timed over HTTP against a server on this machine, each a GET that
// fails on a status of 400 or more; the largest body each answered is kept in `responseBytes`.
import type { BenchContext } from './context';
import { cycle, type Operation } from './operation';
import { p95Below } from './stats';

/** `responseBytes`: the largest response body per operation, in bytes, kept across calls. */
export function httpOperations(base: URL, ctx: BenchContext, responseBytes: Map<string, number>): Operation[] {
  const get = (pathFor: () => string) => async () => {
    const target = pathFor();
    const response = await fetch(new URL(target, base), { signal: AbortSignal.timeout(60_000), redirect: 'manual' });
    const body = await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`HTTP ${response.status} for ${target}`);
    return body.byteLength;
  };
  const anyPublished = cycle(ctx.publishedIds);
  let notKept = 0;
  const anyArticle = cycle(ctx.articleIds);
  const words = cycle(ctx.words);
  const rareNames = cycle(ctx.searchQueries.find((q) => q.length === '2' && q.kind === 'rare')!.queries);
  const page = p95Below(300);
  const sized = (op: Operation): Operation => ({
    ...op,
    run: async () => {
      const bytes = (await op.run()) as number;
      responseBytes.set(op.name, Math.max(responseBytes.get(op.name) ?? 0, bytes));
      return bytes;
    },
  });
  return [
    { name: 'GET /', run: get(() => '/'), target: page },
    { name: 'GET /?sort=contested&page=2', run: get(() => '/?sort=contested&page=2'), target: page },
    { name: 'GET /claims/<id>', run: get(() => `/claims/${anyPublished()}`), target: page },
    { name: `GET /outlets/${ctx.bigOutlet}`, run: get(() => `/outlets/${ctx.bigOutlet}`), target: page },
    { name: 'GET /articles/<id>', run: get(() => `/articles/${anyArticle()}`), target: page },
    { name: 'GET /articles?page=100', run: get(() => '/articles?page=100'), target: page },
    { name: 'GET /search?q=<word>', run: get(() => `/search?q=${encodeURIComponent(words())}`), target: page },
    { name: 'GET /search?q=<rare name>', run: get(() => `/search?q=${encodeURIComponent(rareNames())}`), target: page },
    { name: 'GET /search?q=<2-char word, no hit>', run: get(() => `/search?q=${encodeURIComponent('鑫淼')}`), target: page },
    // issue 15: the claim list is the slowest route and has its own, tighter target
    // (kept per data version and URL, lib/http/versioned-json.ts: after the first call it is read from memory)
    { name: 'GET /api/v1/claims?page=1', run: get(() => '/api/v1/claims?page=1'), target: p95Below(200) },
    // what a write costs the next reader: the same page at a URL the server has not answered yet
    { name: 'GET /api/v1/claims?page=1, not kept', run: get(() => `/api/v1/claims?page=1&run=${++notKept}`) },
    { name: 'GET /api/v1/claims/<id>', run: get(() => `/api/v1/claims/${anyPublished()}`), target: page },
    { name: 'GET /api/v1/outlets', run: get(() => '/api/v1/outlets'), target: page },
  ].map(sized);
}
