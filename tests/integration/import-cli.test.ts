// `npm run import -- FILES...` on real files against a real database: one line per file
// (imported / duplicate / failed with the reason) and a failing exit code when any file failed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { testTempDir } from '../support/temp-dir';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

function runImport(files: string[]) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import.ts', ...files], {
    env: { ...process.env, DATABASE_URL: db.url },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run import', () => {
  it('prints one line per file and exits 1 when one failed; nothing of the failed file is stored', async () => {
    const dir = testTempDir('import');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    writeFileSync(path.join(dir, 'gbk.txt'), Buffer.from([0xcf, 0xb0, 0xbd, 0xfc, 0xc6, 0xbd]));
    const voa = 'seeds/003_e85d02f5553dac90.txt';
    const run = runImport([voa, voa, path.join(dir, 'empty.txt'), path.join(dir, 'image.txt'), path.join(dir, 'gbk.txt')]);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^imported: seeds\/003_e85d02f5553dac90.txt -> article \d+ \(voa\)$/);
    expect(lines[1]).toMatch(/^duplicate: /);
    expect(lines[2]).toMatch(/^failed: .*empty.txt: the file is empty$/);
    expect(lines[3]).toMatch(/^failed: .*image.txt: this is a binary file/);
    expect(lines[4]).toMatch(/^failed: .*gbk.txt: the file is not UTF-8 text/);
    expect(run.status).toBe(1);
    expect(await db.prisma.article.count()).toBe(1);
  });

  it('exits 0 when every file imported', () => {
    const run = runImport(['seeds/004_5d1e6c4fe0d6993d.txt']);
    expect(run.stdout).toMatch(/^imported: .*\(bbc\)/);
    expect(run.status).toBe(0);
  });
});
