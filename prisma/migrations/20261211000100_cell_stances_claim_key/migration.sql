-- The view claim_outlet_stances (migration 20261211000000_cell_first_quote_words), its stored
-- cells' claim taken from the claims row instead of the cell: the same value (the join says
-- so), but a condition on the view's claim_id (claim_id = ANY(a page's ids)) now reaches the
-- claims table as an index condition. With it on claim_cells alone the planner read every
-- claim to join them by hash: a page of the claim table's grid took 20 ms at 1x instead of 10.
CREATE OR REPLACE VIEW "claim_outlet_stances" AS
SELECT c."id" AS "claim_id", cc."outlet_id",
       "cell_stance"(cc."states", cc."contradicts", cc."reviews", cc."stale", "coverage_predates"(o."latest_published_at", c."as_of")) AS "stance",
       cc."states", cc."contradicts", cc."reviews", cc."first_exact", cc."first_stated_value"
  FROM "claim_cells" cc
  JOIN "claims" c ON c."id" = cc."claim_id"
  JOIN "outlets" o ON o."id" = cc."outlet_id"
UNION ALL
SELECT c."id", o."id", "cell_stance"(0, 0, 0, 0, "coverage_predates"(o."latest_published_at", c."as_of")), 0, 0, 0, NULL::TEXT, NULL::TEXT
  FROM "claims" c
 CROSS JOIN "outlets" o
 WHERE NOT EXISTS (SELECT 1 FROM "claim_cells" cc WHERE cc."claim_id" = c."id" AND cc."outlet_id" = o."id");
