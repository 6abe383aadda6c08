// Reading a request body without trusting its size: the declared Content-Length is checked
// first, then the stream is read chunk by chunk and abandoned as soon as it passes the limit,
// so an oversized body costs at most `limit` bytes of memory and ends in a 413. Pure (Web
// streams only), shared by the API's route handlers and proxy.ts.
import { problemResponse } from './problem';

/** The largest JSON body the API reads (an import carries a file of up to 2 MiB, JSON-escaped). */
export const MAX_JSON_BODY = 5 * 1024 * 1024;

export type BodyResult = { body: unknown } | { response: Response };

function tooLarge(limit: number): { response: Response } {
  return { response: problemResponse(413, `The body is larger than ${limit} bytes.`, { code: 'too_large' }) };
}

/** The body's bytes, or null once more than `limit` arrived (the rest is never read). */
export async function readLimitedBytes(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The request's JSON body, or a problem response saying what is wrong with it (415, 413, 400). */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    return { response: problemResponse(415, 'Send the body as JSON with Content-Type: application/json.') };
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && (!/^\d+$/.test(declared.trim()) || Number(declared) > limit)) return tooLarge(limit);
  const bytes = await readLimitedBytes(request.body, limit);
  if (bytes === null) return tooLarge(limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { response: problemResponse(400, 'The body is not valid UTF-8.') };
  }
  if (text.trim() === '') return { body: {} };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { response: problemResponse(400, 'The body is not valid JSON.') };
  }
}
