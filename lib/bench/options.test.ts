import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './options';

const parse = (argv: string[], env = {}) => parseBenchOptions(argv, env, '/app');

describe('parseBenchOptions', () => {
  it('gives the defaults the README names', () => {
    expect(parse([])).toEqual({
      runs: 50,
      warmup: 5,
      maxSeconds: 120,
      concurrency: 2,
      soakLaps: 4,
      soakConcurrency: 100,
      databaseUrl: undefined,
      http: undefined,
      serverPid: undefined,
      only: undefined,
      seed: 1,
      serve: false,
      appDir: '/app',
      skipExport: false,
      skipSeedCorpus: false,
      skipFinder: false,
      lighthouse: false,
      lighthouseOnly: false,
      lighthouseRuns: 5,
      httpOnly: false,
    });
  });

  it('reads every flag', () => {
    const options = parse([
      '--runs', '2', '--warmup', '1', '--max-seconds', '30', '--concurrency', '1', '--soak-laps', '2', '--soak-concurrency', '10',
      '--database-url', 'postgres://x/claimgrid_synthetic', '--http', 'http://127.0.0.1:3000', '--server-pid', '42',
      '--only', 'claim page', '--seed', '7', '--app-dir', 'other', '--skip-export', '--skip-seed-corpus', '--skip-finder',
      '--lighthouse', '--lighthouse-only', '--lighthouse-runs', '7', '--http-only',
    ]);
    expect(options).toMatchObject({
      runs: 2,
      warmup: 1,
      maxSeconds: 30,
      concurrency: 1,
      soakLaps: 2,
      soakConcurrency: 10,
      databaseUrl: 'postgres://x/claimgrid_synthetic',
      serverPid: 42,
      only: 'claim page',
      seed: 7,
      appDir: '/app/other',
      skipExport: true,
      skipSeedCorpus: true,
      skipFinder: true,
      lighthouse: true,
      lighthouseOnly: true,
      lighthouseRuns: 7,
      httpOnly: true,
    });
    expect(options.http?.origin).toBe('http://127.0.0.1:3000');
  });

  it('holds counts to their ranges as the bench always has', () => {
    expect(parse(['--runs', '0', '--warmup=-3', '--concurrency', '8', '--soak-laps=-1', '--soak-concurrency', '0'])).toMatchObject({
      runs: 1,
      warmup: 0,
      concurrency: 2,
      soakLaps: 0,
      soakConcurrency: 1,
    });
    expect(parse(['--concurrency', '0']).concurrency).toBe(1);
  });

  it('refuses a count that is not a whole number, and a figure that is not a number', () => {
    expect(() => parse(['--runs', 'many'])).toThrow('--runs must be a whole number, got many');
    expect(() => parse(['--warmup', '2.5'])).toThrow('--warmup must be a whole number, got 2.5');
    expect(() => parse(['--soak-laps', ''])).toThrow('--soak-laps must be a whole number');
    expect(() => parse(['--server-pid', 'abc'])).toThrow('--server-pid must be a whole number, got abc');
    expect(() => parse(['--max-seconds', 'soon'])).toThrow('--max-seconds must be a number, got soon');
    expect(() => parse(['--seed', 'x'])).toThrow('--seed must be a number, got x');
    expect(() => parse(['--lighthouse-runs', '0'])).toThrow('--lighthouse-runs must be a whole number of at least 1, got 0');
  });

  it('refuses unknown flags and stray arguments', () => {
    expect(() => parse(['--runz', '3'])).toThrow(/--runz/);
    expect(() => parse(['claim page'])).toThrow();
  });

  it('takes the database and the server from the environment unless flags name them', () => {
    const env = { SYNTHETIC_DATABASE_URL: 'postgres://env/claimgrid_synthetic', BENCH_BASE_URL: 'http://localhost:4000' };
    expect(parse([], env).databaseUrl).toBe('postgres://env/claimgrid_synthetic');
    expect(parse([], env).http?.origin).toBe('http://localhost:4000');
    const flagged = parse(['--database-url', 'postgres://flag/claimgrid_synthetic', '--http', 'http://[::1]:5000'], env);
    expect(flagged.databaseUrl).toBe('postgres://flag/claimgrid_synthetic');
    expect(flagged.http?.origin).toBe('http://[::1]:5000');
  });

  it('times only servers on this machine', () => {
    expect(() => parse(['--http', 'https://claimgrid.example.org'])).toThrow(
      '--http must point at this machine (127.0.0.1 or localhost), got claimgrid.example.org',
    );
    expect(() => parse([], { BENCH_BASE_URL: 'http://10.0.0.5:3000' })).toThrow('got 10.0.0.5');
  });

  it('lets --serve start the server to time, over any --http', () => {
    expect(parse(['--serve', '--http', 'http://127.0.0.1:3000']).http).toBeUndefined();
  });

  it('treats an empty --only as no filter', () => {
    expect(parse(['--only', '']).only).toBeUndefined();
  });
});
