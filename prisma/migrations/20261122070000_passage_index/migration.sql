-- The evidence finder's passage index (lib/finder): every article cut into clauses with their
-- code-point spans, folded text, content words and the numbers they state; how many articles
-- hold each word (the finder's word weights); and the suggestions editors dismissed.

-- Which articles are indexed, with which version of the finder's indexing. The app indexes
-- articles missing here or below its current version at start-up
-- (lib/data/backfill-passage-index.ts). A table of its own, so dumps of articles stay as they were.
CREATE TABLE "indexed_articles" (
    "article_id" INTEGER NOT NULL,
    "version"    INTEGER NOT NULL,
    "indexed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "indexed_articles_pkey" PRIMARY KEY ("article_id"),
    CONSTRAINT "indexed_articles_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "passages" (
    "article_id" INTEGER NOT NULL,
    "ordinal"    INTEGER NOT NULL,
    "sentence"   INTEGER NOT NULL,
    "start"      INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    "folded"     TEXT NOT NULL,
    "words"      TEXT[] DEFAULT ARRAY[]::TEXT[],
    "numbers"    DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
    CONSTRAINT "passages_pkey" PRIMARY KEY ("article_id", "ordinal"),
    CONSTRAINT "passages_span_check" CHECK ("start" >= 0 AND "end" > "start"),
    CONSTRAINT "passages_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Candidate retrieval: clauses holding any of a claim's rarer words, or a number it states.
CREATE INDEX "passages_words_idx" ON "passages" USING GIN ("words");
CREATE INDEX "passages_numbers_idx" ON "passages" USING GIN ("numbers");
-- and by folded substring, for words the segmenter cut differently (same folding as search).
CREATE INDEX "passages_folded_idx" ON "passages" USING GIN ("folded" gin_trgm_ops);

CREATE TABLE "passage_words" (
    "word"     TEXT NOT NULL,
    "articles" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "passage_words_pkey" PRIMARY KEY ("word")
);

CREATE TABLE "suggestion_dismissals" (
    "id"            SERIAL NOT NULL,
    "claim_id"      INTEGER NOT NULL,
    "article_id"    INTEGER NOT NULL,
    "start"         INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    "created_by_id" INTEGER,
    "created_at"    TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "suggestion_dismissals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "suggestion_dismissals_span_check" CHECK ("start" >= 0 AND "end" > "start"),
    CONSTRAINT "suggestion_dismissals_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "suggestion_dismissals_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "suggestion_dismissals_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "suggestion_dismissals_claim_id_article_id_start_end_key" ON "suggestion_dismissals" ("claim_id", "article_id", "start", "end");
CREATE INDEX "suggestion_dismissals_article_id_idx" ON "suggestion_dismissals" ("article_id");

-- Dismissals are recorded in the revision log like every write.
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_entity_type_known";
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_entity_type_known" CHECK ("entity_type" IN ('claim', 'evidence', 'review', 'dismissal'));
