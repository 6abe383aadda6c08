-- The finder reads whole sentences of its candidate clauses: by (article, sentence) directly,
-- instead of every clause of the article through the primary key (about 270 per synthetic article).
CREATE INDEX "passages_article_id_sentence_idx" ON "passages" ("article_id", "sentence");
