// The evidence finder's operations: on the synthetic corpus, suggestions per claim and per article
// and an import with its indexing (whose articles are taken out again afterwards); on the seed
// corpus, what the editor's pages ask of it.
import type pg from 'pg';
import type { Db } from '../db/prisma';
import { findArticleSuggestions } from '../data/reads/find-article-suggestions';
import { findClaimSuggestions, findManyClaimSuggestions } from '../data/reads/find-claim-suggestions';
import { importArticle, prepareArticleImport } from '../data/workflows/import-article';
import type { ParsedArticle } from '../importer';
import { BENCH_EDITOR, type BenchContext } from './context';
import { cycle, type Operation } from './operation';
import { p95Below } from './stats';

/** A parsed article as the importer hands it to importArticle (a synthetic body of the corpus' kind). */
function parseBenchArticle(outlet: string, n: number, text: string): ParsedArticle {
  return {
    title: `基准导入 ${n}`,
    // an existing outlet: the import only looks it up
    outlet: { slug: outlet, name: outlet, homepage: `https://${outlet}.example`, language: 'zh-Hans' },
    url: null,
    author: null,
    publishedAt: new Date(),
    publishedAtEvidence: { source: 'bench', precision: 'second', estimated: false },
    language: 'zh-Hans',
    text,
    format: 'text',
  };
}

/**
 * The evidence finder (issue 12): suggestions per claim and per article, and an import with its
 * indexing, whose articles' ids go into `importedArticleIds` (removeImportedArticles takes them out).
 */
export function finderOperations(ctx: BenchContext, importedArticleIds: number[]): Operation[] {
  const anyPublished = cycle(ctx.publishedIds);
  const anyArticle = cycle(ctx.articleIds);
  const texts = cycle(ctx.importTexts);
  let imported = 0;
  return [
    {
      name: 'finder: claim suggestions, all outlets (findClaimSuggestions)',
      run: () => findClaimSuggestions(ctx.db, { actor: ctx.editor, claimId: anyPublished(), limit: 5 }),
      target: p95Below(200),
    },
    {
      name: 'finder: claim suggestions, one outlet',
      run: () => findClaimSuggestions(ctx.db, { actor: ctx.editor, claimId: anyPublished(), outlet: ctx.bigOutlet, limit: 5 }),
    },
    {
      name: "finder: an article's claim matches (findArticleSuggestions)",
      run: () => findArticleSuggestions(ctx.db, { actor: ctx.editor, articleId: anyArticle() }),
      target: p95Below(300),
    },
    {
      // as the importer does it: segmenting before the transaction, then the article and its index rows
      name: 'finder: import one article with its indexing (importArticle)',
      run: async () => {
        const n = ++imported;
        const text = `${texts()}\n\n（基准导入 ${process.pid}-${Date.now()}-${n}）`;
        const source = `title: 基准导入 ${n}\noutlet: ${ctx.bigOutlet}\n\n${text}`;
        const prepared = prepareArticleImport({ parsed: parseBenchArticle(ctx.bigOutlet, n, text), source, filename: `bench-${n}.txt` });
        const result = await importArticle(ctx.db, prepared);
        importedArticleIds.push(result.articleId);
      },
      target: p95Below(1000),
    },
  ];
}

/** Takes the import operation's articles out again, with their words in the passage statistics. */
export async function removeImportedArticles(pool: pg.Pool, importedArticleIds: number[]): Promise<void> {
  if (importedArticleIds.length === 0) return;
  const ids = importedArticleIds.splice(0);
  await pool.query(
    `UPDATE passage_words w SET articles = w.articles - old.n
       FROM (SELECT word, count(DISTINCT p.article_id)::int AS n FROM passages p, unnest(p.words) AS word
              WHERE p.article_id = ANY($1::int[]) GROUP BY word) old
      WHERE w.word = old.word`,
    [ids],
  );
  await pool.query(`DELETE FROM articles WHERE id = ANY($1::int[])`, [ids]);
}

/**
 * The finder on the seed corpus (lib/bench/seed-corpus-finder.ts): the claim page asks for every
 * unsettled outlet of a claim, the review queue for every claim; on a small corpus the fixed costs
 * per call decide.
 */
export function seedCorpusFinderOperations(db: Db, { claims, articles, outlets }: { claims: number[]; articles: number[]; outlets: string[] }): Operation[] {
  const editor = BENCH_EDITOR;
  const anyClaim = cycle(claims);
  const anyArticle = cycle(articles);
  return [
    {
      name: 'finder (seed corpus): claim suggestions, all outlets (one call)',
      run: () => findClaimSuggestions(db, { actor: editor, claimId: anyClaim(), limit: 5 }),
      target: p95Below(200),
    },
    {
      name: `finder (seed corpus): claim page, one call per outlet (${outlets.length} calls)`,
      run: async () => {
        const claimId = anyClaim();
        for (const outlet of outlets) await findClaimSuggestions(db, { actor: editor, claimId, outlet, limit: 5 });
      },
    },
    {
      // as the review queue asks (findReviewQueue): one call for the claims of its page
      name: `finder (seed corpus): review queue, every claim (one call for ${claims.length})`,
      run: () => findManyClaimSuggestions(db, { actor: editor, claimIds: claims, limit: 1 }),
    },
    {
      name: "finder (seed corpus): an article's claim matches",
      run: () => findArticleSuggestions(db, { actor: editor, articleId: anyArticle() }),
      target: p95Below(300),
    },
  ];
}
