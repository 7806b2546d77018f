-- CreateTable
CREATE TABLE "Feed" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "sectionId" TEXT NOT NULL,
    "pollIntervalSeconds" INTEGER NOT NULL DEFAULT 900,
    "fullText" BOOLEAN NOT NULL DEFAULT false,
    "holdForReview" BOOLEAN NOT NULL DEFAULT false,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "etag" TEXT,
    "lastModified" TEXT,
    "nextPollAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "lastPolledAt" DATETIME,
    "lastSuccessAt" DATETIME,
    "lastErrorAt" DATETIME,
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "itemsImported" INTEGER NOT NULL DEFAULT 0,
    "itemsSkipped" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Feed_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Feed_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "leadArticleId" TEXT,
    "firstPublishedAt" DATETIME NOT NULL,
    "lastPublishedAt" DATETIME NOT NULL,
    "articleCount" INTEGER NOT NULL DEFAULT 0,
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Story_leadArticleId_fkey" FOREIGN KEY ("leadArticleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- Article gains its feed, story and panel columns with ALTER TABLE rather than Prisma's table redefinition:
-- redefining "Article" would drop the site-search triggers on it (20261127144354_site_search).
ALTER TABLE "Article" ADD COLUMN "feedId" TEXT REFERENCES "Feed" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD COLUMN "ingested" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Article" ADD COLUMN "feedGuid" TEXT;
ALTER TABLE "Article" ADD COLUMN "fingerprint" TEXT;
ALTER TABLE "Article" ADD COLUMN "storyId" TEXT REFERENCES "Story" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD COLUMN "aiPanelEnabled" BOOLEAN NOT NULL DEFAULT true;
CREATE INDEX "Article_canonicalUrl_idx" ON "Article"("canonicalUrl");
CREATE INDEX "Article_fingerprint_idx" ON "Article"("fingerprint");
CREATE INDEX "Article_storyId_status_publishedAt_idx" ON "Article"("storyId", "status", "publishedAt");
CREATE UNIQUE INDEX "Article_feedId_feedGuid_key" ON "Article"("feedId", "feedGuid");

-- CreateIndex
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");

-- CreateIndex
CREATE INDEX "Feed_paused_nextPollAt_idx" ON "Feed"("paused", "nextPollAt");

-- CreateIndex
CREATE INDEX "Feed_sourceId_idx" ON "Feed"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Story_slug_key" ON "Story"("slug");

-- CreateIndex
CREATE INDEX "Story_lastPublishedAt_idx" ON "Story"("lastPublishedAt");

-- CreateIndex
CREATE INDEX "Story_leadArticleId_idx" ON "Story"("leadArticleId");


