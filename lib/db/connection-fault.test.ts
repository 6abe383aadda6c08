import { describe, expect, it } from 'vitest';
import { isConnectionFault } from './connection-fault';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'FATAL' });

describe('isConnectionFault', () => {
  it('is true for a server going away, restarting or refusing connections', () => {
    expect(isConnectionFault(pgError('57P01', 'terminating connection due to unexpected postmaster exit'))).toBe(true);
    expect(isConnectionFault(pgError('57P02'))).toBe(true);
    expect(isConnectionFault(pgError('57P03', 'the database system is starting up'))).toBe(true);
    expect(isConnectionFault(pgError('08006'))).toBe(true);
    expect(isConnectionFault(pgError('53300'))).toBe(true);
  });

  it('is true for sockets that fail and for the driver’s own words', () => {
    expect(isConnectionFault(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionFault(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isConnectionFault(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionFault(new Error('Connection terminated due to connection timeout'))).toBe(true);
    expect(isConnectionFault(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('is false for a query the database refused, and for anything that is not an error', () => {
    expect(isConnectionFault(pgError('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isConnectionFault(pgError('40001', 'could not serialize access'))).toBe(false);
    expect(isConnectionFault(pgError('42601', 'syntax error'))).toBe(false);
    expect(isConnectionFault(pgError('57014', 'canceling statement due to statement timeout'))).toBe(false);
    expect(isConnectionFault(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isConnectionFault(undefined)).toBe(false);
    expect(isConnectionFault('Connection terminated')).toBe(false);
  });
});
