import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_HEAP_MB, describeMemory, heapLimitArgs, heapLimitFromEnv } from './heap-limit';

describe('heapLimitFromEnv', () => {
  it('defaults to DEFAULT_MAX_HEAP_MB when unset or blank', () => {
    expect(heapLimitFromEnv(undefined)).toBe(DEFAULT_MAX_HEAP_MB);
    expect(heapLimitFromEnv(' ')).toBe(DEFAULT_MAX_HEAP_MB);
  });
  it('is the default npm start passes on the command line (package.json cannot import it)', () => {
    const start = (JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(start).toContain(`--max-old-space-size=\${CLAIMGRID_MAX_HEAP_MB:-${DEFAULT_MAX_HEAP_MB}}`);
  });
  it('takes a whole number of MB', () => {
    expect(heapLimitFromEnv('512')).toBe(512);
  });
  it('refuses nonsense and limits too small to start', () => {
    expect(() => heapLimitFromEnv('lots')).toThrow(RangeError);
    expect(() => heapLimitFromEnv('-1')).toThrow(RangeError);
    expect(() => heapLimitFromEnv('1.5')).toThrow(RangeError);
    expect(() => heapLimitFromEnv('64')).toThrow(/at least 128/);
    expect(() => heapLimitFromEnv('0')).toThrow(/at least 128/);
  });
});

describe('heapLimitArgs', () => {
  it('is node --max-old-space-size', () => {
    expect(heapLimitArgs(undefined)).toEqual([`--max-old-space-size=${DEFAULT_MAX_HEAP_MB}`]);
    expect(heapLimitArgs('700')).toEqual(['--max-old-space-size=700']);
  });
});

describe('describeMemory', () => {
  it('prints rss, heap, external and array buffers in MB', () => {
    const MB = 2 ** 20;
    expect(describeMemory({ rss: 300 * MB, heapUsed: 100 * MB, heapTotal: 150 * MB, external: 20 * MB, arrayBuffers: 5 * MB })).toBe(
      'rss 300 MB, heap 100 of 150 MB, external 20 MB (array buffers 5 MB)',
    );
  });
});
