// `npm run seed:synthetic -- --claims 10000 --outlets 100 --articles 20000 --evidence 200000
//  [--database-url URL] [--seed 42] [--batch-size 500] [--search-text exact|lowercase]`
// Drops and recreates the synthetic database (never the app's), migrates it, and fills it with
// a deterministic synthetic corpus (lib/synthetic) for benchmarks: npm run bench.
import { parseArgs } from 'node:util';
import { migrateDatabase } from '../lib/db/migrate';
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
  say(`done in ${elapsed()}${db.embedded ? `; bench with: npm run bench (or SYNTHETIC_DATABASE_URL=${db.url})` : ''}`);
} catch (error) {
  console.error(`[seed:synthetic] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
// An explicit exit with the code set above: nothing still open (a pool, a timer) keeps the process alive.
process.exit(process.exitCode ?? 0);
