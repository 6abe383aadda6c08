import { describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_QUERY } from '../claims/table-query';
import { describeScope, scopeToJson } from './describe-scope';
import { OUTLETS } from '../../tests/support/export-fixtures';
import { exportUrl, scopeParams, scopeUrl } from './urls';

const view = (over: Partial<typeof DEFAULT_TABLE_QUERY>) => ({ scope: 'view' as const, query: { ...DEFAULT_TABLE_QUERY, ...over } });

describe('describeScope', () => {
  it('describes the default view, filters, sort and columns', () => {
    expect(describeScope(view({}), OUTLETS)).toBe('All published claims; newest first.');
    expect(describeScope(view({ q: '普京', topic: 'xi-putin', kind: 'quantity', contested: true, sort: 'contested' }), OUTLETS)).toBe(
      'Published claims matching “普京”, on topic “xi-putin”, of kind quantity, contested (stated by one outlet, contradicted by another); most contested first.',
    );
    expect(describeScope(view({ stance: 'omits', outlet: 'rfa', cols: ['rfa', 'voa'] }), OUTLETS.filter((o) => o.slug !== 'bbc'))).toBe(
      'Published claims omitted by 自由亚洲电台; newest first. Columns: 美国之音, 自由亚洲电台.',
    );
    expect(describeScope(view({ stance: 'contradicts' }), OUTLETS)).toBe('Published claims contradicted by at least one outlet; newest first.');
  });

  it('describes one claim and one outlet', () => {
    expect(describeScope({ scope: 'claim', claimId: 4 }, OUTLETS)).toBe('Claim #4.');
    expect(describeScope({ scope: 'outlet', outlet: 'voa' }, OUTLETS)).toBe('Every published claim, as covered by 美国之音.');
  });
});

describe('scopeToJson and URLs', () => {
  it('round-trips a view through its query string', () => {
    const scope = view({ q: 'a b', contested: true, cols: ['voa'], page: 4 });
    expect(scopeParams(scope)).toBe('q=a+b&contested=1&cols=voa');
    expect(scopeUrl('https://x.test', scope)).toBe('https://x.test/?q=a+b&contested=1&cols=voa');
    expect(scopeUrl('https://x.test', view({}))).toBe('https://x.test/');
    expect(exportUrl('https://x.test', 'csv', { scope: 'claim', claimId: 2 })).toBe('https://x.test/api/v1/export?format=csv&claim=2');
    expect(scopeUrl('https://x.test', { scope: 'outlet', outlet: 'bbc' })).toBe('https://x.test/outlets/bbc');
    expect(scopeToJson(scope)).toEqual({ scope: 'view', q: 'a b', topic: null, kind: null, stance: null, outlet: null, contested: true, sort: 'newest', cols: ['voa'] });
  });
});
