import { describe, expect, it } from 'vitest';
import { CLAIMS_EXPORT_SCHEMA_ID, formatJson } from './json';
import { claimsExportJsonSchema } from './json-shape';
import { jsonSchemaValidator } from '../../tests/support/ajv';
import { BASE, collect, exportData } from '../../tests/support/export-fixtures';
import { CELL_STANCES } from '../claims/stance';

const schema = claimsExportJsonSchema() as { $id: string; properties: { generatedAt: { pattern: string }; claims: { items: { properties: { cells: { additionalProperties: { properties: { stance: { enum: string[] } } } } } } } } };
const validateJsonSchema = jsonSchemaValidator(schema);

describe('formatJson', () => {
  it('describes every cell stance the domain knows', () => {
    expect([...schema.properties.claims.items.properties.cells.additionalProperties.properties.stance.enum].sort()).toEqual([...CELL_STANCES].sort());
  });

  it('writes one JSON document that the export schema accepts', async () => {
    const text = await collect(formatJson(exportData()));
    const document = JSON.parse(text);
    expect(validateJsonSchema(document)).toEqual([]);
    expect(document.schema).toBe(CLAIMS_EXPORT_SCHEMA_ID);
    expect(schema.$id).toBe(CLAIMS_EXPORT_SCHEMA_ID);
    expect(document.generatedAt).toBe('2025-02-01T12:00:00.000Z');
    expect(document.query).toEqual({ scope: 'view', q: '', topic: null, kind: null, stance: null, outlet: null, contested: false, sort: 'newest', cols: null });
    expect(document.outlets.map((o: { slug: string }) => o.slug)).toEqual(['voa', 'bbc', 'rfa']);
    expect(document.claims.map((c: { id: number }) => c.id)).toEqual([7, 3]);
  });

  it('gives each quote its article’s title, URL and date, and each cell its omission checks', async () => {
    const document = JSON.parse(await collect(formatJson(exportData())));
    const [visits, nasty] = document.claims;
    expect(visits.cells.voa.evidence[0]).toEqual({
      id: 11,
      articleId: 1,
      articleTitle: '习普会 [快讯]',
      articleUrl: 'https://www.voachinese.com/a/1.html',
      publishedAt: '2024-07-03T14:22:35.000Z',
      stance: 'states',
      exact: '至少9次',
      prefix: '已经',
      suffix: '访问',
      start: 10,
      end: 14,
      statedValue: '至少9次',
      note: 'cites Sputnik',
    });
    expect(visits.cells.rfa).toEqual({ stance: 'omits', evidence: [], reviews: [{ articleId: 3, note: 'no count' }] });
    expect(visits.cells.bbc).toEqual({ stance: 'predates', evidence: [], reviews: [] });
    expect(nasty.value).toBe(-3);
    expect(nasty.cells.bbc.evidence[0].articleUrl).toBe(`${BASE}/articles/2`);
    expect(nasty.cells.rfa.evidence[1].articleUrl).toBe(`${BASE}/articles/3`);
  });

  it('is valid JSON with no claims too', async () => {
    const text = await collect(formatJson(exportData({ pages: async function* () {} })));
    const document = JSON.parse(text);
    expect(document.claims).toEqual([]);
    expect(validateJsonSchema(document)).toEqual([]);
  });

  it('writes one claim per line', async () => {
    const text = await collect(formatJson(exportData()));
    expect(text.split('\n').filter((line) => line.startsWith('{"id":'))).toHaveLength(2);
  });

  it('is refused by the schema when a field goes missing or has the wrong type', async () => {
    const document = JSON.parse(await collect(formatJson(exportData())));
    delete document.claims[0].cells.voa.evidence[0].exact;
    document.claims[1].value = '-3';
    document.claims[1].cells.bbc.stance = 'maybe';
    document.outlets[0].extra = true;
    expect(validateJsonSchema(document)).toEqual([
      '/outlets/0: must NOT have additional properties',
      "/claims/0/cells/voa/evidence/0: must have required property 'exact'",
      '/claims/1/value: must be number,null',
      '/claims/1/cells/bbc/stance: must be equal to one of the allowed values',
    ]);
  });

  it('keeps the published schema’s constraints: ids from 1, non-empty quotes, slug columns, timestamps', async () => {
    const document = JSON.parse(await collect(formatJson(exportData())));
    document.claims[0].id = 0;
    document.claims[0].cells.voa.evidence[0].exact = '';
    document.outlets[0].slug = 'VOA';
    document.generatedAt = '2025-02-01';
    expect(validateJsonSchema(document)).toEqual([
      '/generatedAt: must match pattern "' + schema.properties.generatedAt.pattern + '"',
      '/generatedAt: must match format "date-time"',
      '/outlets/0/slug: must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"',
      '/claims/0/id: must be >= 1',
      '/claims/0/cells/voa/evidence/0/exact: must NOT have fewer than 1 characters',
    ]);
  });
});
