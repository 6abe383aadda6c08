import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor';
import { readScopeOf } from './read-scope';

const actor = (role: Actor['role'], disabled = false): Actor => ({ userId: 1, email: 'a@example.org', name: 'A', role, disabled });

describe('readScopeOf', () => {
  it('shows drafts to those who may write them, and published claims to everyone else', () => {
    expect(readScopeOf(actor('editor'))).toEqual({ includeDrafts: true });
    expect(readScopeOf(actor('admin'))).toEqual({ includeDrafts: true });
    expect(readScopeOf(actor('reader'))).toEqual({ includeDrafts: false });
    expect(readScopeOf(actor('editor', true))).toEqual({ includeDrafts: false });
    expect(readScopeOf(null)).toEqual({ includeDrafts: false });
  });
});
