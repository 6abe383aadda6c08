// Writes articles' rows of the passage index (lib/finder/index-article.ts) and keeps the word
// statistics in step, inside the caller's transaction: import, restore and seeding call it in
// the transaction that writes the article, so the index is never behind what is stored.
// The rows may be computed before the transaction opens (indexArticleText: segmenting, and on
// first use loading jieba's dictionary, is CPU work that should not hold a transaction open).
// Many articles go in one round (the backfill, restores, the synthetic corpus): one statement
// per table for the whole batch, and each word's count raised once by how many of them hold it.
import { indexArticleText, articleWords, PASSAGE_INDEX_VERSION, type ClauseRow } from '../../finder/index-article';
import type { Tx } from '../writes/write-context';

export type ArticlePassages = { articleId: number; rows: readonly ClauseRow[] };

export async function indexArticlePassages(tx: Tx, articleId: number, text: string, precomputed?: readonly ClauseRow[]): Promise<{ clauses: number }> {
  return indexManyArticlePassages(tx, [{ articleId, rows: precomputed ?? indexArticleText(text) }]);
}

export async function indexManyArticlePassages(tx: Tx, articles: readonly ArticlePassages[]): Promise<{ clauses: number }> {
  if (articles.length === 0) return { clauses: 0 };
  const ids = articles.map((a) => a.articleId);
  // A re-index first takes the articles' old words out of the statistics.
  await tx.$executeRaw`
    UPDATE "passage_words" w SET "articles" = w."articles" - old.n
      FROM (SELECT word, count(DISTINCT p."article_id")::int AS n
              FROM "passages" p, unnest(p."words") AS word
             WHERE p."article_id" = ANY(${ids}::int[]) GROUP BY word) old
     WHERE w."word" = old.word`;
  await tx.$executeRaw`DELETE FROM "passages" WHERE "article_id" = ANY(${ids}::int[])`;
  const rows = articles.flatMap((a) => a.rows.map((r) => ({ ...r, articleId: a.articleId })));
  if (rows.length) {
    await tx.$executeRaw`
      INSERT INTO "passages" ("article_id", "ordinal", "sentence", "start", "end", "folded", "words", "numbers")
      SELECT r."articleId", r.ordinal, r.sentence, r.start, r."end", r.folded,
             ARRAY(SELECT jsonb_array_elements_text(r.words)), ARRAY(SELECT (jsonb_array_elements_text(r.numbers))::float8)
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
             AS r("articleId" int, ordinal int, sentence int, start int, "end" int, folded text, words jsonb, numbers jsonb)`;
  }
  const counts = new Map<string, number>();
  for (const a of articles) for (const word of articleWords(a.rows)) counts.set(word, (counts.get(word) ?? 0) + 1);
  if (counts.size) {
    // Sorted, so two writers touching the same words lock them in the same order.
    const words = [...counts.keys()].sort();
    await tx.$executeRaw`
      INSERT INTO "passage_words" ("word", "articles")
      SELECT w.word, w.n FROM unnest(${words}::text[], ${words.map((w) => counts.get(w)!)}::int[]) AS w(word, n) ORDER BY w.word
      ON CONFLICT ("word") DO UPDATE SET "articles" = "passage_words"."articles" + EXCLUDED."articles"`;
  }
  await tx.$executeRaw`
    INSERT INTO "indexed_articles" ("article_id", "version")
    SELECT id, ${PASSAGE_INDEX_VERSION} FROM unnest(${ids}::int[]) AS id ORDER BY id
    ON CONFLICT ("article_id") DO UPDATE SET "version" = EXCLUDED."version", "indexed_at" = now()`;
  return { clauses: rows.length };
}
