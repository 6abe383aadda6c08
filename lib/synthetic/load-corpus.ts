// Owns writing a synthetic corpus into an empty, migrated Claimgrid database as fast as one
// connection allows: one transaction with session_replication_role = replica (so the per-row
// anchor and claim-cell triggers, and the foreign-key triggers, stay quiet), secondary indexes
// dropped and rebuilt at the end, multi-row INSERTs from unnest() of parameter arrays, then an
// anchor check in one query (the trigger did not run, so correctness is verified, not assumed),
// rebuild_claim_cells() and rebuild_outlet_stats(), one 'create' revision per claim, and ANALYZE. The only module in
// lib/synthetic that touches a database.
import pg from 'pg';
import { generateArticleRange, generateClaimRows, generateReviewRows, type ArticleRow, type ClaimRow, type EvidenceRow, type ReviewRow } from './generate-rows';
import { planCorpus, type CorpusOptions, type CorpusPlan, type PlannedOutlet } from './plan-corpus';

export type LoadCorpusOptions = CorpusOptions & {
  /** articles per INSERT (their evidence goes in the same round) */
  batchSize?: number;
  log?: (line: string) => void;
  /** see ArticleGenerationOptions.searchText */
  searchText?: 'exact' | 'lowercase';
};

export type CorpusCounts = {
  outlets: number;
  articles: number;
  claims: number;
  publishedClaims: number;
  evidence: number;
  reviews: number;
  claimCells: number;
  revisions: number;
};

export type LoadCorpusResult = { counts: CorpusCounts; seconds: Record<string, number> };

const LOADED_TABLES = ['outlets', 'articles', 'claims', 'evidence', 'reviews', 'revisions', 'claim_cells'];
const SERIAL_TABLES = ['outlets', 'articles', 'claims', 'evidence', 'reviews', 'revisions'];

/** Evidence whose quote is not the article text at its span: must be 0. */
export const ANCHOR_MISMATCH_SQL = `
  SELECT count(*)::int AS bad
    FROM evidence e JOIN articles a ON a.id = e.article_id
   WHERE e."end" > a.text_length
      OR substr(a.text, e.start + 1, e."end" - e.start) IS DISTINCT FROM e.exact`;

export async function countCorpus(client: pg.ClientBase): Promise<CorpusCounts> {
  const { rows } = await client.query(`
    SELECT (SELECT count(*) FROM outlets)::int AS outlets,
           (SELECT count(*) FROM articles)::int AS articles,
           (SELECT count(*) FROM claims)::int AS claims,
           (SELECT count(*) FROM claims WHERE status = 'published')::int AS "publishedClaims",
           (SELECT count(*) FROM evidence)::int AS evidence,
           (SELECT count(*) FROM reviews)::int AS reviews,
           (SELECT count(*) FROM claim_cells)::int AS "claimCells",
           (SELECT count(*) FROM revisions)::int AS revisions`);
  return rows[0] as CorpusCounts;
}

async function insertOutlets(client: pg.ClientBase, outlets: PlannedOutlet[]): Promise<void> {
  await client.query(
    `INSERT INTO outlets (id, slug, name, homepage, language)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::language[])`,
    [outlets.map((o) => o.id), outlets.map((o) => o.slug), outlets.map((o) => o.name), outlets.map((o) => o.homepage), outlets.map((o) => o.language)],
  );
}

async function insertClaims(client: pg.ClientBase, rows: ClaimRow[]): Promise<void> {
  await client.query(
    `INSERT INTO claims (id, text, search_text, gloss, topics, kind, value, comparator, unit, as_of, status, created_at, updated_at)
     SELECT id, text, search_text, gloss, string_to_array(topics, ','), kind, value, comparator, unit, as_of, status, created_at, created_at
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::claim_kind[], $7::float8[],
                   $8::comparator[], $9::text[], $10::date[], $11::claim_status[], $12::timestamptz[])
         AS t(id, text, search_text, gloss, topics, kind, value, comparator, unit, as_of, status, created_at)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.text),
      rows.map((r) => r.searchText),
      rows.map((r) => r.gloss),
      rows.map((r) => r.topics.join(',')),
      rows.map((r) => r.kind),
      rows.map((r) => r.value),
      rows.map((r) => r.comparator),
      rows.map((r) => r.unit),
      rows.map((r) => r.asOf),
      rows.map((r) => r.status),
      rows.map((r) => r.createdAt),
    ],
  );
}

async function insertArticles(client: pg.ClientBase, rows: ArticleRow[]): Promise<void> {
  // source = text (the synthetic file as received), content_hash = its sha256, computed here
  await client.query(
    `INSERT INTO articles (id, outlet_id, title, url, author, published_at, language, text, text_length,
                           content_hash, search_text, source, source_format, source_filename, created_at)
     SELECT id, outlet_id, title, url, author, published_at, language, text, text_length,
            encode(sha256(convert_to(text, 'UTF8')), 'hex'), search_text, text, 'text', 'a' || id || '.txt', created_at
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::language[],
                   $8::text[], $9::int[], $10::text[], $11::timestamptz[])
         AS t(id, outlet_id, title, url, author, published_at, language, text, text_length, search_text, created_at)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.outletId),
      rows.map((r) => r.title),
      rows.map((r) => r.url),
      rows.map((r) => r.author),
      rows.map((r) => r.publishedAt),
      rows.map((r) => r.language),
      rows.map((r) => r.text),
      rows.map((r) => r.textLength),
      rows.map((r) => r.searchText),
      rows.map((r) => r.createdAt),
    ],
  );
}

async function insertEvidence(client: pg.ClientBase, rows: EvidenceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO evidence (id, claim_id, article_id, stance, exact, prefix, suffix, start, "end", stated_value, created_at, updated_at)
     SELECT id, claim_id, article_id, stance, exact, prefix, suffix, start, "end", stated_value, created_at, created_at
       FROM unnest($1::int[], $2::int[], $3::int[], $4::stance[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[],
                   $10::text[], $11::timestamptz[])
         AS t(id, claim_id, article_id, stance, exact, prefix, suffix, start, "end", stated_value, created_at)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.claimId),
      rows.map((r) => r.articleId),
      rows.map((r) => r.stance),
      rows.map((r) => r.exact),
      rows.map((r) => r.prefix),
      rows.map((r) => r.suffix),
      rows.map((r) => r.start),
      rows.map((r) => r.end),
      rows.map((r) => r.statedValue),
      rows.map((r) => r.createdAt),
    ],
  );
}

async function insertReviews(client: pg.ClientBase, rows: ReviewRow[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO reviews (id, claim_id, article_id, verdict, created_at)
     SELECT id, claim_id, article_id, 'omits', created_at
       FROM unnest($1::int[], $2::int[], $3::int[], $4::timestamptz[]) AS t(id, claim_id, article_id, created_at)`,
    [rows.map((r) => r.id), rows.map((r) => r.claimId), rows.map((r) => r.articleId), rows.map((r) => r.createdAt)],
  );
}

/** A 'create' revision per claim whose snapshot has the keys and formats recordRevision writes (a Prisma row as JSON). */
const INSERT_CLAIM_REVISIONS = `
  INSERT INTO revisions (entity_type, entity_id, claim_id, action, actor_id, after, created_at)
  SELECT 'claim', c.id, c.id, 'create', NULL,
         jsonb_build_object(
           'id', c.id, 'seedKey', c.seed_key, 'text', c.text, 'searchText', c.search_text, 'gloss', c.gloss,
           'topics', to_jsonb(c.topics), 'kind', c.kind, 'value', c.value, 'comparator', c.comparator, 'unit', c.unit,
           'asOf', to_char(c.as_of, 'YYYY-MM-DD"T00:00:00.000Z"'), 'status', c.status, 'version', c.version,
           'statesOutlets', 0, 'contradictsOutlets', 0, 'mixedOutlets', 0, 'omitsOutlets', 0,
           'createdById', c.created_by_id, 'updatedById', c.updated_by_id,
           'createdAt', to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'updatedAt', to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
         c.created_at
    FROM claims c ORDER BY c.id`;

/** Secondary indexes (not backing a constraint) of the loaded tables: dropped for the load, rebuilt after. */
async function findSecondaryIndexes(client: pg.ClientBase): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT quote_ident(ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY ic.relname`,
    [LOADED_TABLES],
  );
  return rows;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Fills an empty, migrated database. Everything happens in one transaction: on any failure
 * (including a quote that does not anchor) nothing is left behind.
 */
export async function loadSyntheticCorpus(databaseUrl: string, options: LoadCorpusOptions): Promise<LoadCorpusResult> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 500;
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    seconds[name] = (seconds[name] ?? 0) + (now - mark) / 1000;
    mark = now;
  };

  const plan: CorpusPlan = planCorpus(options);
  lap('plan');
  log(`planned ${plan.outlets.length} outlets, ${plan.options.articles} articles, ${plan.claims.length} claims, ${plan.evidenceClaim.length} evidence, ${plan.reviewClaim.length} reviews`);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const before = await countCorpus(client);
    if (before.outlets + before.articles + before.claims > 0) {
      throw new Error('the target database already holds outlets, articles or claims; the synthetic load needs an empty one');
    }
    await client.query('BEGIN');
    try {
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query("SET LOCAL maintenance_work_mem = '512MB'");
      // Article bodies live in TOAST, so the heap looks too small for a parallel index build;
      // the trigram index over 20k bodies is most of the load time and builds ~25% faster in parallel.
      await client.query('SET LOCAL min_parallel_table_scan_size = 0');
      const { rowCount: lz4 } = await client.query(
        "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)",
      );
      // a storage detail, not schema: lz4 compresses article bodies several times faster than pglz
      if (lz4) await client.query("SET LOCAL default_toast_compression = 'lz4'");
      const indexes = await findSecondaryIndexes(client);
      for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

      await insertOutlets(client, plan.outlets);
      const claimRows = generateClaimRows(plan);
      for (let i = 0; i < claimRows.length; i += 2000) await insertClaims(client, claimRows.slice(i, i + 2000));
      lap('outlets+claims');
      log(`inserted ${plan.outlets.length} outlets and ${claimRows.length} claims`);

      // Generation (this process) and insertion (the server) overlap: the next batch is made in
      // small steps while the previous INSERT is in flight, yielding so its bytes keep flowing.
      const total = plan.options.articles;
      let pending: Promise<void> = Promise.resolve();
      let evidenceDone = 0;
      let nextReport = 0;
      for (let from = 0; from < total; from += batchSize) {
        const to = Math.min(total, from + batchSize);
        const batch: { articles: ArticleRow[]; evidence: EvidenceRow[] } = { articles: [], evidence: [] };
        for (let i = from; i < to; i += 25) {
          const part = generateArticleRange(plan, i, Math.min(to, i + 25), { searchText: options.searchText });
          batch.articles.push(...part.articles);
          batch.evidence.push(...part.evidence);
          await yieldToEventLoop();
        }
        await pending;
        pending = (async () => {
          await insertArticles(client, batch.articles);
          await insertEvidence(client, batch.evidence);
        })();
        // keep an unhandled rejection from surfacing before the next await
        pending.catch(() => {});
        evidenceDone += batch.evidence.length;
        if (to >= nextReport || to === total) {
          log(`articles ${to}/${total}, evidence ${evidenceDone}/${plan.evidenceClaim.length} (${((performance.now() - mark) / 1000).toFixed(1)} s)`);
          nextReport = to + Math.max(batchSize, Math.ceil(total / 10));
        }
      }
      await pending;
      lap('articles+evidence');

      const reviews = generateReviewRows(plan);
      for (let i = 0; i < reviews.length; i += 10_000) await insertReviews(client, reviews.slice(i, i + 10_000));
      await client.query(INSERT_CLAIM_REVISIONS);
      for (const table of SERIAL_TABLES) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`,
        );
      }
      lap('reviews+revisions');
      log(`inserted ${reviews.length} reviews and ${claimRows.length} revisions`);

      const indexTimes: string[] = [];
      for (const index of indexes) {
        const t0 = performance.now();
        await client.query(index.definition);
        indexTimes.push(`${index.name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
      lap('indexes');
      log(`rebuilt ${indexes.length} indexes: ${indexTimes.join(', ')}`);

      const { rows } = await client.query<{ bad: number }>(ANCHOR_MISMATCH_SQL);
      if (rows[0]!.bad !== 0) throw new Error(`${rows[0]!.bad} evidence quotes do not anchor in their article text`);
      lap('verify anchors');
      log('every evidence quote anchors in its article text');

      await client.query('SELECT rebuild_claim_cells()');
      // triggers are off here (replica role): the cells' first quotes are filled in one pass
      await client.query('SELECT refresh_all_claim_cell_first_quotes()');
      await client.query('SELECT rebuild_outlet_stats()');
      lap('claim cells and outlet figures');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
    await client.query('ANALYZE');
    lap('analyze');
    return { counts: await countCorpus(client), seconds };
  } finally {
    await client.end();
  }
}
