-- Claimgrid initial schema. Hand-written in the shape `prisma migrate dev` produces for
-- prisma/schema.prisma, plus the constraints Prisma cannot express (CHECKs, triggers).

-- CreateEnum
CREATE TYPE "language" AS ENUM ('zh-Hans', 'zh-Hant');
CREATE TYPE "claim_kind" AS ENUM ('fact', 'quantity', 'date', 'opinion');
CREATE TYPE "comparator" AS ENUM ('eq', 'gte', 'lte', 'gt', 'lt', 'approx');
CREATE TYPE "claim_status" AS ENUM ('draft', 'published');
CREATE TYPE "stance" AS ENUM ('states', 'contradicts');
CREATE TYPE "review_verdict" AS ENUM ('omits');
CREATE TYPE "role" AS ENUM ('admin', 'editor', 'reader');

-- CreateTable
CREATE TABLE "outlets" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "homepage" TEXT,
    "language" "language" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outlets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "outlets_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "outlets_name_not_blank" CHECK (btrim("name") <> '')
);

CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "author" TEXT,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "language" "language" NOT NULL,
    "text" TEXT NOT NULL,
    "text_length" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "source_format" TEXT NOT NULL,
    "source_filename" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "articles_text_length_matches" CHECK ("text_length" = char_length("text")),
    CONSTRAINT "articles_text_not_blank" CHECK (btrim("text") <> ''),
    CONSTRAINT "articles_title_not_blank" CHECK (btrim("title") <> ''),
    CONSTRAINT "articles_content_hash_format" CHECK ("content_hash" ~ '^[0-9a-f]{64}$')
);

CREATE TABLE "claims" (
    "id" SERIAL NOT NULL,
    "seed_key" TEXT,
    "text" TEXT NOT NULL,
    "gloss" TEXT,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "claim_kind" NOT NULL DEFAULT 'fact',
    "value" DOUBLE PRECISION,
    "comparator" "comparator",
    "unit" TEXT,
    "as_of" DATE,
    "status" "claim_status" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER,
    "updated_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claims_text_not_blank" CHECK (btrim("text") <> ''),
    CONSTRAINT "claims_version_positive" CHECK ("version" >= 1),
    CONSTRAINT "claims_comparator_needs_value" CHECK ("comparator" IS NULL OR "value" IS NOT NULL)
);

CREATE TABLE "evidence" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "stance" "stance" NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "stated_value" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER,
    "updated_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "evidence_span_valid" CHECK ("start" >= 0 AND "start" < "end"),
    CONSTRAINT "evidence_exact_matches_span" CHECK (char_length("exact") = "end" - "start"),
    CONSTRAINT "evidence_version_positive" CHECK ("version" >= 1)
);

CREATE TABLE "reviews" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "verdict" "review_verdict" NOT NULL DEFAULT 'omits',
    "note" TEXT,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "role" NOT NULL DEFAULT 'reader',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email"))
);

CREATE TABLE "revisions" (
    "id" BIGSERIAL NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "claim_id" INTEGER,
    "action" TEXT NOT NULL,
    "actor_id" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "revisions_entity_type_known" CHECK ("entity_type" IN ('claim', 'evidence', 'review')),
    CONSTRAINT "revisions_has_state" CHECK ("before" IS NOT NULL OR "after" IS NOT NULL)
);

-- CreateIndex
CREATE UNIQUE INDEX "outlets_slug_key" ON "outlets"("slug");
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"("content_hash");
CREATE INDEX "articles_outlet_id_published_at_idx" ON "articles"("outlet_id", "published_at");
CREATE UNIQUE INDEX "claims_seed_key_key" ON "claims"("seed_key");
CREATE INDEX "claims_status_updated_at_idx" ON "claims"("status", "updated_at");
CREATE INDEX "evidence_claim_id_idx" ON "evidence"("claim_id");
CREATE INDEX "evidence_article_id_idx" ON "evidence"("article_id");
CREATE UNIQUE INDEX "reviews_claim_id_article_id_key" ON "reviews"("claim_id", "article_id");
CREATE INDEX "reviews_article_id_idx" ON "reviews"("article_id");
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE INDEX "revisions_entity_type_entity_id_idx" ON "revisions"("entity_type", "entity_id");
CREATE INDEX "revisions_claim_id_created_at_idx" ON "revisions"("claim_id", "created_at");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Evidence must anchor in its article: the span lies inside the body text and the quote is
-- exactly the text at that span. A CHECK cannot look at another table, so a trigger does it.
CREATE FUNCTION "evidence_check_anchor"() RETURNS trigger AS $$
DECLARE
    body TEXT;
BEGIN
    SELECT "text" INTO body FROM "articles" WHERE "id" = NEW."article_id";
    IF body IS NULL THEN
        RETURN NEW; -- the foreign key reports the missing article
    END IF;
    IF NEW."end" > char_length(body) THEN
        RAISE EXCEPTION 'evidence span [%, %) lies outside article % (length %)',
            NEW."start", NEW."end", NEW."article_id", char_length(body)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'evidence_span_inside_article';
    END IF;
    IF substr(body, NEW."start" + 1, NEW."end" - NEW."start") <> NEW."exact" THEN
        RAISE EXCEPTION 'evidence quote does not match article % at [%, %)',
            NEW."article_id", NEW."start", NEW."end"
            USING ERRCODE = 'check_violation', CONSTRAINT = 'evidence_span_inside_article';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "evidence_check_anchor"
    BEFORE INSERT OR UPDATE OF "article_id", "start", "end", "exact" ON "evidence"
    FOR EACH ROW EXECUTE FUNCTION "evidence_check_anchor"();

-- An article's text is what evidence offsets point into: it may not change under evidence.
CREATE FUNCTION "articles_protect_anchored_text"() RETURNS trigger AS $$
BEGIN
    IF NEW."text" IS DISTINCT FROM OLD."text"
       AND EXISTS (SELECT 1 FROM "evidence" WHERE "article_id" = OLD."id") THEN
        RAISE EXCEPTION 'article % has evidence anchored in its text; the text cannot change', OLD."id"
            USING ERRCODE = 'check_violation', CONSTRAINT = 'articles_text_anchored';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "articles_protect_anchored_text"
    BEFORE UPDATE OF "text" ON "articles"
    FOR EACH ROW EXECUTE FUNCTION "articles_protect_anchored_text"();

-- The revision log is append-only.
CREATE FUNCTION "revisions_append_only"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'revisions are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "revisions_append_only"
    BEFORE UPDATE OR DELETE ON "revisions"
    FOR EACH ROW EXECUTE FUNCTION "revisions_append_only"();
CREATE TRIGGER "revisions_no_truncate"
    BEFORE TRUNCATE ON "revisions"
    FOR EACH STATEMENT EXECUTE FUNCTION "revisions_append_only"();
