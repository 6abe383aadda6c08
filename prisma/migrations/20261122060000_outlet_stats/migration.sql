-- Each outlet's article count and latest publication, kept by triggers on articles. The claim
-- table needs both on every request (which outlets to show first, and whether an outlet's
-- coverage predates a claim); computing them meant aggregating every article each time.

-- AlterTable
ALTER TABLE "outlets" ADD COLUMN "article_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "latest_published_at" TIMESTAMPTZ(3);

-- Recomputes one outlet's figures from its articles (index-only on articles(outlet_id, published_at)).
CREATE FUNCTION "refresh_outlet_stats"(p_outlet INTEGER) RETURNS void AS $$
BEGIN
    UPDATE "outlets" o SET
        "article_count" = (SELECT count(*) FROM "articles" a WHERE a."outlet_id" = p_outlet),
        "latest_published_at" = (SELECT max(a."published_at") FROM "articles" a WHERE a."outlet_id" = p_outlet)
     WHERE o."id" = p_outlet;
END;
$$ LANGUAGE plpgsql;

-- Inserts adjust the figures in place; a removed article that may have been the latest, and
-- any move between outlets or change of date, recompute them.
CREATE FUNCTION "outlet_stats_track"() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE "outlets" SET
            "article_count" = "article_count" + 1,
            "latest_published_at" = GREATEST("latest_published_at", NEW."published_at")
         WHERE "id" = NEW."outlet_id";
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE "outlets" SET "article_count" = "article_count" - 1 WHERE "id" = OLD."outlet_id"
           AND ("latest_published_at" IS NULL OR OLD."published_at" < "latest_published_at");
        IF NOT FOUND THEN
            PERFORM "refresh_outlet_stats"(OLD."outlet_id");
        END IF;
    ELSIF NEW."outlet_id" IS DISTINCT FROM OLD."outlet_id" OR NEW."published_at" IS DISTINCT FROM OLD."published_at" THEN
        PERFORM "refresh_outlet_stats"(OLD."outlet_id");
        IF NEW."outlet_id" <> OLD."outlet_id" THEN
            PERFORM "refresh_outlet_stats"(NEW."outlet_id");
        END IF;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "articles_outlet_stats"
    AFTER INSERT OR DELETE OR UPDATE OF "outlet_id", "published_at" ON "articles"
    FOR EACH ROW EXECUTE FUNCTION "outlet_stats_track"();

-- Recomputes every outlet in one pass: for bulk loads that ran with triggers off.
CREATE FUNCTION "rebuild_outlet_stats"() RETURNS void AS $$
BEGIN
    UPDATE "outlets" o SET
        "article_count" = coalesce(s.n, 0),
        "latest_published_at" = s.latest
      FROM "outlets" o2
      LEFT JOIN (SELECT "outlet_id", count(*) AS n, max("published_at") AS latest FROM "articles" GROUP BY "outlet_id") s
        ON s."outlet_id" = o2."id"
     WHERE o."id" = o2."id";
END;
$$ LANGUAGE plpgsql;

-- Figures for the articles that existed before this migration.
SELECT "rebuild_outlet_stats"();
