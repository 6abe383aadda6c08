// Loads the seed corpus: every article file in seeds/ through the importer, then the curated
// claims in seeds/claims.json with their anchored evidence and reviews, each claim's rows and
// revisions in the same transaction. Used by `npm start` on an empty database and by tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPrisma, type Db } from '../db/prisma';
import { parseArticle } from '../importer';
import { parseClaimsFile } from '../seed/claims-file';
import { planSeedClaims, type SeedArticleRef } from '../seed/plan-seed-claims';
import { importArticle } from './import-article';
import { recordRevision } from './record-revision';

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

  // Parse everything first: a file that does not parse stops the seed before any write.
  const parsed = files.map((file) => {
    const source = readFileSync(path.join(dir, file), 'utf8');
    return { file, source, parsed: parseArticle({ filename: file, source }) };
  });
  const claimsFile = parseClaimsFile(JSON.parse(readFileSync(path.join(dir, CLAIMS_FILE), 'utf8')));

  const result: SeedResult = { articles: [], claims: 0 };
  const refs = new Map<string, SeedArticleRef>();
  for (const item of parsed) {
    const imported = await importArticle(db, { parsed: item.parsed, source: item.source, filename: item.file });
    result.articles.push({ file: item.file, status: imported.status, articleId: imported.articleId });
    refs.set(item.file, { id: imported.articleId, outlet: imported.outlet, text: item.parsed.text });
    log(`${imported.status}: ${item.file} -> article ${imported.articleId} (${imported.outlet})`);
  }

  const plans = planSeedClaims(claimsFile, refs);
  await db.$transaction(async (tx) => {
    for (const plan of plans) {
      const { claim } = plan;
      const existing = await tx.claim.findUnique({ where: { seedKey: claim.key }, select: { id: true } });
      if (existing) continue;
      const created = await tx.claim.create({
        data: {
          seedKey: claim.key,
          text: claim.text,
          gloss: claim.gloss ?? null,
          topics: claim.topics,
          kind: claim.kind,
          value: claim.value ?? null,
          comparator: claim.comparator ?? null,
          unit: claim.unit ?? null,
          asOf: claim.asOf ? new Date(`${claim.asOf}T00:00:00Z`) : null,
          status: claim.status,
        },
      });
      await recordRevision(tx, { entityType: 'claim', entityId: created.id, claimId: created.id, action: 'create', actorId: null, after: created });
      for (const evidence of plan.evidence) {
        const row = await tx.evidence.create({ data: { claimId: created.id, ...evidence } });
        await recordRevision(tx, { entityType: 'evidence', entityId: row.id, claimId: created.id, action: 'create', actorId: null, after: row });
      }
      for (const review of plan.reviews) {
        const row = await tx.review.create({ data: { claimId: created.id, articleId: review.articleId, note: review.note } });
        await recordRevision(tx, { entityType: 'review', entityId: row.id, claimId: created.id, action: 'create', actorId: null, after: row });
      }
      result.claims += 1;
    }
  }, { timeout: 60_000 });
  log(`seeded ${result.claims} claim(s)`);
  return result;
}

/** The start-up step: seed only a database that has no articles yet. */
export async function seedIfEmpty(
  databaseUrl: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<{ seeded: boolean; result?: SeedResult }> {
  const db = createPrisma(databaseUrl);
  try {
    if ((await db.article.count()) > 0) return { seeded: false };
    return { seeded: true, result: await seedCorpus(db, options) };
  } finally {
    await db.$disconnect();
  }
}
