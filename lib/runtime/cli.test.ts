import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { CliError, cliErrorMessage, usageError } from './cli';

describe('cliErrorMessage', () => {
  it('is the message of our own errors', () => {
    expect(cliErrorMessage(new CliError('no user with email a@b.c'))).toBe('no user with email a@b.c');
    expect(cliErrorMessage(new AppError('conflict', 'A user with email a@b.c already exists.'))).toBe('A user with email a@b.c already exists.');
    expect(usageError('x').exitCode).toBe(2);
  });

  it('keeps only the reason of a Prisma error, on one line', () => {
    const error = new Error('\nInvalid `prisma.claim.create()` invocation:\n\n\nDatabase error. Code: `57P01`. Message: `terminating connection`');
    expect(cliErrorMessage(error)).toBe('Database error. Code: `57P01`. Message: `terminating connection`');
  });

  it('folds any other multi-line message into one line', () => {
    expect(cliErrorMessage(new Error('first\n  second\n'))).toBe('first second');
    expect(cliErrorMessage('plain')).toBe('plain');
    expect(cliErrorMessage(new Error(''))).toBe('Error');
  });
});
