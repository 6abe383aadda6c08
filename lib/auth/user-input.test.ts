import { describe, expect, it } from 'vitest';
import { createApiTokenInput, resetUserPasswordInput, revokeApiTokenInput, updateUserInput } from './user-input';

describe('account ids in user input', () => {
  // A number PostgreSQL's integer column cannot hold used to pass and fail in the database.
  it.each([
    ['updateUserInput', (id: unknown) => updateUserInput.safeParse({ id, role: 'editor' })],
    ['resetUserPasswordInput', (id: unknown) => resetUserPasswordInput.safeParse({ id })],
    ['revokeApiTokenInput', (id: unknown) => revokeApiTokenInput.safeParse({ id })],
    ['createApiTokenInput', (id: unknown) => createApiTokenInput.safeParse({ name: 'ci', userId: id })],
  ])('%s takes a row id and refuses what no row can have', (_name, parse) => {
    expect(parse('7').success).toBe(true);
    expect(parse(2_147_483_647).success).toBe(true);
    for (const bad of [2_147_483_648, 0, -1, 1.5, 'x']) expect(parse(bad).success).toBe(false);
  });
});
