import { describe, expect, it } from 'vitest';
import { httpPassArgs } from './http-child';
import { parseBenchOptions } from './options';

describe('httpPassArgs', () => {
  it('gives the HTTP pass the parent run settings, and only the HTTP pass', () => {
    const parent = parseBenchOptions(['--serve', '--runs', '30', '--warmup', '3', '--soak-laps', '2', '--only', 'GET /', '--seed', '7', '--lighthouse'], {}, '/app');
    const args = httpPassArgs(parent, new URL('http://127.0.0.1:4321/'), 99, 'postgres://u@127.0.0.1:5/claimgrid_synthetic');
    const child = parseBenchOptions(args, {}, '/app');
    expect(child).toMatchObject({
      httpOnly: true,
      serve: false,
      serverPid: 99,
      databaseUrl: 'postgres://u@127.0.0.1:5/claimgrid_synthetic',
      runs: 30,
      warmup: 3,
      soakLaps: 2,
      soakConcurrency: 100,
      concurrency: 2,
      only: 'GET /',
      seed: 7,
      lighthouse: false,
    });
    expect(child.http?.origin).toBe('http://127.0.0.1:4321');
  });

  it('leaves out what the parent did not set', () => {
    const args = httpPassArgs(parseBenchOptions([], {}, '/app'), new URL('http://127.0.0.1:4321'), undefined, 'postgres://x/y');
    expect(args).not.toContain('--server-pid');
    expect(args).not.toContain('--only');
  });
});
