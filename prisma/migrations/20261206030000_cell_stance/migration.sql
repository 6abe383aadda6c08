-- The stance rule in one place. cell_stance() decides what one claim x outlet cell reads from
-- its facts (quotes stating, quotes contradicting, reviews, and whether all the outlet's
-- coverage predates the claim); it is the definition, and every reader in SQL calls it:
-- the claim_cells triggers (the stored stance is the stance with the date left out), the
-- claim table's filters, sorts and totals (lib/data/claim-table), and the view
-- claim_outlet_stances, which gives every claim x outlet, 'predates' and 'unchecked' included.
-- lib/claims/compute-cell.ts keeps decideCellStance as an independent test oracle.
-- Adding a stance: a branch here (a new migration replacing the function), its name in the
-- domain's CellStance list, and whatever new fact it needs on claim_cells.

CREATE FUNCTION "cell_stance"(states INTEGER, contradicts INTEGER, reviews INTEGER, predates BOOLEAN) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN states > 0 AND contradicts > 0 THEN 'mixed'
              WHEN states > 0 THEN 'states'
              WHEN contradicts > 0 THEN 'contradicts'
              WHEN predates THEN 'predates'
              WHEN reviews > 0 THEN 'omits'
              ELSE 'unchecked' END
$$;

-- Strictly before: an article published at the as-of instant could already report the claim.
-- Without a date on either side nothing predates.
CREATE FUNCTION "coverage_predates"(latest TIMESTAMPTZ, as_of DATE) RETURNS BOOLEAN
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(latest < as_of, FALSE)
$$;

-- Every claim x outlet with the stance it reads: the cells with a stored row (evidence or
-- reviews), and every other claim x outlet, which has no facts. Filter it by claim or by outlet:
-- it is claims x outlets wide. Written as two branches so that a filter on the stance reaches
-- each one: a reader asking for the cells of a page that read anything but 'unchecked' touches
-- the page's stored cells and only those row-less cells whose date makes them read otherwise.
CREATE VIEW "claim_outlet_stances" AS
SELECT cc."claim_id", cc."outlet_id",
       "cell_stance"(cc."states", cc."contradicts", cc."reviews", "coverage_predates"(o."latest_published_at", c."as_of")) AS "stance",
       cc."states", cc."contradicts", cc."reviews"
  FROM "claim_cells" cc
  JOIN "claims" c ON c."id" = cc."claim_id"
  JOIN "outlets" o ON o."id" = cc."outlet_id"
UNION ALL
SELECT c."id", o."id", "cell_stance"(0, 0, 0, "coverage_predates"(o."latest_published_at", c."as_of")), 0, 0, 0
  FROM "claims" c
 CROSS JOIN "outlets" o
 WHERE NOT EXISTS (SELECT 1 FROM "claim_cells" cc WHERE cc."claim_id" = c."id" AND cc."outlet_id" = o."id");

-- A stored cell holds exactly the stance its facts give without the date.
ALTER TABLE "claim_cells" DROP CONSTRAINT "claim_cells_stance_known";
ALTER TABLE "claim_cells" ADD CONSTRAINT "claim_cells_stance_known"
    CHECK ("stance" = "cell_stance"("states", "contradicts", "reviews", FALSE));

-- The claim table's totals and counts are cached per view by the app (lib/data/claim-table);
-- this counter says when a cache is stale. Statement triggers on everything a view reads
-- (claims and their counters, claim_cells, the outlets' latest publication) bump it in the
-- writing transaction, so a reader that sees the new number also sees the new rows.
CREATE TABLE "claim_table_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "claim_table_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claim_table_version_one_row" CHECK ("id" = 1)
);
INSERT INTO "claim_table_version" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_claim_table_version"() RETURNS trigger AS $$
BEGIN
    UPDATE "claim_table_version" SET "version" = "version" + 1 WHERE "id" = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "claims_table_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "claims"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_claim_table_version"();
CREATE TRIGGER "claim_cells_table_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "claim_cells"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_claim_table_version"();
CREATE TRIGGER "outlets_table_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "outlets"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_claim_table_version"();

-- The triggers of claim_cells decide through cell_stance().
CREATE OR REPLACE FUNCTION "refresh_claim_cell"(p_claim INTEGER, p_outlet INTEGER) RETURNS void AS $$
DECLARE
    n_states INTEGER;
    n_contradicts INTEGER;
    n_reviews INTEGER;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM "claims" WHERE "id" = p_claim) THEN
        RETURN; -- the claim is being deleted; its cells go with it
    END IF;
    SELECT count(*) FILTER (WHERE e."stance" = 'states'), count(*) FILTER (WHERE e."stance" = 'contradicts')
      INTO n_states, n_contradicts
      FROM "evidence" e JOIN "articles" a ON a."id" = e."article_id"
     WHERE e."claim_id" = p_claim AND a."outlet_id" = p_outlet;
    SELECT count(*) INTO n_reviews
      FROM "reviews" r JOIN "articles" a ON a."id" = r."article_id"
     WHERE r."claim_id" = p_claim AND a."outlet_id" = p_outlet;

    IF n_states = 0 AND n_contradicts = 0 AND n_reviews = 0 THEN
        DELETE FROM "claim_cells" WHERE "claim_id" = p_claim AND "outlet_id" = p_outlet;
    ELSE
        INSERT INTO "claim_cells" ("claim_id", "outlet_id", "stance", "states", "contradicts", "reviews")
        VALUES (p_claim, p_outlet, "cell_stance"(n_states, n_contradicts, n_reviews, FALSE), n_states, n_contradicts, n_reviews)
        ON CONFLICT ("claim_id", "outlet_id") DO UPDATE
           SET "stance" = EXCLUDED."stance", "states" = EXCLUDED."states",
               "contradicts" = EXCLUDED."contradicts", "reviews" = EXCLUDED."reviews";
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
    INSERT INTO "claim_cells" ("claim_id", "outlet_id", "stance", "states", "contradicts", "reviews")
    SELECT claim_id, outlet_id, "cell_stance"(states::int, contradicts::int, reviews::int, FALSE), states, contradicts, reviews
      FROM (SELECT x.claim_id, a."outlet_id" AS outlet_id,
                   count(*) FILTER (WHERE x.kind = 'states') AS states,
                   count(*) FILTER (WHERE x.kind = 'contradicts') AS contradicts,
                   count(*) FILTER (WHERE x.kind = 'review') AS reviews
              FROM (SELECT "claim_id", "article_id", "stance"::text AS kind FROM "evidence"
                    UNION ALL
                    SELECT "claim_id", "article_id", 'review' FROM "reviews") x
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

CREATE OR REPLACE FUNCTION "rebuild_outlet_stats"() RETURNS void AS $$
BEGIN
    UPDATE "outlets" o SET
        "article_count" = coalesce(s.n, 0),
        "latest_published_at" = s.latest
      FROM "outlets" o2
      LEFT JOIN (SELECT "outlet_id", count(*) AS n, max("published_at") AS latest FROM "articles" GROUP BY "outlet_id") s
        ON s."outlet_id" = o2."id"
     WHERE o."id" = o2."id";
    UPDATE "claim_table_version" SET "version" = "version" + 1 WHERE "id" = 1;
END;
$$ LANGUAGE plpgsql;

-- The claim table's orders, kept on the claim row by its counters: an index for each sort, so
-- a page reads its own rows and not the whole view. The expressions are the ones the queries
-- order by (lib/data/claim-table/view-sql.ts); Prisma cannot express them, so
-- tests/integration/schema-drift.test.ts declares them.
CREATE INDEX "claims_contested_idx" ON "claims" ("status",
    LEAST("states_outlets" + "mixed_outlets", "contradicts_outlets" + "mixed_outlets") DESC,
    ("states_outlets" + "contradicts_outlets" + "mixed_outlets") DESC, "id" DESC);
CREATE INDEX "claims_coverage_idx" ON "claims" ("status", ("states_outlets" + "contradicts_outlets" + "mixed_outlets") DESC, "id" DESC);
-- Topic filters (topics @> ARRAY[topic]).
CREATE INDEX "claims_topics_idx" ON "claims" USING GIN ("topics");
