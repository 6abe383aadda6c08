-- Search and the claim table at scale.
-- 1. Trigram indexes over folded text (Simplified script, NFKC, lower case) for claims and
--    article bodies. pg_trgm needs a database whose LC_CTYPE knows CJK letters (C.UTF-8 or
--    any *.UTF-8 locale); under plain C the indexes stay empty and searches still work, slowly.
-- 2. claim_cells: one row per claim x outlet that has evidence or a review, with its stance,
--    kept by triggers on evidence and reviews whoever writes them; and per-claim counters, so
--    filters ("omitted by BBC", "contested") and sorts ("most contested") are index lookups.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "search_text" TEXT NOT NULL DEFAULT '';
ALTER TABLE "claims" ADD COLUMN "states_outlets" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "contradicts_outlets" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "mixed_outlets" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "omits_outlets" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "claim_cells" (
    "claim_id" INTEGER NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "stance" TEXT NOT NULL,
    "states" INTEGER NOT NULL DEFAULT 0,
    "contradicts" INTEGER NOT NULL DEFAULT 0,
    "reviews" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "claim_cells_pkey" PRIMARY KEY ("claim_id","outlet_id"),
    CONSTRAINT "claim_cells_stance_known" CHECK ("stance" IN ('states', 'contradicts', 'mixed', 'omits'))
);

-- CreateIndex
CREATE INDEX "claim_cells_outlet_id_stance_idx" ON "claim_cells"("outlet_id", "stance");
CREATE INDEX "articles_search_text_idx" ON "articles" USING GIN ("search_text" gin_trgm_ops);
CREATE INDEX "claims_search_text_idx" ON "claims" USING GIN ("search_text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "claim_cells" ADD CONSTRAINT "claim_cells_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim_cells" ADD CONSTRAINT "claim_cells_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes one claim x outlet cell and the claim's counters. Same decision table as
-- lib/claims/compute-cell.ts (predates is decided at read time: it depends on the date).
CREATE FUNCTION "refresh_claim_cell"(p_claim INTEGER, p_outlet INTEGER) RETURNS void AS $$
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
        VALUES (p_claim, p_outlet,
                CASE WHEN n_states > 0 AND n_contradicts > 0 THEN 'mixed'
                     WHEN n_states > 0 THEN 'states'
                     WHEN n_contradicts > 0 THEN 'contradicts'
                     ELSE 'omits' END,
                n_states, n_contradicts, n_reviews)
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

CREATE FUNCTION "claim_cells_track"() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM "refresh_claim_cell"(OLD."claim_id", (SELECT "outlet_id" FROM "articles" WHERE "id" = OLD."article_id"));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM "refresh_claim_cell"(NEW."claim_id", (SELECT "outlet_id" FROM "articles" WHERE "id" = NEW."article_id"));
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "evidence_claim_cells"
    AFTER INSERT OR DELETE OR UPDATE OF "claim_id", "article_id", "stance" ON "evidence"
    FOR EACH ROW EXECUTE FUNCTION "claim_cells_track"();
CREATE TRIGGER "reviews_claim_cells"
    AFTER INSERT OR DELETE OR UPDATE OF "claim_id", "article_id" ON "reviews"
    FOR EACH ROW EXECUTE FUNCTION "claim_cells_track"();

-- Rebuilds every cell and counter in one pass: for bulk loads that ran with triggers off.
CREATE FUNCTION "rebuild_claim_cells"() RETURNS void AS $$
BEGIN
    DELETE FROM "claim_cells";
    INSERT INTO "claim_cells" ("claim_id", "outlet_id", "stance", "states", "contradicts", "reviews")
    SELECT claim_id, outlet_id,
           CASE WHEN states > 0 AND contradicts > 0 THEN 'mixed'
                WHEN states > 0 THEN 'states'
                WHEN contradicts > 0 THEN 'contradicts'
                ELSE 'omits' END,
           states, contradicts, reviews
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
END;
$$ LANGUAGE plpgsql;

-- Cells for data that existed before this migration.
SELECT "rebuild_claim_cells"();
