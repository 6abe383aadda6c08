import { describe, expect, it } from 'vitest';
import { isPhoneRequest } from './phone-request';

const PIXEL = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const IPAD = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const ANDROID_TABLET = 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const request = (headers: Record<string, string>) => new Headers(headers);

describe('isPhoneRequest', () => {
  it("takes the browser's client hint when it sends one", () => {
    expect(isPhoneRequest(request({ 'sec-ch-ua-mobile': '?1', 'user-agent': DESKTOP }))).toBe(true);
    // a phone asking for the desktop site sends ?0 and a desktop user agent
    expect(isPhoneRequest(request({ 'sec-ch-ua-mobile': '?0', 'user-agent': DESKTOP }))).toBe(false);
  });

  it('reads the user agent of browsers that send no hint', () => {
    expect(isPhoneRequest(request({ 'user-agent': IPHONE }))).toBe(true);
    expect(isPhoneRequest(request({ 'user-agent': PIXEL }))).toBe(true);
    // tablets get the page that adapts by CSS
    expect(isPhoneRequest(request({ 'user-agent': IPAD }))).toBe(false);
    expect(isPhoneRequest(request({ 'user-agent': ANDROID_TABLET }))).toBe(false);
    expect(isPhoneRequest(request({ 'user-agent': DESKTOP }))).toBe(false);
    expect(isPhoneRequest(request({}))).toBe(false);
  });
});
