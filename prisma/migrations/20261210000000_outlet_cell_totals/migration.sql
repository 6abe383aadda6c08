-- Maintained totals for the claim table's unfiltered views (issue 15: the first view after a write
-- was a pass over every stored cell of every claim, 1.9 s at 5x).
--
-- outlet_cell_totals counts the stored cells (claim_cells rows) per claim status and outlet, by
-- which of the facts cell_stance() reads each cell has: any stating quote, any contradicting
-- quote, any omission mark, any flag. Those four bits and the date decide a cell's stance
-- (cell_stance), so a reader applies the one rule to these counts instead of to every cell. The
-- date is left to the reader: only a claim dated after an outlet's latest article reads the date
-- there, and the reader finds those few claims through claims_status_as_of_idx.
--
-- Kept by statement triggers on claim_cells (with transition tables, so a bulk change is one
-- grouped update) and by row triggers on claims for what moves a claim's cells between statuses:
-- a status change, and a deletion (subtracted before the row goes, because the cells cascaded
-- away after it can no longer name their claim's status). Bulk loads that run with triggers off
-- end with rebuild_claim_cells(), which now rebuilds these totals too.
CREATE TABLE "outlet_cell_totals" (
    "status" "claim_status" NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "states" BOOLEAN NOT NULL,
    "contradicts" BOOLEAN NOT NULL,
    "reviews" BOOLEAN NOT NULL,
    "stale" BOOLEAN NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "outlet_cell_totals_pkey" PRIMARY KEY ("status", "outlet_id", "states", "contradicts", "reviews", "stale")
);
ALTER TABLE "outlet_cell_totals" ADD CONSTRAINT "outlet_cell_totals_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The claims dated after an outlet's latest article, per status.
CREATE INDEX "claims_status_as_of_idx" ON "claims" ("status", "as_of") WHERE "as_of" IS NOT NULL;

-- Adds signed counts of cells (claim, outlet, the cell's counts) to the totals. Cells whose claim
-- or outlet no longer exists are skipped: a deleted claim's cells were subtracted before it went
-- (claims_cell_totals_delete), a deleted outlet's totals went with it (the foreign key).
CREATE FUNCTION "add_outlet_cell_totals"(p_claims INTEGER[], p_outlets INTEGER[], p_states INTEGER[], p_contradicts INTEGER[],
                                         p_reviews INTEGER[], p_stale INTEGER[], p_signs INTEGER[]) RETURNS void AS $$
    INSERT INTO "outlet_cell_totals" ("status", "outlet_id", "states", "contradicts", "reviews", "stale", "n")
    SELECT c."status", d.outlet_id, d.states > 0, d.contradicts > 0, d.reviews > 0, d.stale > 0, sum(d.sign)::int
      FROM unnest(p_claims, p_outlets, p_states, p_contradicts, p_reviews, p_stale, p_signs)
             AS d(claim_id, outlet_id, states, contradicts, reviews, stale, sign)
      JOIN "claims" c ON c."id" = d.claim_id
      JOIN "outlets" o ON o."id" = d.outlet_id
     GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(d.sign) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6  -- one lock order for concurrent writers
    ON CONFLICT ("status", "outlet_id", "states", "contradicts", "reviews", "stale")
       DO UPDATE SET "n" = "outlet_cell_totals"."n" + EXCLUDED."n";
$$ LANGUAGE sql;

CREATE FUNCTION "claim_cells_totals_track"() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "add_outlet_cell_totals"(array_agg(n."claim_id"), array_agg(n."outlet_id"), array_agg(n."states"), array_agg(n."contradicts"),
                                         array_agg(n."reviews"), array_agg(n."stale"), array_agg(1))
           FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "add_outlet_cell_totals"(array_agg(o."claim_id"), array_agg(o."outlet_id"), array_agg(o."states"), array_agg(o."contradicts"),
                                         array_agg(o."reviews"), array_agg(o."stale"), array_agg(-1))
           FROM old_rows o;
    ELSE
        PERFORM "add_outlet_cell_totals"(array_agg(x.claim_id), array_agg(x.outlet_id), array_agg(x.states), array_agg(x.contradicts),
                                         array_agg(x.reviews), array_agg(x.stale), array_agg(x.sign))
           FROM (SELECT "claim_id", "outlet_id", "states", "contradicts", "reviews", "stale", 1 AS sign FROM new_rows
                 UNION ALL
                 SELECT "claim_id", "outlet_id", "states", "contradicts", "reviews", "stale", -1 FROM old_rows) x;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "claim_cells_totals_insert" AFTER INSERT ON "claim_cells"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_cells_totals_track"();
CREATE TRIGGER "claim_cells_totals_update" AFTER UPDATE ON "claim_cells"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_cells_totals_track"();
CREATE TRIGGER "claim_cells_totals_delete" AFTER DELETE ON "claim_cells"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_cells_totals_track"();

-- A claim's cells move to its new status.
CREATE FUNCTION "claims_cell_totals_status"() RETURNS trigger AS $$
BEGIN
    INSERT INTO "outlet_cell_totals" ("status", "outlet_id", "states", "contradicts", "reviews", "stale", "n")
    SELECT x.status, cc."outlet_id", cc."states" > 0, cc."contradicts" > 0, cc."reviews" > 0, cc."stale" > 0, sum(x.sign)::int
      FROM "claim_cells" cc CROSS JOIN (VALUES (OLD."status", -1), (NEW."status", 1)) AS x(status, sign)
     WHERE cc."claim_id" = NEW."id"
     GROUP BY 1, 2, 3, 4, 5, 6
     ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("status", "outlet_id", "states", "contradicts", "reviews", "stale")
       DO UPDATE SET "n" = "outlet_cell_totals"."n" + EXCLUDED."n";
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "claims_cell_totals_status" AFTER UPDATE OF "status" ON "claims"
    FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION "claims_cell_totals_status"();

-- A claim about to be deleted takes its cells out of the totals.
CREATE FUNCTION "claims_cell_totals_delete"() RETURNS trigger AS $$
BEGIN
    PERFORM "add_outlet_cell_totals"(array_agg(cc."claim_id"), array_agg(cc."outlet_id"), array_agg(cc."states"), array_agg(cc."contradicts"),
                                     array_agg(cc."reviews"), array_agg(cc."stale"), array_agg(-1))
       FROM "claim_cells" cc WHERE cc."claim_id" = OLD."id";
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "claims_cell_totals_delete" BEFORE DELETE ON "claims"
    FOR EACH ROW EXECUTE FUNCTION "claims_cell_totals_delete"();

-- The totals from scratch.
CREATE FUNCTION "rebuild_outlet_cell_totals"() RETURNS void AS $$
    DELETE FROM "outlet_cell_totals";
    INSERT INTO "outlet_cell_totals" ("status", "outlet_id", "states", "contradicts", "reviews", "stale", "n")
    SELECT c."status", cc."outlet_id", cc."states" > 0, cc."contradicts" > 0, cc."reviews" > 0, cc."stale" > 0, count(*)::int
      FROM "claim_cells" cc JOIN "claims" c ON c."id" = cc."claim_id"
     GROUP BY 1, 2, 3, 4, 5, 6;
$$ LANGUAGE sql;

-- rebuild_claim_cells() (as of migration 20261207120000_corrections_rereview) ends with the totals.
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
    PERFORM "rebuild_outlet_cell_totals"();
    UPDATE "claim_table_version" SET "version" = "version" + 1 WHERE "id" = 1;
END;
$$ LANGUAGE plpgsql;

SELECT "rebuild_outlet_cell_totals"();
