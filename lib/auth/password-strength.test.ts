import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PASSWORD_TOO_LONG, PASSWORD_TOO_SHORT, PASSWORD_TOO_WEAK, passwordProblem } from './password-strength';

describe('passwordProblem', () => {
  it('refuses common and trivial passwords of acceptable length', async () => {
    for (const password of ['password', 'password1', '12345678', '123456789', 'qwertyuiop', 'iloveyou', 'abcdefgh', 'aaaaaaaaaaaa', 'letmein123', 'P@ssw0rd', 'old password', 'long enough', 'football2024', 'admin123']) {
      expect(await passwordProblem(password), password).toBe(PASSWORD_TOO_WEAK);
    }
  });

  it("refuses the account's own email and name", async () => {
    for (const password of ['zhangwenjie1', 'qiaomuzhi88']) {
      expect(await passwordProblem(password), password).toBeNull();
      expect(await passwordProblem(password, ['qiaomuzhi@example.org', 'Zhang Wenjie', 'zhangwenjie@example.org']), password).toBe(PASSWORD_TOO_WEAK);
    }
  });

  it('accepts long passphrases and random passwords', async () => {
    for (const password of ['correct horse battery staple', 'tangerine kettle orbit 71', 'Vz7#qL9!mW2e', randomBytes(12).toString('base64url'), `pw-${randomBytes(8).toString('hex')}`]) {
      expect(await passwordProblem(password), password).toBeNull();
    }
  });

  it('keeps the length limits', async () => {
    expect(await passwordProblem('Vz7#qL9')).toBe(PASSWORD_TOO_SHORT);
    expect(await passwordProblem(`${randomBytes(100).toString('base64')}`)).toBe(PASSWORD_TOO_LONG);
  });
});
