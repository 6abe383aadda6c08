import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { authorize, can, type Actor } from './actor';

const actor = (role: Actor['role'], disabled = false): Actor => ({ userId: 1, email: 'a@b.c', name: 'A', role, disabled });

describe('authorize', () => {
  it('refuses nobody with 401', () => {
    expect(() => authorize(null, 'content:write')).toThrow(expect.objectContaining({ code: 'unauthenticated', status: 401 }));
  });

  it('refuses a disabled editor and a reader with 403', () => {
    for (const who of [actor('editor', true), actor('reader')]) {
      expect(() => authorize(who, 'content:write')).toThrow(AppError);
      expect(() => authorize(who, 'content:write')).toThrow(expect.objectContaining({ status: 403 }));
    }
  });

  it('lets editors write content but not manage users; admins do both', () => {
    expect(can(actor('editor'), 'content:write')).toBe(true);
    expect(can(actor('editor'), 'users:manage')).toBe(false);
    expect(can(actor('admin'), 'users:manage')).toBe(true);
    expect(can(actor('admin', true), 'users:manage')).toBe(false);
    expect(() => authorize(actor('admin'), 'users:manage')).not.toThrow();
  });

  it('refuses every permission to an account that must first replace its one-time password', () => {
    const reset: Actor = { ...actor('admin'), mustChangePassword: true };
    for (const permission of ['content:write', 'users:manage', 'drafts:read'] as const) {
      expect(can(reset, permission)).toBe(false);
      expect(() => authorize(reset, permission)).toThrow(expect.objectContaining({ code: 'forbidden', message: 'Choose a new password on your account page first.' }));
    }
  });
});
