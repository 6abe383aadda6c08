import { describe, expect, it } from 'vitest';
import { declaresTooLargeBody, hasMalformedPath, hasNulCharacter, isCrossOriginAction, isServerActionRequest, rawPathOf } from './request-guards';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('hasMalformedPath', () => {
  it('finds segments whose percent-encoding is not UTF-8', () => {
    for (const path of ['/api/v1/claims/%FF', '/claims/%FF', '/articles/%FF', '/outlets/%FF', '/api/v1/evidence/%ED%A0%80', '/a/%E4%B8', '/a/%zz', '/%']) {
      expect(hasMalformedPath(rawPathOf(`http://x${path}`)), path).toBe(true);
    }
  });

  it('passes plain and well-encoded paths', () => {
    for (const path of ['/', '/claims/12', '/outlets/voa', '/search', '/outlets/%E7%BE%8E%E5%9B%BD', '/a%20b', '/%25']) {
      expect(hasMalformedPath(rawPathOf(`http://x${path}`)), path).toBe(false);
    }
  });
});

describe('hasNulCharacter', () => {
  it('finds %00 in the path or the query', () => {
    expect(hasNulCharacter('http://x/outlets/%00')).toBe(true);
    expect(hasNulCharacter('http://x/api/v1/articles?outlet=%00')).toBe(true);
    expect(hasNulCharacter('http://x/search?q=a%00b')).toBe(true);
    expect(hasNulCharacter('http://x/search?q=%2500')).toBe(false);
    expect(hasNulCharacter('http://x/outlets/voa?page=100')).toBe(false);
  });
});

describe('declaresTooLargeBody', () => {
  it('compares the declared length with the limit; garbage counts as too large', () => {
    expect(declaresTooLargeBody(null, 10)).toBe(false);
    expect(declaresTooLargeBody('10', 10)).toBe(false);
    expect(declaresTooLargeBody('11', 10)).toBe(true);
    expect(declaresTooLargeBody('600000000', 10)).toBe(true);
    expect(declaresTooLargeBody('-1', 10)).toBe(true);
    expect(declaresTooLargeBody('1e9', 10)).toBe(true);
  });
});

describe('server actions from another origin', () => {
  it('knows a server action request', () => {
    expect(isServerActionRequest('POST', headers({ 'next-action': 'abc' }))).toBe(true);
    expect(isServerActionRequest('POST', headers({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(true);
    expect(isServerActionRequest('GET', headers({ 'next-action': 'abc' }))).toBe(false);
    expect(isServerActionRequest('POST', headers({ 'content-type': 'application/json' }))).toBe(false);
  });

  it('refuses an Origin that is not the host, "null" and garbage; passes the same host and no Origin', () => {
    expect(isCrossOriginAction(headers({ host: 'app.example', origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossOriginAction(headers({ host: 'app.example', origin: 'null' }))).toBe(true);
    expect(isCrossOriginAction(headers({ host: 'app.example', origin: '::::' }))).toBe(true);
    expect(isCrossOriginAction(headers({ host: 'app.example', origin: 'https://app.example' }))).toBe(false);
    expect(isCrossOriginAction(headers({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }))).toBe(false);
    expect(isCrossOriginAction(headers({ host: 'internal:3000', 'x-forwarded-host': 'app.example', origin: 'https://app.example' }))).toBe(false);
    expect(isCrossOriginAction(headers({ host: 'app.example' }))).toBe(false);
  });
});
