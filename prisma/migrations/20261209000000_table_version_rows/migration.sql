-- claim_table_version also moves on with what a claim's full rows read besides the claims, their
-- cells and the outlets: the quotes (their text, stated values, notes), the omission marks and
-- the articles (their outlet and date order the quotes). The API's claim list caches its
-- answer per version and URL (lib/http/versioned-json.ts); a quote's note edited without any
-- cell changing must still reach its readers. A write to these tables almost always changes a
-- cell too, so the view caches lose next to nothing.
CREATE TRIGGER "evidence_table_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "evidence"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_claim_table_version"();
CREATE TRIGGER "reviews_table_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reviews"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_claim_table_version"();
CREATE TRIGGER "articles_table_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "articles"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_claim_table_version"();
