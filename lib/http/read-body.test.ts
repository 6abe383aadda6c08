import { describe, expect, it } from 'vitest';
import { readJsonBody, readLimitedBytes } from './read-body';

/** A body stream of `chunks` chunks of `size` bytes that counts how many were pulled. */
function countingStream(chunks: number, size: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => pulled };
}

function jsonRequest(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request('http://x/api', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, duplex: 'half' } as RequestInit);
}

describe('readLimitedBytes', () => {
  it('stops reading as soon as the limit is passed', async () => {
    const { stream, pulled } = countingStream(1000, 1024);
    expect(await readLimitedBytes(stream, 10 * 1024)).toBeNull();
    expect(pulled()).toBe(11);
  });

  it('returns every byte of a body within the limit', async () => {
    const { stream } = countingStream(10, 1024);
    expect((await readLimitedBytes(stream, 10 * 1024))?.byteLength).toBe(10 * 1024);
  });
});

describe('readJsonBody', () => {
  it('answers 413 from the declared length without reading', async () => {
    const { stream, pulled } = countingStream(1000, 1024);
    const request = jsonRequest(stream, { 'content-length': String(1000 * 1024) });
    const result = await readJsonBody(request, 10 * 1024);
    expect('response' in result && result.response.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('answers 413 for a body without a length once it passes the limit', async () => {
    const { stream, pulled } = countingStream(1000, 1024);
    const result = await readJsonBody(jsonRequest(stream), 10 * 1024);
    expect('response' in result && result.response.status).toBe(413);
    expect('response' in result && result.response.headers.get('content-type')).toContain('application/problem+json');
    expect(pulled()).toBeLessThan(20);
  });

  it('parses JSON within the limit; 400 for broken JSON or UTF-8, 415 for another type', async () => {
    expect(await readJsonBody(jsonRequest('{"a":1}'))).toEqual({ body: { a: 1 } });
    expect(await readJsonBody(jsonRequest(''))).toEqual({ body: {} });
    const broken = await readJsonBody(jsonRequest('{"a":'));
    expect('response' in broken && broken.response.status).toBe(400);
    const badUtf8 = await readJsonBody(jsonRequest(new Uint8Array([0x22, 0xff, 0x22])));
    expect('response' in badUtf8 && badUtf8.response.status).toBe(400);
    const text = await readJsonBody(new Request('http://x/api', { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } }));
    expect('response' in text && text.response.status).toBe(415);
  });
});
