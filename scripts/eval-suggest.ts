// `npm run eval:suggest [-- --verbose]`: measures the evidence finder on the seed corpus (issue
// 12's protocol). A scratch embedded PostgreSQL (deleted afterwards) gets the seed articles
// through the importer, then each starter claim of seeds/claims.json WITHOUT its quotes and
// reviews (text, gloss, topics, kind, value, comparator, unit, as-of only); the finder's
// suggestions per outlet are compared with the curated cells (lib/finder/eval-metrics.ts).
// Figures are printed for all claims and for two halves (claims in even and odd places of the
// file): the method was tuned looking at the even half, the odd half is the held-out check.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createClaim } from '../lib/data/writes/create-claim';
import { findClaimSuggestions } from '../lib/data/reads/find-claim-suggestions';
import { importArticle } from '../lib/data/workflows/import-article';
import { CLAIMS_FILE, SEED_ARTICLE_PATTERN, defaultSeedDir } from '../lib/data/workflows/seed-corpus';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres';
import { migrateDatabase } from '../lib/db/migrate';
import { createPrisma } from '../lib/db/prisma';
import { computeFigures, formatFigures, missedTargets, verdictSeparation, type EvaluatedCell } from '../lib/finder/eval-metrics';
import { foldText } from '../lib/finder/fold';
import { findNumbers } from '../lib/finder/numerals';
import { parseArticle } from '../lib/importer';
import { parseClaimsFile } from '../lib/seed/claims-file';
import { planSeedClaims } from '../lib/seed/plan-seed-claims';

const { values: args } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v' }, 'database-url': { type: 'string' } } });

const dir = defaultSeedDir();
const files = readdirSync(dir).filter((f) => SEED_ARTICLE_PATTERN.test(f)).sort();
const parsed = files.map((file) => {
  const source = readFileSync(path.join(dir, file), 'utf8');
  return { file, source, parsed: parseArticle({ filename: file, source }) };
});
const plans = planSeedClaims(
  parseClaimsFile(JSON.parse(readFileSync(path.join(dir, CLAIMS_FILE), 'utf8'))),
  new Map(parsed.map((p) => [p.file, { file: p.file, outlet: p.parsed.outlet.slug, text: p.parsed.text }])),
);

const server = args['database-url']
  ? null
  : await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `claimgrid-eval-${randomBytes(4).toString('hex')}`), database: 'claimgrid_eval', ephemeral: true });
const url = args['database-url'] ?? server!.url;
const db = createPrisma(url);
try {
  await migrateDatabase(url);
  if ((await db.article.count()) > 0) throw new Error('eval:suggest needs an empty scratch database');
  const articleIds = new Map<string, number>();
  for (const item of parsed) articleIds.set(item.file, (await importArticle(db, { parsed: item.parsed, source: item.source, filename: item.file })).articleId);
  const user = await db.user.create({ data: { email: 'eval@example.org', name: 'Evaluation', role: 'editor' } });
  const actor = { userId: user.id, email: user.email, name: user.name, role: 'editor' as const, disabled: false };

  const cells: (EvaluatedCell & { half: 'even' | 'odd'; best: number })[] = [];
  const started = performance.now();
  for (const [index, { claim, evidence, reviews }] of plans.entries()) {
    const created = await createClaim(db, {
      actor,
      input: {
        text: claim.text, gloss: claim.gloss ?? null, topics: claim.topics, kind: claim.kind, value: claim.value ?? null,
        comparator: claim.comparator ?? null, unit: claim.unit ?? null, asOf: claim.asOf ?? null, status: 'published',
      },
    });
    const found = await findClaimSuggestions(db, { actor, claimId: created.id, limit: 3 });
    for (const outlet of found.outlets) {
      const mine = parsed.filter((p) => p.parsed.outlet.slug === outlet.outlet).map((p) => p.file);
      const quotes = evidence.filter((e) => mine.includes(e.article));
      const omits = reviews.some((r) => mine.includes(r.article));
      if (quotes.length === 0 && !omits) continue;
      const numeric = (exact: string, statedValue: string | null) =>
        claim.kind === 'quantity' || claim.kind === 'date' || /\d|[一二两三四五六七八九十]/.test(statedValue ?? '') || findNumbers(foldText(exact)).some((m) => m.role === 'count');
      cells.push({
        half: index % 2 === 0 ? 'even' : 'odd',
        claim: claim.key,
        outlet: outlet.outlet,
        curated: quotes.length
          ? { kind: 'evidence', quotes: quotes.map((q) => ({ articleId: articleIds.get(q.article)!, start: q.start, end: q.end, stance: q.stance, numeric: numeric(q.exact, q.statedValue) })) }
          : { kind: 'omits' },
        verdict: outlet.verdict,
        best: Math.max(0, ...outlet.suggestions.map((s) => s.score)),
        suggestions: outlet.suggestions,
      });
      if (args.verbose) {
        const overlaps = (s: { articleId: number; start: number; end: number }) => quotes.some((q) => articleIds.get(q.article) === s.articleId && q.start < s.end && s.start < q.end);
        console.log(`${quotes.length ? quotes.map((q) => q.stance).join('+') : 'omits'} -> ${outlet.verdict}  ${claim.key} @ ${outlet.outlet}`);
        for (const s of outlet.suggestions) console.log(`   ${overlaps(s) ? '*' : ' '} ${s.score.toFixed(3)} ${s.stance.padEnd(11)} ${s.exact.slice(0, 50)}`);
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const all = computeFigures(cells);
  console.log(`Evidence finder on the seed corpus: ${plans.length} claims, ${files.length} articles, threshold ${cells.length ? (await findClaimSuggestions(db, { actor, claimId: 1, limit: 1 })).threshold : '-'}, ${seconds.toFixed(1)} s\n`);
  console.log(
    formatFigures([
      { label: 'all claims', figures: all },
      { label: 'tuning half', figures: computeFigures(cells.filter((c) => c.half === 'even')) },
      { label: 'held-out half', figures: computeFigures(cells.filter((c) => c.half === 'odd')) },
    ]),
  );
  const separation = (label: string, subset: typeof cells) => {
    const s = verdictSeparation(subset);
    return `${label}: AUC ${s.auc.toFixed(3)}, best threshold ${s.threshold.toFixed(3)} (likely ${(s.likelyRate * 100).toFixed(1)}%, none ${(s.noneRate * 100).toFixed(1)}%)`;
  };
  console.log(`\nHow the best scores separate stating from omitting outlets, whatever the threshold:`);
  console.log(`  ${separation('all claims', cells)}\n  ${separation('tuning half', cells.filter((c) => c.half === 'even'))}\n  ${separation('held-out half', cells.filter((c) => c.half === 'odd'))}`);
  if (args.verbose) {
    console.log('\nOutlets by best score (E = curated stating/contradicting, o = omitting; tuning half first letter t, held-out h):');
    for (const c of [...cells].sort((a, b) => b.best - a.best)) console.log(`  ${c.best.toFixed(3)} ${c.curated.kind === 'evidence' ? 'E' : 'o'} ${c.half === 'even' ? 't' : 'h'} ${c.claim} @ ${c.outlet}`);
  }
  const missed = missedTargets(all);
  console.log(missed.length ? `\nTargets missed: ${missed.join(', ')}` : '\nAll targets met.');
} finally {
  await db.$disconnect();
  await server?.stop();
}
process.exit(0);
