// postinstall: generate Prisma Client into lib/generated/prisma.
// Prisma 7's CLI insists on locating its native schema engine even for `generate`, which
// does not use it. Where the engine was never downloaded (offline installs, denied install
// scripts) we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file so generation proceeds;
// machines that have the engine keep using it, so `prisma migrate` still works there.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const env = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const dir = path.join('node_modules', '@prisma', 'engines');
  const hasEngine = existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('schema-engine'));
  if (!hasEngine) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const bin = path.join('node_modules', 'prisma', 'build', 'index.js');
const result = spawnSync(process.execPath, [bin, 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
