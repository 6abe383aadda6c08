import { describe, expect, it } from 'vitest';
import { withImplicitValue } from './claim-query';

describe('withImplicitValue', () => {
  const base = { text: '', gloss: null, topics: [], kind: 'quantity' as const, value: null, comparator: null, unit: null, asOf: null };

  it('reads a quantity claim value from its text when none was entered', () => {
    expect(withImplicitValue({ ...base, text: '该组织有9个成员国' })).toMatchObject({ value: 9, comparator: 'eq' });
  });

  it('keeps an entered value, other kinds, and texts with no single count as they are', () => {
    expect(withImplicitValue({ ...base, text: '该组织有9个成员国', value: 10 })).toMatchObject({ value: 10 });
    expect(withImplicitValue({ ...base, kind: 'fact', text: '该组织有9个成员国' })).toMatchObject({ value: null });
    expect(withImplicitValue({ ...base, text: '3个观察国和9个成员国' })).toMatchObject({ value: null });
    expect(withImplicitValue({ ...base, text: '峰会在阿斯塔纳举行' })).toMatchObject({ value: null });
  });
});
