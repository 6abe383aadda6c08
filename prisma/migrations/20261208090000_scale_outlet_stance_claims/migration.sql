-- An outlet's cells of one stored stance, with their claims, straight from the index: the
-- claim table's "reads this stance in this outlet" filter and the outlet page's "stands alone"
-- list start from an outlet's stored cells (lib/data/claim-table/view-sql.ts,
-- lib/data/reads/get-outlet-record.ts). With claim_id in the key both read the index alone
-- (index-only scans) instead of visiting one heap page per cell: at five times the synthetic
-- corpus (1.6M cells) the smallest outlet's "stands alone" query went from 159 to about 40 ms.
DROP INDEX "claim_cells_outlet_id_stance_idx";
CREATE INDEX "claim_cells_outlet_id_stance_claim_id_idx" ON "claim_cells"("outlet_id", "stance", "claim_id");
