import { describe, expect, it } from 'vitest';
import { generateOneTimePassword } from './generate-password';
import { passwordProblem } from './password-strength';

describe('generateOneTimePassword', () => {
  it('gives four groups of five unambiguous characters, different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generateOneTimePassword();
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });

  it('passes the strength check every path applies', async () => {
    for (let i = 0; i < 20; i++) expect(await passwordProblem(generateOneTimePassword(), ['someone@example.org', 'Some One'])).toBeNull();
  });
});
