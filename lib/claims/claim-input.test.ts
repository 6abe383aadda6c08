import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createClaimSchema,
  createClaimWithEvidenceSchema,
  createEvidenceSchema,
  deleteClaimSchema,
  FORM_ERRORS_KEY,
  HTML_NOT_ALLOWED,
  isRealDate,
  markOmissionSchema,
  mergeClaimsSchema,
  toFieldErrors,
  updateClaimSchema,
  updateEvidenceSchema,
  validationError,
} from './claim-input';

function fieldErrorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return toFieldErrors(result.error);
}

describe('createClaimSchema', () => {
  it('trims the text and fills defaults', () => {
    expect(createClaimSchema.parse({ text: '  上合组织有10个成员国 ' })).toEqual({
      text: '上合组织有10个成员国',
      gloss: null,
      topics: [],
      kind: 'fact',
      value: null,
      comparator: null,
      unit: null,
      asOf: null,
      status: 'draft',
    });
  });

  it('accepts a full quantity claim, numbers and topics given as form strings', () => {
    const parsed = createClaimSchema.parse({
      text: '习近平至少9次访问俄罗斯',
      gloss: 'Xi has visited Russia at least 9 times',
      topics: 'xi-putin, sco-summit xi-putin',
      kind: 'quantity',
      value: '9',
      comparator: 'gte',
      unit: 'visits',
      asOf: '2024-07-03',
      status: 'published',
    });
    expect(parsed).toMatchObject({ value: 9, comparator: 'gte', topics: ['xi-putin', 'sco-summit'], asOf: '2024-07-03' });
  });

  it('refuses empty, blank and oversized text', () => {
    expect(fieldErrorsOf(createClaimSchema, { text: '' }).text).toEqual(['Enter the claim text']);
    expect(fieldErrorsOf(createClaimSchema, { text: ' \n ' }).text).toEqual(['Enter the claim text']);
    expect(fieldErrorsOf(createClaimSchema, {}).text).toBeDefined();
    expect(fieldErrorsOf(createClaimSchema, { text: '字'.repeat(501) }).text).toEqual(['At most 500 characters']);
    expect(createClaimSchema.safeParse({ text: '字'.repeat(500) }).success).toBe(true);
    // code points, not UTF-16 units: 500 astral characters are 1000 units
    expect(createClaimSchema.safeParse({ text: '𠮷'.repeat(500) }).success).toBe(true);
  });

  it.each([
    ['text', '<img src=x onerror=alert(1)>'],
    ['text', 'bold </b> end'],
    ['gloss', 'a <!-- comment -->'],
    ['gloss', '<script>alert(1)</script>'],
    ['unit', '<b>km'],
  ])('refuses HTML in %s (%s)', (field, value) => {
    const input = { text: 'ok', [field]: value };
    expect(fieldErrorsOf(createClaimSchema, input)[field]).toContain(HTML_NOT_ALLOWED);
  });

  it('keeps a lone < that is not a tag', () => {
    expect(createClaimSchema.parse({ text: 'inflation <5% and a < b', unit: '<1%' })).toMatchObject({
      text: 'inflation <5% and a < b',
      unit: '<1%',
    });
  });

  it('refuses control characters but keeps newlines and tabs, folding CRLF', () => {
    expect(fieldErrorsOf(createClaimSchema, { text: 'a\u0000b' }).text).toEqual(['Control characters are not allowed here']);
    expect(fieldErrorsOf(createClaimSchema, { text: 'ok', gloss: 'a\u001bb' }).gloss).toBeDefined();
    expect(createClaimSchema.parse({ text: 'line 1\r\nline\t2' }).text).toBe('line 1\nline\t2');
  });

  it('validates topics, kind, status and dates', () => {
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', topics: ['Not Kebab'] }).topics).toBeDefined();
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', topics: ['a'.repeat(41)] }).topics).toBeDefined();
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', topics: Array.from({ length: 11 }, (_, i) => `t${i}`) }).topics).toEqual([
      'At most 10 topics',
    ]);
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', kind: 'rumour' }).kind).toBeDefined();
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', status: 'archived' }).status).toBeDefined();
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', asOf: '2024-02-30' }).asOf).toEqual(['Not a real date']);
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', asOf: '3 July 2024' }).asOf).toContain('Use YYYY-MM-DD');
  });

  it('refuses a comparator without a value and non-finite values', () => {
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', comparator: 'gte' }).comparator).toEqual(['A comparator needs a value']);
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', value: Number.POSITIVE_INFINITY }).value).toBeDefined();
    expect(fieldErrorsOf(createClaimSchema, { text: 'x', value: 'nine' }).value).toBeDefined();
  });
});

describe('updateClaimSchema', () => {
  it('needs id and version; everything else is optional', () => {
    expect(updateClaimSchema.parse({ id: 3, version: 2 })).toEqual({ id: 3, version: 2 });
    expect(fieldErrorsOf(updateClaimSchema, { text: 'x' })).toMatchObject({ id: expect.any(Array), version: expect.any(Array) });
    expect(fieldErrorsOf(updateClaimSchema, { id: 0, version: 1 }).id).toBeDefined();
  });

  it('clears nullable fields with null or blank, but never the text', () => {
    expect(updateClaimSchema.parse({ id: 1, version: 1, gloss: null, unit: '', value: null, comparator: '', asOf: null })).toEqual({
      id: 1,
      version: 1,
      gloss: null,
      unit: null,
      value: null,
      comparator: null,
      asOf: null,
    });
    expect(fieldErrorsOf(updateClaimSchema, { id: 1, version: 1, text: null }).text).toBeDefined();
    expect(fieldErrorsOf(updateClaimSchema, { id: 1, version: 1, text: '   ' }).text).toEqual(['Enter the claim text']);
  });

  it('refuses a comparator while clearing the value in the same input', () => {
    expect(fieldErrorsOf(updateClaimSchema, { id: 1, version: 1, comparator: 'eq', value: null }).comparator).toBeDefined();
  });

  it('refuses HTML in each free-text field', () => {
    for (const field of ['text', 'gloss', 'unit']) {
      expect(fieldErrorsOf(updateClaimSchema, { id: 1, version: 1, [field]: '<svg onload=x>' })[field]).toEqual([HTML_NOT_ALLOWED]);
    }
  });
});

describe('createEvidenceSchema', () => {
  const base = { claimId: 1, articleId: 2, stance: 'states' };

  it('accepts a quote, a span, or both, and keeps quote text as given', () => {
    expect(createEvidenceSchema.parse({ ...base, exact: ' 普京 ', prefix: '与', suffix: '会晤' })).toMatchObject({
      exact: ' 普京 ',
      prefix: '与',
      suffix: '会晤',
      statedValue: null,
      note: null,
    });
    expect(createEvidenceSchema.parse({ ...base, start: '10', end: 12 })).toMatchObject({ start: 10, end: 12 });
    expect(createEvidenceSchema.safeParse({ ...base, exact: '普京', start: 10, end: 12 }).success).toBe(true);
  });

  it('does not screen quote text for HTML (it must equal the article)', () => {
    expect(createEvidenceSchema.safeParse({ ...base, exact: '<b>', prefix: '<i>' }).success).toBe(true);
  });

  it('needs a quote or a complete, non-empty span', () => {
    expect(fieldErrorsOf(createEvidenceSchema, base).exact).toEqual(['Give the quote, or its start and end']);
    expect(fieldErrorsOf(createEvidenceSchema, { ...base, start: 3 }).end).toEqual(['Give both start and end']);
    expect(fieldErrorsOf(createEvidenceSchema, { ...base, start: 5, end: 5 }).end).toEqual(['end must be greater than start']);
    expect(fieldErrorsOf(createEvidenceSchema, { ...base, start: -1, end: 5 }).start).toBeDefined();
    expect(fieldErrorsOf(createEvidenceSchema, { ...base, exact: '  ' }).exact).toEqual(['The quote is empty']);
    expect(fieldErrorsOf(createEvidenceSchema, { ...base, exact: 'x'.repeat(2001) }).exact).toBeDefined();
    expect(fieldErrorsOf(createEvidenceSchema, { ...base, exact: 'x', prefix: 'p'.repeat(65) }).prefix).toBeDefined();
  });

  it('checks ids and stance', () => {
    const errors = fieldErrorsOf(createEvidenceSchema, { claimId: 'abc', articleId: 1.5, stance: 'supports', exact: 'x' });
    expect(Object.keys(errors).sort()).toEqual(['articleId', 'claimId', 'stance']);
  });

  it('refuses HTML in statedValue and note', () => {
    const errors = fieldErrorsOf(createEvidenceSchema, { ...base, exact: 'x', statedValue: '<i>9</i>', note: '<img src=x onerror=alert(1)>' });
    expect(errors).toEqual({ statedValue: [HTML_NOT_ALLOWED], note: [HTML_NOT_ALLOWED] });
    expect(fieldErrorsOf(createEvidenceSchema, { ...base, exact: 'x', statedValue: '9'.repeat(101) }).statedValue).toBeDefined();
  });
});

describe('other write inputs', () => {
  it('update evidence: optional stance/note/statedValue, clearable', () => {
    expect(updateEvidenceSchema.parse({ id: 1, version: 3, note: '', stance: 'contradicts' })).toEqual({
      id: 1,
      version: 3,
      note: null,
      stance: 'contradicts',
    });
    expect(fieldErrorsOf(updateEvidenceSchema, { id: 1, version: 3, note: '<a href=x>' }).note).toEqual([HTML_NOT_ALLOWED]);
  });

  it('merge refuses merging a claim into itself', () => {
    expect(fieldErrorsOf(mergeClaimsSchema, { sourceId: 4, targetId: 4 }).targetId).toEqual(['Choose two different claims']);
  });

  it('delete needs a version; omissions take an optional note', () => {
    expect(fieldErrorsOf(deleteClaimSchema, { id: 1 }).version).toBeDefined();
    expect(markOmissionSchema.parse({ claimId: 1, articleId: 2 })).toEqual({ claimId: 1, articleId: 2, note: null });
  });

  it('create with evidence reports nested fields with their prefix', () => {
    const errors = fieldErrorsOf(createClaimWithEvidenceSchema, { claim: { text: '' }, evidence: { articleId: 1, stance: 'x', exact: 'q' } });
    expect(Object.keys(errors).sort()).toEqual(['claim.text', 'evidence.stance']);
  });
});

describe('toFieldErrors and validationError', () => {
  it('groups messages by field, drops list indices and puts root issues under _form', () => {
    const schema = z.object({ topics: z.array(z.string().min(2)) }).refine(() => false, 'whole thing');
    const result = schema.safeParse({ topics: ['a', 'b'] });
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error!)).toEqual({
      topics: ['Too small: expected string to have >=2 characters'],
      [FORM_ERRORS_KEY]: ['whole thing'],
    });
    const root = z.string().safeParse(1);
    expect(Object.keys(toFieldErrors(root.error!))).toEqual([FORM_ERRORS_KEY]);
  });

  it('becomes a validation AppError with fieldErrors', () => {
    const error = validationError(createClaimSchema.safeParse({ text: '<b>x</b>' }).error!);
    expect(error).toMatchObject({ code: 'validation', status: 422, details: { fieldErrors: { text: [HTML_NOT_ALLOWED] } } });
    expect(error.message).toContain('text');
  });
});

describe('isRealDate', () => {
  it('knows leap years', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2024-13-01')).toBe(false);
  });
});
