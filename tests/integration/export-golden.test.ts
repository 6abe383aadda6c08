// Every export format over the seed corpus, compared with the golden files in tests/golden
// (regenerate with UPDATE_GOLDEN=1 and read the diff). Ids are stable in a freshly seeded
// database; the volatile timestamps are pinned first: generatedAt by option, the claims',
// quotes' and checks' created/updated times by rewriting them to fixed values.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePointSlice } from '../../lib/anchoring';
import { DEFAULT_TABLE_QUERY } from '../../lib/claims/table-query';
import { openClaimExport } from '../../lib/data/reads/export-claims';
import { findClaimTable } from '../../lib/data/claim-table';
import { CSV_BOM, CSV_COLUMNS } from '../../lib/export/csv';
import { formatExport, type ClaimExportFormat } from '../../lib/export/formats';
import { claimsExportJsonSchema } from '../../lib/export/json-shape';
import { jsonSchemaValidator } from '../support/ajv';
import { parse } from 'csv-parse/sync';

/** CSV read back by a real RFC 4180 parser, as a spreadsheet would. */
const parseCsv = (text: string): string[][] => parse(text, { recordDelimiter: '\r\n' });
import type { ExportScope } from '../../lib/export/types';
import { validateAnnotation, validateAnnotationCollection } from '../validators/web-annotation';
import { validateClaimReview } from '../validators/claim-review';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

const BASE = 'https://claimgrid.example';
const GENERATED_AT = new Date('2025-02-01T00:00:00.000Z');
const GOLDEN: Record<ClaimExportFormat, string> = {
  csv: 'seed.csv',
  json: 'seed.json',
  md: 'seed.md',
  claimreview: 'seed.claimreview.jsonld',
  annotations: 'seed.annotations.jsonld',
};

let db: TestDatabase;
const outputs = new Map<ClaimExportFormat, string>();

async function exportText(format: ClaimExportFormat, scope: ExportScope = { scope: 'view', query: DEFAULT_TABLE_QUERY }): Promise<string> {
  const data = await openClaimExport(db.prisma, scope, { baseUrl: BASE, generatedAt: GENERATED_AT });
  if (!data) throw new Error('no export');
  let text = '';
  for await (const chunk of formatExport(format, data)) text += chunk;
  return text;
}

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  await db.prisma.$executeRaw`UPDATE claims SET created_at = '2025-01-01T08:00:00Z', updated_at = '2025-01-15T09:30:00Z'`;
  await db.prisma.$executeRaw`UPDATE evidence SET created_at = '2025-01-01T08:00:00Z', updated_at = '2025-01-10T12:00:00Z'`;
  await db.prisma.$executeRaw`UPDATE reviews SET created_at = '2025-01-01T08:00:00Z'`;
  for (const format of Object.keys(GOLDEN) as ClaimExportFormat[]) outputs.set(format, await exportText(format));
});

afterAll(async () => {
  await db?.drop();
});

describe('golden files from the seed corpus', () => {
  it.each(Object.entries(GOLDEN))('%s matches tests/golden/%s', (format, file) => {
    const actual = outputs.get(format as ClaimExportFormat)!;
    const goldenPath = path.join('tests', 'golden', file);
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, actual);
    if (!existsSync(goldenPath)) throw new Error(`${goldenPath} is missing: run with UPDATE_GOLDEN=1 and check what it writes`);
    expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
  });
});

describe('the seed exports', () => {
  it('hold every published claim in the table’s order, with every outlet', async () => {
    const table = await findClaimTable(db.prisma, { ...DEFAULT_TABLE_QUERY, pageSize: 500 });
    const document = JSON.parse(outputs.get('json')!);
    expect(document.claims.map((c: { id: number }) => c.id)).toEqual(table.claims.map((c) => c.id));
    expect(document.claims).toHaveLength(24);
    expect(document.outlets.map((o: { slug: string }) => o.slug)).toEqual(table.outlets.map((o) => o.slug));
    const rows = parseCsv(outputs.get('csv')!.slice(CSV_BOM.length));
    expect(rows).toHaveLength(1 + 24 * 5);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('JSON conforms to its schema, generated from zod (checked by ajv)', () => {
    const document = JSON.parse(outputs.get('json')!);
    expect(jsonSchemaValidator(claimsExportJsonSchema())(document)).toEqual([]);
  });

  it('annotations conform to the W3C model, and each selector pair finds its quote in the stored text', async () => {
    const collection = JSON.parse(outputs.get('annotations')!);
    expect(validateAnnotationCollection(collection)).toEqual([]);
    expect(collection.total).toBe(await db.prisma.evidence.count({ where: { claim: { status: 'published' } } }));
    const texts = new Map((await db.prisma.article.findMany({ select: { id: true, text: true } })).map((a) => [a.id, a.text]));
    for (const annotation of collection.first.items) {
      expect(validateAnnotation({ '@context': collection['@context'], ...annotation })).toEqual([]);
      const articleId = Number(/\/articles\/(\d+)#e-/.exec(annotation.id)![1]);
      const [quote, position] = annotation.target.selector;
      const text = texts.get(articleId)!;
      expect(codePointSlice(text, position.start, position.end)).toBe(quote.exact);
      expect(text.includes(`${quote.prefix}${quote.exact}${quote.suffix}`)).toBe(true);
    }
  });

  it('ClaimReviews list the stating articles of each claim', () => {
    const reviews = JSON.parse(outputs.get('claimreview')!);
    expect(reviews).toHaveLength(24);
    const visits = reviews.find((r: { claimReviewed: string }) => r.claimReviewed.includes('至少9次访问俄罗斯'));
    expect(visits.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Stated by 2 of 5 outlets',
      ratingExplanation: 'Stated by 2 of 5 outlets; omitted by 2; 1 with coverage older than the claim.',
    });
    expect(visits.itemReviewed.appearance.map((a: { publisher: { name: string } }) => a.publisher.name).sort()).toEqual(['看中國', '美国之音'].sort());
    // The claim was first made by the earliest stating article's outlet, on its date.
    expect(visits.itemReviewed.author).toEqual(visits.itemReviewed.firstAppearance.publisher);
    expect(visits.itemReviewed.datePublished).toBe(visits.itemReviewed.firstAppearance.datePublished);
    expect(reviews.flatMap(validateClaimReview)).toEqual([]);
    // Seeded claims are backdated before their history begins, so each counts as published by its last edit.
    expect(reviews.every((r: { datePublished: string }) => r.datePublished === '2025-01-15T09:30:00.000Z')).toBe(true);
  });
});

describe('export scopes', () => {
  it('respects the claim table’s filters and sort', async () => {
    const query = { ...DEFAULT_TABLE_QUERY, stance: 'omits' as const, outlet: 'rfa', sort: 'coverage' as const, cols: ['rfa', 'bbc'] };
    const table = await findClaimTable(db.prisma, { ...query, pageSize: 500 });
    expect(table.total).toBeGreaterThan(0);
    const document = JSON.parse(await exportText('json', { scope: 'view', query }));
    expect(document.claims.map((c: { id: number }) => c.id)).toEqual(table.claims.map((c) => c.id));
    expect(document.outlets.map((o: { slug: string }) => o.slug)).toEqual(['rfa', 'bbc']);
    expect(document.claims.every((c: { cells: Record<string, { stance: string }> }) => Object.keys(c.cells).join() === 'rfa,bbc' && c.cells.rfa!.stance === 'omits')).toBe(true);
    expect(document.query).toMatchObject({ scope: 'view', stance: 'omits', outlet: 'rfa', sort: 'coverage', cols: ['rfa', 'bbc'] });
  });

  it('exports one claim, or one outlet’s column of every published claim', async () => {
    const one = JSON.parse(await exportText('json', { scope: 'claim', claimId: 5 }));
    expect(one.claims.map((c: { id: number }) => c.id)).toEqual([5]);
    expect(Object.keys(one.claims[0].cells)).toHaveLength(5);
    const rows = parseCsv((await exportText('csv', { scope: 'outlet', outlet: 'bbc' })).slice(CSV_BOM.length)).slice(1);
    expect(rows).toHaveLength(24);
    expect(new Set(rows.map((r) => r[CSV_COLUMNS.indexOf('outlet')]))).toEqual(new Set(['bbc']));
  });

  it('finds nothing for a draft or missing claim, or an unknown outlet', async () => {
    const draft = await db.prisma.claim.create({ data: { text: '草稿', status: 'draft' } });
    try {
      expect(await openClaimExport(db.prisma, { scope: 'claim', claimId: draft.id }, { baseUrl: BASE })).toBeNull();
      expect(await openClaimExport(db.prisma, { scope: 'claim', claimId: 999_999 }, { baseUrl: BASE })).toBeNull();
      expect(await openClaimExport(db.prisma, { scope: 'outlet', outlet: 'nobody' }, { baseUrl: BASE })).toBeNull();
      // …and drafts stay out of a view's export.
      const document = JSON.parse(await exportText('json'));
      expect(document.claims.some((c: { id: number }) => c.id === draft.id)).toBe(false);
    } finally {
      await db.prisma.claim.delete({ where: { id: draft.id } });
    }
  });
});

describe('streaming', () => {
  it('yields a claim’s rows after reading one page, long before the last', async () => {
    for (const format of Object.keys(GOLDEN) as ClaimExportFormat[]) {
      const pages: number[] = [];
      const data = await openClaimExport(db.prisma, { scope: 'view', query: DEFAULT_TABLE_QUERY }, {
        baseUrl: BASE,
        pageSize: 2,
        onPage: ({ index }) => pages.push(index),
      });
      const chunks = formatExport(format, data!);
      const head = await chunks.next();
      expect(pages, `${format} read pages before its first chunk`).toEqual([]);
      expect(head.done).toBe(false);
      // Markdown's first claim data is the matrix's first page of rows.
      const firstData = await chunks.next();
      expect(firstData.value, format).toMatch(/习|普|上合|\d/);
      expect(pages, `${format} after its first page of claims`).toEqual([0]);
      await chunks.return(undefined);
    }
  });

  it('reads all 12 pages of 2 claims for the whole export, and the same text as one big page', async () => {
    let pages = 0;
    const data = await openClaimExport(db.prisma, { scope: 'view', query: DEFAULT_TABLE_QUERY }, {
      baseUrl: BASE,
      generatedAt: GENERATED_AT,
      pageSize: 2,
      onPage: () => pages++,
    });
    let text = '';
    for await (const chunk of formatExport('csv', data!)) text += chunk;
    expect(pages).toBe(12);
    expect(text).toBe(outputs.get('csv'));
  });
});
