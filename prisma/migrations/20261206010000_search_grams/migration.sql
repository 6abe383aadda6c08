-- Search for one- and two-character queries over every article. Trigram indexes need three
-- characters, and most Chinese words have two (普京, 上合, 莫迪), so the folded text's distinct
-- characters and character pairs get a GIN index of their own: an expression index over
-- search_grams(search_text), kept current by PostgreSQL with the row like any index.
-- Grams that contain white space are left out: a trimmed query of one or two characters never
-- holds any. Prisma cannot express an expression index; tests/integration/schema-drift.test.ts
-- declares it beside the schema's own indexes.
CREATE FUNCTION search_grams(folded text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}')
    FROM (SELECT ch, lag(ch) OVER (ORDER BY i) AS prev
            FROM unnest(string_to_array(folded, NULL)) WITH ORDINALITY AS u(ch, i)) chars,
         LATERAL (VALUES (ch), (prev || ch)) AS grams(g)
   WHERE g IS NOT NULL AND g !~ '\s'
$$;

CREATE INDEX "articles_search_grams_idx" ON "articles" USING GIN (search_grams("search_text"));
