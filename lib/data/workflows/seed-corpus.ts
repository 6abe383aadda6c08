// Loads the seed corpus: every article file in seeds/ through the importer, then the curated
// claims in seeds/claims.json with their anchored evidence, reviews and revisions. Everything
// is parsed and every quote anchored before the first write, and all writes share one
// transaction: a bad seed fails loudly and leaves the database as it was.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPrisma, type Db } from '../../db/prisma';
import { claimSearchText } from '../../claims';
import { parseArticle } from '../../importer';
import { parseClaimsFile } from '../../seed/claims-file';
import { planSeedClaims } from '../../seed/plan-seed-claims';
import { backfillPassageIndex } from './backfill-passage-index';
import { backfillSearchText } from './backfill-search-text';
import { importArticleInTransaction, prepareArticleImport } from './import-article';
import { recordRevision } from '../writes/record-revision';

export const SEED_ARTICLE_PATTERN = /\.(txt|md|markdown|html?)$/i;
export const CLAIMS_FILE = 'claims.json';

export type SeedResult = { articles: { file: string; status: string; articleId: number }[]; claims: number };

export function defaultSeedDir(): string {
  return path.join(process.cwd(), 'seeds');
}

export async function seedCorpus(
  db: Db,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<SeedResult> {
  const dir = options.dir ?? defaultSeedDir();
  const log = options.log ?? (() => {});
  const files = readdirSync(dir).filter((f) => SEED_ARTICLE_PATTERN.test(f)).sort();

  const parsed = files.map((file) => {
    const source = readFileSync(path.join(dir, file), 'utf8');
    return { file, source, parsed: parseArticle({ filename: file, source }) };
  });
  // segmenting happens before the transaction opens (see prepareArticleImport)
  const prepared = new Map(parsed.map((item) => [item.file, prepareArticleImport({ parsed: item.parsed, source: item.source, filename: item.file })]));
  const claimsFile = parseClaimsFile(JSON.parse(readFileSync(path.join(dir, CLAIMS_FILE), 'utf8')));
  const plans = planSeedClaims(
    claimsFile,
    new Map(parsed.map((p) => [p.file, { file: p.file, outlet: p.parsed.outlet.slug, text: p.parsed.text }])),
  );

  return db.$transaction(
    async (tx) => {
      const result: SeedResult = { articles: [], claims: 0 };
      const articleIds = new Map<string, number>();
      for (const item of parsed) {
        const imported = await importArticleInTransaction(tx, prepared.get(item.file)!);
        result.articles.push({ file: item.file, status: imported.status, articleId: imported.articleId });
        articleIds.set(item.file, imported.articleId);
        log(`${imported.status}: ${item.file} -> article ${imported.articleId} (${imported.outlet})`);
      }

      for (const { claim, evidence, reviews } of plans) {
        if (await tx.claim.findUnique({ where: { seedKey: claim.key }, select: { id: true } })) continue;
        const created = await tx.claim.create({
          data: {
            seedKey: claim.key,
            text: claim.text,
            gloss: claim.gloss ?? null,
            searchText: claimSearchText(claim),
            topics: claim.topics,
            kind: claim.kind,
            value: claim.value ?? null,
            comparator: claim.comparator ?? null,
            unit: claim.unit ?? null,
            asOf: claim.asOf ? new Date(`${claim.asOf}T00:00:00Z`) : null,
            status: claim.status,
          },
        });
        const claimId = created.id;
        await recordRevision(tx, { entityType: 'claim', entityId: claimId, claimId, action: 'create', actorId: null, after: created });
        for (const { article, ...anchored } of evidence) {
          const row = await tx.evidence.create({ data: { claimId, articleId: articleIds.get(article)!, ...anchored } });
          await recordRevision(tx, { entityType: 'evidence', entityId: row.id, claimId, action: 'create', actorId: null, after: row });
        }
        for (const review of reviews) {
          const row = await tx.review.create({ data: { claimId, articleId: articleIds.get(review.article)!, note: review.note } });
          await recordRevision(tx, { entityType: 'review', entityId: row.id, claimId, action: 'create', actorId: null, after: row });
        }
        result.claims += 1;
      }
      log(`seeded ${result.claims} claim(s)`);
      return result;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** The start-up step: seed only a database that has no articles yet; fill search columns and the passage index. */
export async function seedIfEmpty(
  databaseUrl: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<{ seeded: boolean; result?: SeedResult }> {
  const db = createPrisma(databaseUrl);
  try {
    const filled = await backfillSearchText(db);
    if (filled.articles + filled.claims > 0) options.log?.(`search text filled for ${filled.articles} article(s), ${filled.claims} claim(s)`);
    const indexed = await backfillPassageIndex(db, options);
    if (indexed.articles > 0) options.log?.(`passage index filled for ${indexed.articles} article(s)`);
    if ((await db.article.count()) > 0) return { seeded: false };
    return { seeded: true, result: await seedCorpus(db, options) };
  } finally {
    await db.$disconnect();
  }
}
