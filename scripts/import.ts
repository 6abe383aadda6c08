// `npm run import -- FILES...`: imports article files through the same importer as the seed
// corpus and prints one line per file: imported, duplicate (same content hash), or failed
// with the reason. A failed file writes nothing; the others still import.
// `npm run import -- --dump FILE` instead restores a dump made by `npm run export -- --format
// dump` into an empty database (refused otherwise), all or nothing.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPrisma } from '../lib/db/prisma';
import { migrateDatabase } from '../lib/db/migrate';
import type { Actor } from '../lib/auth/actor';
import { importArticleFile } from '../lib/data/workflows/import-article-file';
import { restoreDump } from '../lib/data/workflows/restore-dump';
import { decodeUpload } from '../lib/importer';
import { atCliExit, CliError, runCli, usageError } from '../lib/runtime/cli';
import { resolveDatabase } from '../lib/runtime/resolve-database';

/** Whoever runs the CLI has the database itself; imports are not revisions, so no user is recorded. */
const OPERATOR: Actor = { userId: 0, email: 'cli', name: 'command line', role: 'editor', disabled: false };

const USAGE = 'usage: npm run import -- FILE [FILE...]  |  npm run import -- --dump DUMP_FILE';

/** The file's lines, read as they are asked for (a dump can be larger than memory). */
async function* readLines(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    rest += chunk;
    let from = 0;
    for (let at = rest.indexOf('\n'); at !== -1; at = rest.indexOf('\n', from)) {
      yield rest.slice(from, at).replace(/\r$/, '');
      from = at + 1;
    }
    rest = rest.slice(from);
  }
  if (rest) yield rest;
}

await runCli('import', async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) throw usageError(USAGE);
  if (files[0] === '--dump') {
    const file = files[1];
    if (!file || files.length > 2) throw usageError(USAGE);
    if (!existsSync(file)) throw usageError(`no such file: ${file}`);
    const db = await resolveDatabase();
    const prisma = createPrisma(db.url);
    atCliExit(() => prisma.$disconnect());
    await migrateDatabase(db.url);
    try {
      const result = await restoreDump(prisma, readLines(file), { log: (line) => console.log(line) });
      console.log(`restored the version ${result.version} dump of ${result.createdAt || 'unknown date'} from ${file}`);
    } catch (error) {
      throw new CliError(`restore failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
    }
    return;
  }
  const missing = files.find((file) => !existsSync(file));
  if (missing) throw usageError(`no such file: ${missing}`);

  const db = await resolveDatabase();
  const prisma = createPrisma(db.url);
  atCliExit(() => prisma.$disconnect());
  await migrateDatabase(db.url);
  let failures = 0;
  for (const file of files) {
    const name = path.basename(file);
    try {
      // The same checks and importer as the UI and the API: size, binary, UTF-8, scripts removed.
      const source = decodeUpload(name, readFileSync(file));
      const result = await importArticleFile(prisma, { actor: OPERATOR, input: { filename: name, source } });
      const scripts = result.removedScripts ? ` (removed ${result.removedScripts} script element(s))` : '';
      console.log(`${result.status}: ${file} -> article ${result.articleId} (${result.outlet?.slug})${scripts}`);
    } catch (error) {
      failures++;
      console.log(`failed: ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures ? 1 : 0;
});
