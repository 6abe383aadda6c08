import { describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_QUERY, parseTableQuery, serializeTableQuery, tableParamErrors, canonicalTableParams, withTableQuery } from './table-query';

describe('claim table query', () => {
  it('round-trips every field through the URL', () => {
    const query = {
      q: '习近平 9次',
      topic: 'sco',
      kind: 'quantity' as const,
      stance: 'omits' as const,
      outlet: 'bbc',
      contested: true,
      sort: 'contested' as const,
      cols: ['voa', 'bbc', 'rfa'],
      page: 3,
      pageSize: 50,
    };
    const url = serializeTableQuery(query);
    expect(parseTableQuery(new URLSearchParams(url))).toEqual(query);
  });

  it('serialises the default view as an empty string and drops defaults', () => {
    expect(serializeTableQuery(DEFAULT_TABLE_QUERY)).toBe('');
    expect(serializeTableQuery({ sort: 'newest', page: 1, contested: true })).toBe('contested=1');
  });

  it('falls back to defaults for malformed values instead of failing', () => {
    const parsed = parseTableQuery({ sort: 'weird', kind: 'poem', stance: 'maybe', page: '-2', outlet: 'BB C', cols: 'bbc,,<x>,bbc,voa' });
    expect(parsed).toMatchObject({ sort: 'newest', kind: null, stance: null, page: 1, outlet: null, cols: ['bbc', 'voa'] });
  });

  it('returns to page 1 when a filter changes, but not when paging or choosing columns', () => {
    const query = parseTableQuery({ page: '4', contested: '1' });
    expect(withTableQuery(query, { sort: 'omitted' })).toBe('contested=1&sort=omitted');
    expect(withTableQuery(query, { page: 5 })).toBe('contested=1&page=5');
    expect(withTableQuery(query, { cols: ['bbc'] })).toBe('contested=1&cols=bbc&page=4');
  });

  it('caps the page size', () => {
    expect(parseTableQuery({ pageSize: '10000' }).pageSize).toBe(50);
    expect(parseTableQuery({ pageSize: '200' }, { maxPageSize: 500 }).pageSize).toBe(200);
  });

  it('tells a program what is wrong with each malformed parameter, and nothing for valid or empty ones', () => {
    expect(tableParamErrors(new URLSearchParams('sort=contested&stance=omits&outlet=voa&cols=voa,bbc,&page=2&pageSize=100&q=习近平&contested=1&x=y'), { maxPageSize: 500 })).toBeNull();
    expect(tableParamErrors(new URLSearchParams('sort=&page=&q='))).toBeNull();
    const errors = tableParamErrors(new URLSearchParams('sort=bogus&stance=maybe&page=0&pageSize=501&cols=VOA!&contested=yes&kind=x'), { maxPageSize: 500 });
    expect(Object.keys(errors ?? {}).sort()).toEqual(['cols', 'contested', 'kind', 'page', 'pageSize', 'sort', 'stance']);
    expect(errors!.cols).toEqual(['expected comma-separated outlet slugs']);
    // the lenient parse of the same parameters still falls back to defaults
    expect(parseTableQuery(new URLSearchParams('sort=bogus&page=0'))).toMatchObject({ sort: 'newest', page: 1 });
  });
});

describe('canonicalTableParams', () => {
  it('drops the fields the filter form left empty and the default sort', () => {
    expect(canonicalTableParams({ q: '', stance: '', outlet: 'voa', topic: '', kind: '', sort: 'newest' })).toBe('outlet=voa');
    expect(canonicalTableParams({ q: '普京', stance: ' ', sort: 'contested', cols: 'voa,bbc' })).toBe('q=%E6%99%AE%E4%BA%AC&sort=contested&cols=voa%2Cbbc');
    expect(canonicalTableParams({ q: '', sort: 'newest' })).toBe('');
  });

  it('leaves a clean address alone', () => {
    expect(canonicalTableParams({})).toBeNull();
    expect(canonicalTableParams({ outlet: 'voa', sort: 'coverage', page: '2' })).toBeNull();
  });

  it("folds the column chooser's added outlet into the end of cols", () => {
    expect(canonicalTableParams({ sort: 'contested', cols: 'voa,bbc', page: '3', addCol: 'rfa' })).toBe('sort=contested&cols=voa%2Cbbc%2Crfa&page=3');
    // no cols yet, one already shown, an invalid one
    expect(canonicalTableParams({ addCol: 'voa' })).toBe('cols=voa');
    expect(canonicalTableParams({ cols: 'voa,bbc', addCol: 'bbc' })).toBe('cols=voa%2Cbbc');
    expect(canonicalTableParams({ cols: 'voa', addCol: 'Not A Slug!' })).toBe('cols=voa');
    expect(canonicalTableParams({ cols: 'voa', addCol: '' })).toBe('cols=voa');
    expect(parseTableQuery(new URLSearchParams(canonicalTableParams({ cols: 'voa', addCol: 'bbc' })!)).cols).toEqual(['voa', 'bbc']);
  });
});
