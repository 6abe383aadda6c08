import { describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_QUERY } from '../claims/table-query';
import { parseExportRequest } from './export-request';

const parse = (query: string) => parseExportRequest(new URLSearchParams(query));

describe('parseExportRequest', () => {
  it('reads the format and the claim table’s view, ignoring paging', () => {
    expect(parse('format=csv&q=普京&contested=1&sort=contested&cols=bbc,voa&page=3&pageSize=10')).toEqual({
      ok: true,
      request: {
        format: 'csv',
        scope: { scope: 'view', query: { ...DEFAULT_TABLE_QUERY, q: '普京', contested: true, sort: 'contested', cols: ['bbc', 'voa'], page: 1, pageSize: 10 } },
      },
    });
    expect(parse('format=md')).toEqual({ ok: true, request: { format: 'md', scope: { scope: 'view', query: DEFAULT_TABLE_QUERY } } });
  });

  it('reads one claim or one outlet', () => {
    expect(parse('format=json&claim=12')).toEqual({ ok: true, request: { format: 'json', scope: { scope: 'claim', claimId: 12 } } });
    expect(parse('format=annotations&outlet-page=bbc')).toEqual({ ok: true, request: { format: 'annotations', scope: { scope: 'outlet', outlet: 'bbc' } } });
  });

  it.each([
    ['', /format must be one of csv, json, md, claimreview, annotations, dump/],
    ['format=xlsx', /got "xlsx"/],
    ['format=csv&claim=abc', /claim must be a claim id/],
    ['format=csv&claim=0', /claim must be a claim id/],
    ['format=csv&claim=99999999999', /claim must be a claim id/],
    ['format=csv&outlet-page=../etc', /outlet-page must be an outlet slug/],
    ['format=csv&claim=1&outlet-page=bbc', /not both/],
  ])('refuses %j', (query, detail) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.detail).toMatch(detail);
  });
});
