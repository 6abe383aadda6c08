// `npm run db:migrate` / `npm run db:seed`: the start-up steps on their own, against
// DATABASE_URL or the embedded database in .data.
import { createPrisma } from '../lib/db/prisma';
import { migrateDatabase } from '../lib/db/migrate';
import { backfillPassageIndex } from '../lib/data/backfill-passage-index';
import { seedCorpus } from '../lib/data/seed-corpus';
import { resolveDatabase } from '../lib/runtime/resolve-database';

const command = process.argv[2];
if (command !== 'migrate' && command !== 'seed') {
  console.error('usage: tsx scripts/db.ts migrate|seed');
  process.exit(2);
}

const db = await resolveDatabase();
try {
  const result = await migrateDatabase(db.url, { log: console.log });
  if (command === 'migrate') {
    console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already applied`);
    // the passage index is derived data a migration cannot compute in SQL: fill it here
    const prisma = createPrisma(db.url);
    try {
      const indexed = await backfillPassageIndex(prisma, { log: console.log });
      if (indexed.articles) console.log(`passage index filled for ${indexed.articles} article(s)`);
    } finally {
      await prisma.$disconnect();
    }
  }
  if (command === 'seed') {
    const prisma = createPrisma(db.url);
    try {
      await seedCorpus(prisma, { log: console.log });
    } finally {
      await prisma.$disconnect();
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.stop();
}
// An explicit exit with the code set above: nothing still open (a pool, a timer) keeps the process alive.
process.exit(process.exitCode ?? 0);
