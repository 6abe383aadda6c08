import { describe, expect, it } from 'vitest';
import { validateJsonSchema, type JsonSchema } from './json-schema';

const schema: JsonSchema = {
  type: 'object',
  required: ['id', 'tags'],
  additionalProperties: false,
  properties: {
    id: { type: 'integer', minimum: 1 },
    name: { type: ['string', 'null'], minLength: 1 },
    tags: { type: 'array', items: { $ref: '#/$defs/tag' } },
    when: { oneOf: [{ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, { type: 'null' }] },
    kind: { enum: ['a', 'b', null] },
    version: { const: 1 },
    extra: { type: 'object', additionalProperties: { type: 'number' } },
  },
  $defs: { tag: { type: 'string', pattern: '^[a-z]+$' } },
};

describe('validateJsonSchema', () => {
  it('accepts a conforming value', () => {
    expect(validateJsonSchema({ id: 1, name: null, tags: ['x'], when: '2024-07-03', kind: null, version: 1, extra: { a: 1.5 } }, schema)).toEqual([]);
  });

  it('reports every violation with its path', () => {
    expect(
      validateJsonSchema({ id: 0.5, name: '', tags: ['X', 3], when: '3 July', kind: 'c', version: 2, extra: { a: 'one' }, other: 1 }, schema),
    ).toEqual([
      '$.id: expected integer, got number',
      '$.name: shorter than 1',
      '$.tags[0]: "X" does not match ^[a-z]+$',
      '$.tags[1]: expected string, got integer',
      '$.when: matches 0 of the oneOf schemas, not exactly one',
      '$.kind: "c" is not one of ["a","b",null]',
      '$.version: expected 1',
      '$.extra.a: expected number, got string',
      '$: unexpected property other',
    ]);
  });

  it('reports missing required properties and wrong top-level types', () => {
    expect(validateJsonSchema({}, schema)).toEqual(['$: missing required property id', '$: missing required property tags']);
    expect(validateJsonSchema([], schema)).toEqual(['$: expected object, got array']);
    expect(validateJsonSchema({ id: 0, tags: [] }, schema)).toEqual(['$.id: 0 is below 1']);
  });

  it('refuses keywords it does not implement rather than ignore them', () => {
    expect(() => validateJsonSchema(1, { type: 'integer', maximum: 3 })).toThrow(/unsupported JSON Schema keyword maximum/);
  });
});
