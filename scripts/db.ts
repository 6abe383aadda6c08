// `npm run db:migrate` / `npm run db:seed`: the start-up steps on their own, against
// DATABASE_URL, else the embedded database of the running app, else the embedded one in .data.
import { createPrisma } from '../lib/db/prisma';
import { migrateDatabase } from '../lib/db/migrate';
import { backfillPassageIndex } from '../lib/data/workflows/backfill-passage-index';
import { seedCorpus } from '../lib/data/workflows/seed-corpus';
import { atCliExit, runCli, usageError } from '../lib/runtime/cli';
import { resolveDatabase } from '../lib/runtime/resolve-database';

await runCli('db', async () => {
  const command = process.argv[2];
  if (command !== 'migrate' && command !== 'seed') throw usageError('usage: tsx scripts/db.ts migrate|seed');
  const db = await resolveDatabase();
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
    atCliExit(() => prisma.$disconnect());
    await seedCorpus(prisma, { log: console.log });
  }
});
