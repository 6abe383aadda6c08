import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { Prisma } from '../generated/prisma/client';
import { toOperationError } from './to-operation-error';

function prismaError(code: string, cause?: Record<string, unknown>) {
  const meta = cause ? { modelName: 'Evidence', driverAdapterError: { name: 'DriverAdapterError', cause } } : { modelName: 'Claim' };
  return new Prisma.PrismaClientKnownRequestError('\nInvalid `tx.evidence.create()` invocation in\n/work/main/lib/data/x.ts:12:3\n  secret query text', {
    code,
    clientVersion: '7.10.0',
    meta,
  });
}

describe('toOperationError', () => {
  it('passes AppErrors through, splitting fieldErrors from other details', () => {
    const error = new AppError('ambiguous', 'occurs 3 times', { candidates: [1, 2, 3], fieldErrors: { exact: ['x'] } });
    expect(toOperationError(error)).toEqual({
      code: 'ambiguous',
      status: 422,
      message: 'occurs 3 times',
      fieldErrors: { exact: ['x'] },
      details: { candidates: [1, 2, 3] },
    });
    expect(toOperationError(new AppError('forbidden', 'no'))).toEqual({ code: 'forbidden', status: 403, message: 'no' });
  });

  it('maps a vanished record to not_found and a duplicate to conflict', () => {
    expect(toOperationError(prismaError('P2025'))).toMatchObject({ code: 'not_found', status: 404 });
    expect(toOperationError(prismaError('P2002', { originalCode: '23505', kind: 'UniqueConstraintViolation' }))).toMatchObject({
      code: 'conflict',
      status: 409,
    });
  });

  it('maps foreign keys by what they point at', () => {
    const fk = (index: string) => prismaError('P2003', { originalCode: '23503', kind: 'ForeignKeyConstraintViolation', constraint: { index } });
    expect(toOperationError(fk('evidence_claim_id_fkey'))).toMatchObject({ code: 'not_found', message: 'The claim no longer exists.' });
    expect(toOperationError(fk('reviews_article_id_fkey'))).toMatchObject({ code: 'not_found', message: 'The article does not exist.' });
    expect(toOperationError(fk('claims_created_by_id_fkey'))).toMatchObject({ code: 'unauthenticated', status: 401 });
  });

  it('maps our CHECKs and triggers to validation errors on the right field', () => {
    const check = (message: string) => prismaError('P2039', { originalCode: '23514', kind: 'postgres', code: '23514', message, originalMessage: message });
    expect(toOperationError(check('evidence quote does not match article 4 at [0, 2)'))).toMatchObject({
      code: 'validation',
      fieldErrors: { exact: [expect.any(String)] },
    });
    expect(toOperationError(check('evidence span [5, 9) lies outside article 4 (length 6)'))).toMatchObject({ fieldErrors: { end: expect.any(Array) } });
    expect(toOperationError(check('new row for relation "claims" violates check constraint "claims_text_not_blank"'))).toMatchObject({
      fieldErrors: { text: expect.any(Array) },
    });
    expect(toOperationError(check('something else'))).toMatchObject({ code: 'validation', status: 422 });
  });

  it('never copies the driver message, query or stack into the result', () => {
    const mapped = toOperationError(prismaError('P2003', { originalCode: '23503', constraint: { index: 'evidence_claim_id_fkey' } }));
    expect(JSON.stringify(mapped)).not.toMatch(/invocation|secret|x\.ts|stack/);
  });

  it('returns null for bugs, so the caller rethrows them', () => {
    expect(toOperationError(new TypeError('undefined is not a function'))).toBeNull();
    expect(toOperationError(prismaError('P2021'))).toBeNull();
    expect(toOperationError('a string')).toBeNull();
  });
});
