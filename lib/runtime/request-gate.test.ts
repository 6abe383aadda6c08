import { describe, expect, it } from 'vitest';
import { createRequestGate, DEFAULT_CONCURRENT_REQUESTS, requestLimitFromEnv } from './request-gate';

describe('createRequestGate', () => {
  it('lets `limit` requests run and queues the rest, first come first served', async () => {
    const gate = createRequestGate(2);
    const order: string[] = [];
    const a = await gate.enter();
    const b = await gate.enter();
    const c = gate.enter().then((done) => (order.push('c'), done));
    const d = gate.enter().then((done) => (order.push('d'), done));
    await Promise.resolve();
    expect(order).toEqual([]);
    expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 2, waiting: 2 });
    a();
    const doneC = await c;
    expect(order).toEqual(['c']);
    expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 2, waiting: 1 });
    b();
    (await d)();
    doneC();
    expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 0, waiting: 0 });
  });

  it('counts a request released twice once', async () => {
    const gate = createRequestGate(1);
    const a = await gate.enter();
    const b = gate.enter();
    a();
    a();
    (await b)();
    expect(gate.running).toBe(0);
  });

  it('reads its limit from the environment', () => {
    expect(requestLimitFromEnv(undefined)).toBe(DEFAULT_CONCURRENT_REQUESTS);
    expect(requestLimitFromEnv(' ')).toBe(DEFAULT_CONCURRENT_REQUESTS);
    expect(requestLimitFromEnv('4')).toBe(4);
    expect(() => requestLimitFromEnv('0')).toThrow(/whole number/);
  });
});
