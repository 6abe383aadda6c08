-- Display names of topics per interface language. claims.topics keeps the canonical
-- kebab-case name, which filters, search, links and exports go by; a topic without a name in
-- the reader's language is shown by its canonical name. Set by editors at /topics, each change
-- with a revision (entity 'topic', entity_id this table's id).
CREATE TABLE "topic_names" (
    "id" SERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "en" TEXT,
    "zh_hans" TEXT,
    "zh_hant" TEXT,
    "updated_by_id" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "topic_names_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "topic_names_topic_format" CHECK ("topic" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length("topic") <= 40),
    CONSTRAINT "topic_names_not_blank" CHECK (btrim(coalesce("en", 'x')) <> '' AND btrim(coalesce("zh_hans", 'x')) <> '' AND btrim(coalesce("zh_hant", 'x')) <> ''),
    CONSTRAINT "topic_names_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE UNIQUE INDEX "topic_names_topic_key" ON "topic_names"("topic");

-- A superset of every entity type so far (main's 'dismissal' and 'article' kept), whichever
-- order the branches merge in.
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_entity_type_known";
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_entity_type_known"
    CHECK ("entity_type" IN ('claim', 'evidence', 'review', 'dismissal', 'article', 'topic'));
