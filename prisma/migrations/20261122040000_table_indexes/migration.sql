-- Indexes for the claim table's default order (newest published first) and for article
-- search, which returns the newest matches first and can stop after a page.

-- CreateIndex
CREATE INDEX "claims_status_created_at_id_idx" ON "claims"("status", "created_at" DESC, "id" DESC);
CREATE INDEX "articles_published_at_id_idx" ON "articles"("published_at" DESC, "id" DESC);
