// `npm run seed:synthetic -- --claims 10000 --outlets 100 --articles 20000 --evidence 200000
//  [--database-url URL] [--seed 42] [--batch-size 500] [--search-text exact|lowercase]
//  [--workers N] [--skip-passage-index | --passage-index-only]`
// Drops and recreates the synthetic database (never the app's), migrates it, and fills it with
// a deterministic synthetic corpus (lib/synthetic) for benchmarks: npm run bench. Then builds
// the evidence finder's passage index for every article, as the app's backfill does
// (lib/data/workflows/backfill-passage-index.ts, on --workers threads, default one per core), and
// prints how long that took: the index over the whole corpus must build in under 3 minutes.
// --passage-index-only keeps the corpus and rebuilds only its passage index (to time it again).
import os from 'node:os';
import { parseArgs } from 'node:util';
import { backfillPassageIndex } from '../lib/data/workflows/backfill-passage-index';
import { migrateDatabase } from '../lib/db/migrate';
import { createPrisma } from '../lib/db/prisma';
import { loadSyntheticCorpus } from '../lib/synthetic/load-corpus';
import { openSyntheticDatabase, recreateSyntheticDatabase, redactUrl } from '../lib/synthetic/synthetic-database';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '10000' },
    outlets: { type: 'string', default: '100' },
    articles: { type: 'string', default: '20000' },
    evidence: { type: 'string', default: '200000' },
    seed: { type: 'string', default: '42' },
    'batch-size': { type: 'string', default: '500' },
    'search-text': { type: 'string', default: 'exact' },
    'database-url': { type: 'string' },
    workers: { type: 'string' },
    'skip-passage-index': { type: 'boolean', default: false },
    'passage-index-only': { type: 'boolean', default: false },
  },
});

function whole(name: keyof typeof values): number {
  const raw = values[name];
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(n)) {
    console.error(`--${name} must be a whole number, got ${raw}`);
    process.exit(2);
  }
  return n;
}

const searchText = values['search-text'];
if (searchText !== 'exact' && searchText !== 'lowercase') {
  console.error('--search-text must be exact or lowercase');
  process.exit(2);
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (line: string) => console.log(`[seed:synthetic ${elapsed()}] ${line}`);

const db = await openSyntheticDatabase({ databaseUrl: values['database-url'] }).catch((error: unknown) => {
  console.error(`[seed:synthetic] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
try {
  say(db.embedded ? `embedded PostgreSQL: ${db.url}` : `database: ${redactUrl(db.url)}`);
  if (values['passage-index-only']) {
    await migrateDatabase(db.url);
    const prisma = createPrisma(db.url);
    await prisma.$executeRawUnsafe('TRUNCATE "passages", "passage_words", "indexed_articles"');
    await prisma.$disconnect();
    say('cleared the passage index');
  } else {
    await recreateSyntheticDatabase(db);
    const migrated = await migrateDatabase(db.url);
    say(`recreated the database and applied ${migrated.applied.length} migrations`);
    const result = await loadSyntheticCorpus(db.url, {
      claims: whole('claims'),
      outlets: whole('outlets'),
      articles: whole('articles'),
      evidence: whole('evidence'),
      seed: whole('seed'),
      batchSize: Math.max(1, whole('batch-size')),
      searchText,
      log: say,
    });
    const phases = Object.entries(result.seconds).map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ');
    say(`phases: ${phases}`);
    say(`counts: ${Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  if (!values['skip-passage-index']) {
    const prisma = createPrisma(db.url);
    try {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const workers = values.workers === undefined ? undefined : Math.max(1, whole('workers'));
      const indexed = await backfillPassageIndex(prisma, { log: say, workers });
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const [load1] = os.loadavg();
      say(
        `passage index: ${indexed.articles} articles in ${seconds.toFixed(1)} s (target < 180 s ${seconds < 180 ? '✓' : '✗'}); ` +
          `this process used ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU (segmenting, on ${workers ?? os.availableParallelism()} thread(s)); ` +
          `load average ${load1!.toFixed(2)} on ${os.availableParallelism()} cores`,
      );
    } finally {
      await prisma.$disconnect();
    }
  }
  say(`done in ${elapsed()}${db.embedded ? `; bench with: npm run bench (or SYNTHETIC_DATABASE_URL=${db.url})` : ''}`);
} catch (error) {
  console.error(`[seed:synthetic] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
// An explicit exit with the code set above: nothing still open (a pool, a timer) keeps the process alive.
process.exit(process.exitCode ?? 0);
