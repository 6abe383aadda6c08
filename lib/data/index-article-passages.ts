// Writes one article's rows of the passage index (lib/finder/index-article.ts) and keeps the
// word statistics in step, inside the caller's transaction: import, restore and seeding call it
// in the transaction that writes the article, so the index is never behind what is stored.
// The rows may be computed before the transaction opens (indexArticleText: segmenting, and on
// first use loading jieba's dictionary, is CPU work that should not hold a transaction open).
import { indexArticleText, articleWords, PASSAGE_INDEX_VERSION, type ClauseRow } from '../finder/index-article';
import type { Tx } from './write-context';

export async function indexArticlePassages(tx: Tx, articleId: number, text: string, precomputed?: readonly ClauseRow[]): Promise<{ clauses: number }> {
  const rows = precomputed ?? indexArticleText(text);
  // A re-index first takes the article's old words out of the statistics.
  await tx.$executeRaw`
    UPDATE "passage_words" w SET "articles" = w."articles" - 1
     WHERE w."word" IN (SELECT DISTINCT unnest(p."words") FROM "passages" p WHERE p."article_id" = ${articleId})`;
  await tx.$executeRaw`DELETE FROM "passages" WHERE "article_id" = ${articleId}`;
  if (rows.length) {
    await tx.$executeRaw`
      INSERT INTO "passages" ("article_id", "ordinal", "sentence", "start", "end", "folded", "words", "numbers")
      SELECT ${articleId}, r.ordinal, r.sentence, r.start, r."end", r.folded,
             ARRAY(SELECT jsonb_array_elements_text(r.words)), ARRAY(SELECT (jsonb_array_elements_text(r.numbers))::float8)
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
             AS r(ordinal int, sentence int, start int, "end" int, folded text, words jsonb, numbers jsonb)`;
    // Sorted, so two imports touching the same words lock them in the same order.
    const words = articleWords(rows).sort();
    await tx.$executeRaw`
      INSERT INTO "passage_words" ("word", "articles")
      SELECT w, 1 FROM unnest(${words}::text[]) AS w ORDER BY w
      ON CONFLICT ("word") DO UPDATE SET "articles" = "passage_words"."articles" + 1`;
  }
  await tx.$executeRaw`
    INSERT INTO "indexed_articles" ("article_id", "version") VALUES (${articleId}, ${PASSAGE_INDEX_VERSION})
    ON CONFLICT ("article_id") DO UPDATE SET "version" = EXCLUDED."version", "indexed_at" = now()`;
  return { clauses: rows.length };
}
