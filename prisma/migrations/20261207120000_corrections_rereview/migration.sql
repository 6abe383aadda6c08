-- Cells that need re-review. When a claim's content (text, value, comparator, unit, as-of
-- date) changes, the quotes and omission marks recorded against the old wording may no longer
-- say what they were marked as saying: the app flags them (needs_review; which edits flag is
-- decided in TypeScript, lib/claims/claim-content.ts) and an editor confirms or changes each
-- cell, which clears the flags. A cell with any flagged quote or mark reads 'rereview' until
-- then: its quotes do not count as stating or contradicting the claim meanwhile.
ALTER TABLE "evidence" ADD COLUMN "needs_review" BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE "reviews" ADD COLUMN "needs_review" BOOLEAN NOT NULL DEFAULT FALSE;
-- How many of the cell's quotes and marks are flagged.
ALTER TABLE "claim_cells" ADD COLUMN "stale" INTEGER NOT NULL DEFAULT 0;

-- cell_stance() gains the flagged count. The four-argument form is dropped rather than kept, so
-- a caller that does not pass the flags fails loudly instead of reading a flagged cell wrong.
ALTER TABLE "claim_cells" DROP CONSTRAINT "claim_cells_stance_known";
DROP VIEW "claim_outlet_stances";
DROP FUNCTION "cell_stance"(INTEGER, INTEGER, INTEGER, BOOLEAN);

-- The stance rule in one place (see migration 20261206030000_cell_stance); a flagged quote or
-- mark outranks every other fact: what the cell says is unknown until an editor looks again.
CREATE FUNCTION "cell_stance"(states INTEGER, contradicts INTEGER, reviews INTEGER, stale INTEGER, predates BOOLEAN) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN stale > 0 THEN 'rereview'
              WHEN states > 0 AND contradicts > 0 THEN 'mixed'
              WHEN states > 0 THEN 'states'
              WHEN contradicts > 0 THEN 'contradicts'
              WHEN predates THEN 'predates'
              WHEN reviews > 0 THEN 'omits'
              ELSE 'unchecked' END
$$;

CREATE VIEW "claim_outlet_stances" AS
SELECT cc."claim_id", cc."outlet_id",
       "cell_stance"(cc."states", cc."contradicts", cc."reviews", cc."stale", "coverage_predates"(o."latest_published_at", c."as_of")) AS "stance",
       cc."states", cc."contradicts", cc."reviews"
  FROM "claim_cells" cc
  JOIN "claims" c ON c."id" = cc."claim_id"
  JOIN "outlets" o ON o."id" = cc."outlet_id"
UNION ALL
SELECT c."id", o."id", "cell_stance"(0, 0, 0, 0, "coverage_predates"(o."latest_published_at", c."as_of")), 0, 0, 0
  FROM "claims" c
 CROSS JOIN "outlets" o
 WHERE NOT EXISTS (SELECT 1 FROM "claim_cells" cc WHERE cc."claim_id" = c."id" AND cc."outlet_id" = o."id");

-- The review queue lists the claims with flagged cells.
CREATE INDEX "claim_cells_stale_idx" ON "claim_cells" ("claim_id") WHERE "stale" > 0;

CREATE OR REPLACE FUNCTION "refresh_claim_cell"(p_claim INTEGER, p_outlet INTEGER) RETURNS void AS $$
DECLARE
    n_states INTEGER;
    n_contradicts INTEGER;
    n_reviews INTEGER;
    n_stale INTEGER;
    n_stale_reviews INTEGER;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM "claims" WHERE "id" = p_claim) THEN
        RETURN; -- the claim is being deleted; its cells go with it
    END IF;
    SELECT count(*) FILTER (WHERE e."stance" = 'states'), count(*) FILTER (WHERE e."stance" = 'contradicts'),
           count(*) FILTER (WHERE e."needs_review")
      INTO n_states, n_contradicts, n_stale
      FROM "evidence" e JOIN "articles" a ON a."id" = e."article_id"
     WHERE e."claim_id" = p_claim AND a."outlet_id" = p_outlet;
    SELECT count(*), count(*) FILTER (WHERE r."needs_review") INTO n_reviews, n_stale_reviews
      FROM "reviews" r JOIN "articles" a ON a."id" = r."article_id"
     WHERE r."claim_id" = p_claim AND a."outlet_id" = p_outlet;
    n_stale := n_stale + n_stale_reviews;

    IF n_states = 0 AND n_contradicts = 0 AND n_reviews = 0 THEN
        DELETE FROM "claim_cells" WHERE "claim_id" = p_claim AND "outlet_id" = p_outlet;
    ELSE
        INSERT INTO "claim_cells" ("claim_id", "outlet_id", "stance", "states", "contradicts", "reviews", "stale")
        VALUES (p_claim, p_outlet, "cell_stance"(n_states, n_contradicts, n_reviews, n_stale, FALSE), n_states, n_contradicts, n_reviews, n_stale)
        ON CONFLICT ("claim_id", "outlet_id") DO UPDATE
           SET "stance" = EXCLUDED."stance", "states" = EXCLUDED."states",
               "contradicts" = EXCLUDED."contradicts", "reviews" = EXCLUDED."reviews", "stale" = EXCLUDED."stale";
    END IF;

    UPDATE "claims" c SET
        "states_outlets" = s.states, "contradicts_outlets" = s.contradicts,
        "mixed_outlets" = s.mixed, "omits_outlets" = s.omits
      FROM (SELECT count(*) FILTER (WHERE "stance" = 'states') AS states,
                   count(*) FILTER (WHERE "stance" = 'contradicts') AS contradicts,
                   count(*) FILTER (WHERE "stance" = 'mixed') AS mixed,
                   count(*) FILTER (WHERE "stance" = 'omits') AS omits
              FROM "claim_cells" WHERE "claim_id" = p_claim) s
     WHERE c."id" = p_claim;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION "rebuild_claim_cells"() RETURNS void AS $$
BEGIN
    DELETE FROM "claim_cells";
    INSERT INTO "claim_cells" ("claim_id", "outlet_id", "stance", "states", "contradicts", "reviews", "stale")
    SELECT claim_id, outlet_id, "cell_stance"(states::int, contradicts::int, reviews::int, stale::int, FALSE), states, contradicts, reviews, stale
      FROM (SELECT x.claim_id, a."outlet_id" AS outlet_id,
                   count(*) FILTER (WHERE x.kind = 'states') AS states,
                   count(*) FILTER (WHERE x.kind = 'contradicts') AS contradicts,
                   count(*) FILTER (WHERE x.kind = 'review') AS reviews,
                   count(*) FILTER (WHERE x.needs_review) AS stale
              FROM (SELECT "claim_id", "article_id", "stance"::text AS kind, "needs_review" FROM "evidence"
                    UNION ALL
                    SELECT "claim_id", "article_id", 'review', "needs_review" FROM "reviews") x
              JOIN "articles" a ON a."id" = x."article_id"
             GROUP BY x.claim_id, a."outlet_id") t;
    UPDATE "claims" c SET
        "states_outlets" = coalesce(s.states, 0), "contradicts_outlets" = coalesce(s.contradicts, 0),
        "mixed_outlets" = coalesce(s.mixed, 0), "omits_outlets" = coalesce(s.omits, 0)
      FROM "claims" c2
      LEFT JOIN (SELECT "claim_id",
                        count(*) FILTER (WHERE "stance" = 'states') AS states,
                        count(*) FILTER (WHERE "stance" = 'contradicts') AS contradicts,
                        count(*) FILTER (WHERE "stance" = 'mixed') AS mixed,
                        count(*) FILTER (WHERE "stance" = 'omits') AS omits
                   FROM "claim_cells" GROUP BY "claim_id") s ON s."claim_id" = c2."id"
     WHERE c."id" = c2."id";
    -- bulk loads run this with triggers off (session_replication_role = replica)
    UPDATE "claim_table_version" SET "version" = "version" + 1 WHERE "id" = 1;
END;
$$ LANGUAGE plpgsql;

-- A stored cell holds exactly the stance its facts give without the date.
ALTER TABLE "claim_cells" ADD CONSTRAINT "claim_cells_stance_known"
    CHECK ("stance" = "cell_stance"("states", "contradicts", "reviews", "stale", FALSE));

-- Flagging and confirming change the cells' stances.
DROP TRIGGER "evidence_claim_cells" ON "evidence";
CREATE TRIGGER "evidence_claim_cells"
    AFTER INSERT OR DELETE OR UPDATE OF "claim_id", "article_id", "stance", "needs_review" ON "evidence"
    FOR EACH ROW EXECUTE FUNCTION "claim_cells_track"();
DROP TRIGGER "reviews_claim_cells" ON "reviews";
CREATE TRIGGER "reviews_claim_cells"
    AFTER INSERT OR DELETE OR UPDATE OF "claim_id", "article_id", "needs_review" ON "reviews"
    FOR EACH ROW EXECUTE FUNCTION "claim_cells_track"();
