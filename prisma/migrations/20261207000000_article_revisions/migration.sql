-- Articles' metadata can be edited and an article without quotes deleted, each with a revision.
-- 'dismissal' is main's (issue 12, migration 20261122070000_passage_index): kept, so this replaces the constraint with a superset whichever order the branches merge in.
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_entity_type_known";
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_entity_type_known"
    CHECK ("entity_type" IN ('claim', 'evidence', 'review', 'dismissal', 'article'));

-- Moving an article to another outlet moves its quotes' and omission marks' stances with it:
-- the claim cells of both outlets are recomputed (claim_cells_track only sees evidence and
-- review rows change, not the article they belong to).
CREATE FUNCTION "articles_outlet_claim_cells"() RETURNS trigger AS $$
DECLARE
    c INTEGER;
BEGIN
    FOR c IN SELECT "claim_id" FROM "evidence" WHERE "article_id" = NEW."id"
             UNION SELECT "claim_id" FROM "reviews" WHERE "article_id" = NEW."id" LOOP
        PERFORM "refresh_claim_cell"(c, OLD."outlet_id");
        PERFORM "refresh_claim_cell"(c, NEW."outlet_id");
    END LOOP;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "articles_outlet_claim_cells"
    AFTER UPDATE OF "outlet_id" ON "articles"
    FOR EACH ROW WHEN (OLD."outlet_id" IS DISTINCT FROM NEW."outlet_id")
    EXECUTE FUNCTION "articles_outlet_claim_cells"();
