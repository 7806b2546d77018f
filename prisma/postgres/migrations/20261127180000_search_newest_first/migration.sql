-- Site search, newest first (docs/adr/030-site-search.md, "Broad queries"): a query that matches more than 1,000
-- stories ranks only its newest 1,000. lib/search/postgres.ts finds them by walking this index backwards from now,
-- testing each story's document, and stopping at 1,001; with id, section and source in the index the walk never
-- reads an "Article" row.

-- CreateIndex
CREATE INDEX "Article_status_publishedAt_id_sectionId_sourceId_idx" ON "Article"("status", "publishedAt", "id", "sectionId", "sourceId");
