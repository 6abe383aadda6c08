// The evidence finder on the seed corpus, in a scratch embedded database (deleted afterwards):
// migrated, seeded with the seed articles and claims, then timed as the editor's pages ask
// (seedCorpusFinderOperations).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { seedCorpus } from '../data/workflows/seed-corpus';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { migrateDatabase } from '../db/migrate';
import { createPrisma } from '../db/prisma';
import { seedCorpusFinderOperations } from './finder-operations';
import { runOperations, type RunSettings } from './run-operations';

export async function benchFinderOnSeedCorpus(settings: RunSettings & { only?: string }): Promise<void> {
  const server = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `claimgrid-bench-seed-${randomBytes(4).toString('hex')}`),
    database: 'claimgrid_bench_seed',
    ephemeral: true,
  });
  const db = createPrisma(server.url);
  try {
    await migrateDatabase(server.url);
    await seedCorpus(db);
    const claims = (await db.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
    const articles = (await db.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
    const outlets = (await db.outlet.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } })).map((o) => o.slug);
    console.log(`\nevidence finder on the seed corpus (${articles.length} articles, ${outlets.length} outlets, ${claims.length} claims):`);
    await runOperations('evidence finder on the seed corpus', seedCorpusFinderOperations(db, { claims, articles, outlets }), settings, 1);
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}
