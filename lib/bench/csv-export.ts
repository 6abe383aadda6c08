// CSV export throughput on the synthetic corpus, beside the floor: PostgreSQL writing the same
// claim x outlet rows itself with COPY ... TO STDOUT. Prints rows/s, time to first byte and
// the peak memory of the exporting process. Used by `npm run bench`.
import { spawn } from 'node:child_process';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { readRssMb } from '../runtime/process-info';

// One row per published claim x outlet: stance (cell_stance(), as the app reads it), the cell's
// quotes, stated values and articles.
const COPY_FLOOR_SQL = `
COPY (
  WITH q AS (
    SELECT e.claim_id, a.outlet_id,
           string_agg(e.exact, ' ¦ ' ORDER BY a.published_at, e.start) AS quotes,
           string_agg(coalesce(e.stated_value, ''), ' ¦ ' ORDER BY a.published_at, e.start) AS stated,
           string_agg(a.title, ' ¦ ' ORDER BY a.published_at, e.start) AS titles,
           string_agg(coalesce(a.url, ''), ' ¦ ' ORDER BY a.published_at, e.start) AS urls,
           string_agg(to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ' ¦ ' ORDER BY a.published_at, e.start) AS dates
      FROM evidence e JOIN articles a ON a.id = e.article_id
     GROUP BY e.claim_id, a.outlet_id)
  SELECT c.id, c.text, c.gloss, c.kind, c.value, c.comparator, c.unit, c.as_of, o.slug, o.name,
         s.stance, q.quotes, q.stated, q.titles, q.urls, q.dates, c.updated_at
    FROM claims c
    CROSS JOIN outlets o
    JOIN claim_outlet_stances s ON s.claim_id = c.id AND s.outlet_id = o.id
    LEFT JOIN q ON q.claim_id = c.id AND q.outlet_id = o.id
   WHERE c.status = 'published'
   ORDER BY c.created_at DESC, c.id DESC, o.name, o.id
) TO STDOUT WITH (FORMAT csv, HEADER true)`;

type Run = { seconds: number; rows: number; bytes: number; firstByteMs: number; peakRssMb: number };

function sampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss) / 2 ** 20) };
}

function countLines(chunk: string | Buffer): number {
  let n = 0;
  if (typeof chunk === 'string') {
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) n++;
  } else {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}

/** The real CLI in its own process (so its memory is its own), writing CSV to a pipe. */
export async function exportCsv(databaseUrl: string): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/export.ts', '--format', 'csv'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let peakKb = 0;
  const timer = setInterval(() => {
    const mb = child.pid === undefined ? undefined : readRssMb(child.pid);
    if (mb !== undefined) peakKb = Math.max(peakKb, mb * 1024);
  }, 50);
  let first = 0;
  let rows = 0;
  let bytes = 0;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    if (!first) first = performance.now() - started;
    rows += countLines(chunk);
    bytes += chunk.length;
  }
  const code: number = await new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (c) => resolve(c ?? 1))));
  clearInterval(timer);
  if (code !== 0) throw new Error(`export exited with code ${code}`);
  return { seconds: (performance.now() - started) / 1000, rows: rows - 1, bytes, firstByteMs: first, peakRssMb: peakKb / 1024 };
}

export async function copyFloor(pool: pg.Pool): Promise<Run> {
  const client = await pool.connect();
  const memory = sampler();
  const started = performance.now();
  let first = 0;
  let rows = 0;
  let bytes = 0;
  try {
    const stream = client.query(copyTo(COPY_FLOOR_SQL));
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!first) first = performance.now() - started;
      rows += countLines(chunk);
      bytes += chunk.length;
    }
  } finally {
    client.release();
  }
  return { seconds: (performance.now() - started) / 1000, rows: rows - 1, bytes, firstByteMs: first, peakRssMb: memory.stop() };
}

export async function benchExport(databaseUrl: string, pool: pg.Pool): Promise<void> {
  console.log('\nCSV export of the whole published table (one row per claim x outlet):');
  const floor = await copyFloor(pool);
  const ours = await exportCsv(databaseUrl);
  const line = (name: string, run: Run) =>
    `  ${name.padEnd(34)} ${run.rows.toLocaleString('en').padStart(10)} rows  ${(run.bytes / 2 ** 20).toFixed(0).padStart(5)} MB  ${run.seconds.toFixed(1).padStart(6)} s  ${Math.round(run.rows / run.seconds).toLocaleString('en').padStart(9)} rows/s  first byte ${run.firstByteMs.toFixed(0).padStart(5)} ms  peak RSS ${run.peakRssMb.toFixed(0)} MB`;
  console.log(line('COPY ... TO STDOUT (floor)', floor));
  console.log(line('npm run export -- --format csv', ours));
  const ratio = ours.seconds / floor.seconds;
  console.log(`  ${ratio <= 2 ? '✓' : '✗'} within ${ratio.toFixed(1)}x of the floor (target ≤ 2x); ${ours.peakRssMb < 300 ? '✓' : '✗'} peak memory ${ours.peakRssMb.toFixed(0)} MB (target < 300 MB)`);
}
