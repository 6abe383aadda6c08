// Proves prisma/schema.prisma and the database built by prisma/migrations agree: every model,
// column, type, nullability, default, enum, index, primary key and foreign key, in both
// directions. Prisma's own `migrate diff` needs the native schema engine, which cannot be
// installed here, so we compare Prisma's DMMF (from its wasm parser) with the catalog.
import { readFileSync } from 'node:fs';
import { getDMMF } from '@prisma/get-dmmf';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

type Dmmf = Awaited<ReturnType<typeof loadDmmf>>;
type Model = Dmmf['datamodel']['models'][number];
type Field = Model['fields'][number];

async function loadDmmf() {
  const result = await getDMMF({ datamodel: readFileSync('prisma/schema.prisma', 'utf8') });
  if ('type' in result && 'reason' in result) throw new Error(`schema.prisma: ${result.reason}`);
  return result as Exclude<typeof result, { reason: string }>;
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Decimal: 'numeric(65,30)',
  Bytes: 'bytea',
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Timestamptz: (args) => `timestamp(${args[0] ?? 6}) with time zone`,
  Timestamp: (args) => `timestamp(${args[0] ?? 6}) without time zone`,
  Date: () => 'date',
  Text: () => 'text',
  VarChar: (args) => (args[0] ? `character varying(${args[0]})` : 'character varying'),
  Uuid: () => 'uuid',
};
const ON_DELETE: Record<string, string> = { Cascade: 'c', Restrict: 'r', SetNull: 'n', NoAction: 'a', SetDefault: 'd' };

let db: TestDatabase;
let client: pg.Client;
let dmmf: Dmmf;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  dmmf = await loadDmmf();
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

const tableOf = (model: Model) => model.dbName ?? model.name;
const columnOf = (field: Field) => field.dbName ?? field.name;
const enumDbName = (name: string) => dmmf.datamodel.enums.find((e) => e.name === name)?.dbName ?? name;
const columnFields = (model: Model) => model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
const modelByName = (name: string) => dmmf.datamodel.models.find((m) => m.name === name)!;

function expectedType(field: Field): string {
  if (field.kind === 'enum') return field.isList ? `${enumDbName(field.type)}[]` : enumDbName(field.type);
  const native = field.nativeType as [string, string[]] | null | undefined;
  const base = native ? NATIVE_TYPES[native[0]]!(native[1]) : SCALAR_TYPES[field.type];
  if (!base) throw new Error(`no mapping for ${field.type}`);
  return field.isList ? `${base}[]` : base;
}

async function columnsOf(table: string) {
  const { rows } = await client.query<{ name: string; type: string; not_null: boolean; default: string | null }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
            pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_attribute a
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [`"${table}"`],
  );
  return new Map(rows.map((row) => [row.name, row]));
}

describe('schema.prisma and the migrated database', () => {
  it('have the same tables', async () => {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.tablename).sort()).toEqual(dmmf.datamodel.models.map(tableOf).sort());
  });

  it('have the same enums with the same values', async () => {
    const { rows } = await client.query<{ name: string; labels: string[] }>(
      `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
        GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.labels]));
    const expected = Object.fromEntries(
      dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]),
    );
    expect(actual).toEqual(expected);
  });

  it('have the same columns, types, nullability and defaults', async () => {
    for (const model of dmmf.datamodel.models) {
      const table = tableOf(model);
      const columns = await columnsOf(table);
      const fields = columnFields(model);
      expect([...columns.keys()].sort(), `columns of ${table}`).toEqual(fields.map(columnOf).sort());
      for (const field of fields) {
        const column = columns.get(columnOf(field))!;
        const where = `${table}.${column.name}`;
        expect(column.type, `type of ${where}`).toBe(expectedType(field));
        // Prisma creates list columns as nullable even though the client never returns null.
        expect(column.not_null, `nullability of ${where}`).toBe(field.isRequired && !field.isList);
        expect(column.default !== null, `default of ${where}`).toBe(Boolean(field.hasDefaultValue));
        const def = field.default as { name?: string } | undefined;
        if (def?.name === 'autoincrement') expect(column.default, `default of ${where}`).toMatch(/^nextval\(/);
        if (def?.name === 'now') expect(column.default, `default of ${where}`).toBe('CURRENT_TIMESTAMP');
      }
    }
  });

  it('have the same primary keys and indexes, with the same methods and operator classes', async () => {
    const { rows } = await client.query<{ table: string; name: string; unique: boolean; primary: boolean; method: string; expression: string | null; columns: string[]; opclasses: string[] }>(
      `SELECT t.relname::text AS table, i.relname::text AS name, x.indisunique AS unique, x.indisprimary AS primary,
              am.amname::text AS method,
              CASE WHEN x.indexprs IS NOT NULL THEN
                array_to_string(array(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) k), ', ') END AS expression,
              array(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
              array(SELECT CASE WHEN oc.opcdefault THEN '' ELSE oc.opcname::text END
                      FROM unnest(x.indclass) WITH ORDINALITY k(oid, ord) JOIN pg_opclass oc ON oc.oid = k.oid ORDER BY k.ord) AS opclasses
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_am am ON am.oid = i.relam
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
        WHERE t.relname <> '_prisma_migrations'`,
    );
    const describe = (columns: string[], opclasses: string[]) =>
      columns.map((c, i) => (opclasses[i] ? `${c} ${opclasses[i]}` : c)).join(', ');
    const actual = rows.map(
      (r) => `${r.table}: ${r.name} ${r.primary ? 'pk' : r.unique ? 'unique' : 'index'} ${r.method} (${r.expression ?? describe(r.columns, r.opclasses)})`,
    );
    const expected = dmmf.datamodel.indexes.map((index) => {
      const model = modelByName(index.model);
      const table = tableOf(model);
      const columns = index.fields.map((f) => columnOf(model.fields.find((field) => field.name === f.name)!));
      const opclasses = index.fields.map((f) => (f as { operatorClass?: string }).operatorClass ?? '');
      const kind = index.type === 'id' ? 'pk' : index.type === 'unique' ? 'unique' : 'index';
      const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
      const name = index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`);
      const method = ((index as { algorithm?: string }).algorithm ?? 'BTree').toLowerCase();
      return `${table}: ${name} ${kind} ${method} (${describe(columns, opclasses)})`;
    });
    // Indexes over an expression, which Prisma's schema cannot express: each is declared here
    // (every key column, expressions as PostgreSQL prints them) and in the migration that makes
    // it, and nowhere else.
    expected.push('articles: articles_search_grams_idx index gin (search_grams(search_text))');
    expected.push(
      'claims: claims_contested_idx index btree (status, LEAST(states_outlets + mixed_outlets, contradicts_outlets + mixed_outlets), (states_outlets + contradicts_outlets + mixed_outlets), id)',
      'claims: claims_coverage_idx index btree (status, (states_outlets + contradicts_outlets + mixed_outlets), id)',
    );
    // partial (WHERE stale > 0): the claims with cells needing re-review
    expected.push('claim_cells: claim_cells_stale_idx index btree (claim_id)');
    // partial (WHERE as_of IS NOT NULL): the claims dated after an outlet's latest article
    expected.push('claims: claims_status_as_of_idx index btree (status, as_of)');
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('have the same foreign keys with the same referential actions', async () => {
    const { rows } = await client.query<{ name: string; table: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string; on_update: string }>(
      `SELECT c.conname AS name, t.relname AS table, r.relname AS ref_table,
              array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
              array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o) AS ref_columns,
              c.confdeltype AS on_delete, c.confupdtype AS on_update
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class r ON r.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
        WHERE c.contype = 'f'`,
    );
    const actual = rows.map((r) => `${r.name}: ${r.table}(${r.columns}) -> ${r.ref_table}(${r.ref_columns}) delete=${r.on_delete} update=${r.on_update}`);
    const expected: string[] = [];
    for (const model of dmmf.datamodel.models) {
      for (const field of model.fields) {
        if (field.kind !== 'object' || !field.relationFromFields?.length) continue;
        const target = modelByName(field.type);
        const columns = field.relationFromFields.map((name) => columnOf(model.fields.find((f) => f.name === name)!));
        const refColumns = (field.relationToFields ?? []).map((name) => columnOf(target.fields.find((f) => f.name === name)!));
        const onDelete = ON_DELETE[field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull')];
        const onUpdate = ON_DELETE[(field as { relationOnUpdate?: string }).relationOnUpdate ?? 'Cascade'];
        expected.push(`${tableOf(model)}_${columns.join('_')}_fkey: ${tableOf(model)}(${columns}) -> ${tableOf(target)}(${refColumns}) delete=${onDelete} update=${onUpdate}`);
      }
    }
    expect(actual.sort()).toEqual(expected.sort());
  });
});
