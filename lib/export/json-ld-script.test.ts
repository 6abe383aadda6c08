import { describe, expect, it } from 'vitest';
import { jsonLdScriptText } from './json-ld-script';

describe('jsonLdScriptText', () => {
  const nasty = { claimReviewed: '</script><script>alert(1)</script> <!-- & \u2028 \u2029 </SCRIPT >' };

  it('cannot close or comment out the script element it sits in', () => {
    const text = jsonLdScriptText(nasty);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<!--');
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('reads back as the same JSON', () => {
    expect(JSON.parse(jsonLdScriptText(nasty))).toEqual(nasty);
  });
});
