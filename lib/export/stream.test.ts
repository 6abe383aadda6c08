import { describe, expect, it } from 'vitest';
import { toByteStream } from './stream';

describe('toByteStream', () => {
  it('encodes chunks as UTF-8 and pulls one chunk per read', async () => {
    let produced = 0;
    async function* chunks() {
      for (const text of ['习近平', ',', '普京']) {
        produced++;
        yield text;
      }
    }
    const reader = toByteStream(chunks()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('习近平');
    expect(produced).toBe(1);
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe(',普京');
  });

  it('stops the generator when the reader cancels', async () => {
    let finished = false;
    async function* chunks() {
      try {
        for (let i = 0; ; i++) yield String(i);
      } finally {
        finished = true;
      }
    }
    const reader = toByteStream(chunks()).getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
