// `npm run import -- FILES...`: imports article files through the same importer as the seed
// corpus and prints one line per file: imported, duplicate (same content hash), or failed
// with the reason. A failed file writes nothing; the others still import.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPrisma } from '../lib/db/prisma';
import { migrateDatabase } from '../lib/db/migrate';
import { importArticle } from '../lib/data/import-article';
import { parseArticle } from '../lib/importer';
import { resolveDatabase } from '../lib/runtime/resolve-database';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run import -- FILE [FILE...]');
  process.exit(2);
}

const db = await resolveDatabase();
const prisma = createPrisma(db.url);
let failures = 0;
try {
  await migrateDatabase(db.url);
  for (const file of files) {
    const name = path.basename(file);
    try {
      const source = readFileSync(file, 'utf8');
      const parsed = parseArticle({ filename: name, source });
      const result = await importArticle(prisma, { parsed, source, filename: name });
      console.log(`${result.status}: ${file} -> article ${result.articleId} (${result.outlet})`);
    } catch (error) {
      failures++;
      console.log(`failed: ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await prisma.$disconnect();
  await db.stop();
}
process.exitCode = failures ? 1 : 0;
