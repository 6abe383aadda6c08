-- One quote per claim, article and span. The write side already refuses a second quote of the
-- same passage for a claim (and a merge drops or refuses one); this makes it a guarantee of
-- the database. The unique index also serves every lookup by claim, so the plain claim_id
-- index goes.

-- A database that somehow holds duplicates stops here with a clear message instead of
-- failing on the index: which quotes to look at is an editor's decision, not a migration's.
DO $$
DECLARE
    n INTEGER;
BEGIN
    SELECT count(*) INTO n FROM (
        SELECT 1 FROM "evidence" GROUP BY "claim_id", "article_id", "start", "end" HAVING count(*) > 1
    ) d;
    IF n > 0 THEN
        RAISE EXCEPTION '% passage(s) are quoted more than once for the same claim; find them with: SELECT claim_id, article_id, start, "end", array_agg(id) FROM evidence GROUP BY 1, 2, 3, 4 HAVING count(*) > 1; delete the extra quotes, then start again', n;
    END IF;
END $$;

-- DropIndex
DROP INDEX "evidence_claim_id_idx";

-- CreateIndex
CREATE UNIQUE INDEX "evidence_claim_id_article_id_start_end_key" ON "evidence"("claim_id", "article_id", "start", "end");
