-- Each claim cell keeps the id of its first quote (oldest article first, then in reading order:
-- the order the app lists a cell's evidence in), so the claim table's grid reads one quote per
-- cell by its key instead of sorting every quote of a page's claims (the most contested claims
-- carry hundreds). Kept by statement triggers beside the ones that keep the cell's counts, so
-- refresh_claim_cell() and cell_stance() are untouched:
-- - evidence inserted, updated or deleted: the cells of the claims and outlets it touched;
-- - claim cells inserted (a new cell, or rebuild_claim_cells()): those cells;
-- - an article's date or outlet changed: the cells of its quotes' claims in both outlets.
-- Bulk loads that run with triggers off call refresh_all_claim_cell_first_quotes().
ALTER TABLE "claim_cells" ADD COLUMN "first_evidence_id" INTEGER;

-- The first quote of each (claim, outlet) pair given, written where it changed.
CREATE FUNCTION "refresh_claim_cell_first_quotes"(p_claims INTEGER[], p_outlets INTEGER[]) RETURNS void AS $$
    UPDATE "claim_cells" cc SET "first_evidence_id" = f.id
      FROM (SELECT DISTINCT ON (k.claim_id, k.outlet_id) k.claim_id, k.outlet_id, e."id"
              FROM (SELECT DISTINCT * FROM unnest(p_claims, p_outlets) AS u(claim_id, outlet_id)) k
              LEFT JOIN ("evidence" e JOIN "articles" a ON a."id" = e."article_id")
                ON e."claim_id" = k.claim_id AND a."outlet_id" = k.outlet_id
             ORDER BY k.claim_id, k.outlet_id, a."published_at", e."article_id", e."start", e."id") f
     WHERE cc."claim_id" = f.claim_id AND cc."outlet_id" = f.outlet_id
       AND cc."first_evidence_id" IS DISTINCT FROM f.id;
$$ LANGUAGE sql;

CREATE FUNCTION "refresh_all_claim_cell_first_quotes"() RETURNS void AS $$
    UPDATE "claim_cells" cc SET "first_evidence_id" = f.id
      FROM "claim_cells" c2
      LEFT JOIN (SELECT DISTINCT ON (e."claim_id", a."outlet_id") e."claim_id", a."outlet_id", e."id"
                   FROM "evidence" e JOIN "articles" a ON a."id" = e."article_id"
                  ORDER BY e."claim_id", a."outlet_id", a."published_at", e."article_id", e."start", e."id") f
        ON f."claim_id" = c2."claim_id" AND f."outlet_id" = c2."outlet_id"
     WHERE cc."claim_id" = c2."claim_id" AND cc."outlet_id" = c2."outlet_id"
       AND cc."first_evidence_id" IS DISTINCT FROM f.id;
$$ LANGUAGE sql;

CREATE FUNCTION "evidence_first_quote_track"() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM "refresh_claim_cell_first_quotes"(array_agg(o."claim_id"), array_agg(a."outlet_id"))
           FROM old_rows o JOIN "articles" a ON a."id" = o."article_id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM "refresh_claim_cell_first_quotes"(array_agg(n."claim_id"), array_agg(a."outlet_id"))
           FROM new_rows n JOIN "articles" a ON a."id" = n."article_id";
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Statement triggers fire after the row triggers that write the cells (evidence_claim_cells).
CREATE TRIGGER "evidence_first_quote_insert" AFTER INSERT ON "evidence"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "evidence_first_quote_track"();
CREATE TRIGGER "evidence_first_quote_update" AFTER UPDATE ON "evidence"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "evidence_first_quote_track"();
CREATE TRIGGER "evidence_first_quote_delete" AFTER DELETE ON "evidence"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "evidence_first_quote_track"();

CREATE FUNCTION "claim_cells_first_quote_insert"() RETURNS trigger AS $$
BEGIN
    PERFORM "refresh_claim_cell_first_quotes"(array_agg(n."claim_id"), array_agg(n."outlet_id")) FROM new_rows n;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "claim_cells_first_quote" AFTER INSERT ON "claim_cells"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_cells_first_quote_insert"();

CREATE FUNCTION "articles_first_quote_track"() RETURNS trigger AS $$
BEGIN
    PERFORM "refresh_claim_cell_first_quotes"(array_agg(e."claim_id"), array_agg(x.outlet_id))
       FROM "evidence" e CROSS JOIN (VALUES (OLD."outlet_id"), (NEW."outlet_id")) AS x(outlet_id)
      WHERE e."article_id" = NEW."id";
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- named after articles_outlet_claim_cells, so (row triggers firing in name order) it runs once
-- the cells of a moved article's quotes exist in the new outlet
CREATE TRIGGER "articles_z_first_quote"
    AFTER UPDATE OF "published_at", "outlet_id" ON "articles"
    FOR EACH ROW WHEN (OLD."published_at" IS DISTINCT FROM NEW."published_at" OR OLD."outlet_id" IS DISTINCT FROM NEW."outlet_id")
    EXECUTE FUNCTION "articles_first_quote_track"();

SELECT "refresh_all_claim_cell_first_quotes"();
