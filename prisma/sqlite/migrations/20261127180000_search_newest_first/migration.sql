-- Site search, newest first (docs/adr/030-site-search.md, "Broad queries"): a document's id, which is also its
-- FTS5 rowid, now follows the article's publication time, so FTS5 can hand out the newest matches first
-- (ORDER BY rowid DESC) and stop after a few hundred, without scoring or joining every match. A query that
-- matches more than 1,000 stories ranks only its newest 1,000 (lib/search/sqlite.ts).
--
-- The id is the time in milliseconds since 1970 (publishedAt, or createdAt until the article is published) times
-- 65,536, plus the next free number within that millisecond: ids sort as publication times do, and a time range
-- is an id range. The same expression is repeated in each trigger below (SQLite has no functions in SQL): keep
-- them identical.

-- Renumber without touching the index row by row: the external-content triggers are dropped, the ids rewritten,
-- and the index rebuilt once from ArticleSearchDocument.
DROP TRIGGER "ArticleSearchDocument_ai";
DROP TRIGGER "ArticleSearchDocument_ad";
DROP TRIGGER "ArticleSearchDocument_au";

-- Keyed by the old id, so the UPDATE below finds each row's new id by its primary key.
CREATE TEMP TABLE "search_order" ("old" INTEGER NOT NULL PRIMARY KEY, "new" INTEGER NOT NULL);
INSERT INTO "search_order" ("old", "new")
SELECT d."id",
       CAST(round((julianday(coalesce(a."publishedAt", a."createdAt")) - 2440587.5) * 86400000.0) AS INTEGER) * 65536
         + row_number() OVER (PARTITION BY coalesce(a."publishedAt", a."createdAt") ORDER BY a."id") - 1
FROM "ArticleSearchDocument" d JOIN "Article" a ON a."id" = d."articleId";
-- Old ids are small sequence numbers and new ones at least 65,536 times a millisecond count: none collide.
UPDATE "ArticleSearchDocument" SET "id" = (SELECT "new" FROM "search_order" WHERE "old" = "ArticleSearchDocument"."id");
DROP TABLE "search_order";

INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild');

CREATE TRIGGER "ArticleSearchDocument_ai" AFTER INSERT ON "ArticleSearchDocument" BEGIN
    INSERT INTO "ArticleSearch" ("rowid", "title", "dek", "tags", "people", "body")
    VALUES (new."id", new."title", new."dek", new."tags", new."people", new."body");
END;
CREATE TRIGGER "ArticleSearchDocument_ad" AFTER DELETE ON "ArticleSearchDocument" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", "rowid", "title", "dek", "tags", "people", "body")
    VALUES ('delete', old."id", old."title", old."dek", old."tags", old."people", old."body");
END;
-- Also when only the id changes (the article was published or rescheduled): the entry moves to its new rowid.
CREATE TRIGGER "ArticleSearchDocument_au" AFTER UPDATE ON "ArticleSearchDocument" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", "rowid", "title", "dek", "tags", "people", "body")
    VALUES ('delete', old."id", old."title", old."dek", old."tags", old."people", old."body");
    INSERT INTO "ArticleSearch" ("rowid", "title", "dek", "tags", "people", "body")
    VALUES (new."id", new."title", new."dek", new."tags", new."people", new."body");
END;

-- New articles get their id from their time (as above) instead of the next sequence number.
DROP TRIGGER "Article_search_ai";
CREATE TRIGGER "Article_search_ai" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearchDocument" ("id", "articleId", "title", "dek", "tags", "people", "body")
    VALUES (
        (SELECT coalesce((SELECT max(d."id") + 1 FROM "ArticleSearchDocument" d WHERE d."id" >= t."base" AND d."id" < t."base" + 65536), t."base")
         FROM (SELECT CAST(round((julianday(coalesce(new."publishedAt", new."createdAt")) - 2440587.5) * 86400000.0) AS INTEGER) * 65536 AS "base") t),
        new."id", new."title", new."dek",
        coalesce((SELECT group_concat(replace(t."slug", '-', ' ') || CASE WHEN instr(t."slug", '-') > 0 AND instr(t."name", ' ') = 0 THEN ' ' || t."name" ELSE '' END, ' ')
                  FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = new."id"), ''),
        trim(coalesce((SELECT group_concat(au."name", ' ')
                       FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = new."id"), '')
             || ' ' || coalesce((SELECT s."name" FROM "Source" s WHERE s."id" = new."sourceId"), '')),
        new."body"
    );
END;

-- Publishing, scheduling or unpublishing changes the time, so the document (and its index entry) moves.
CREATE TRIGGER "Article_search_order_au" AFTER UPDATE OF "publishedAt", "createdAt" ON "Article"
WHEN coalesce(old."publishedAt", old."createdAt") IS NOT coalesce(new."publishedAt", new."createdAt")
BEGIN
    UPDATE "ArticleSearchDocument" SET "id" = (
        SELECT coalesce((SELECT max(d."id") + 1 FROM "ArticleSearchDocument" d WHERE d."id" >= t."base" AND d."id" < t."base" + 65536), t."base")
        FROM (SELECT CAST(round((julianday(coalesce(new."publishedAt", new."createdAt")) - 2440587.5) * 86400000.0) AS INTEGER) * 65536 AS "base") t)
    WHERE "articleId" = new."id";
END;

-- CreateIndex (in the models, for PostgreSQL's search, which walks it newest first; SQLite's search doesn't use it)
CREATE INDEX "Article_status_publishedAt_id_sectionId_sourceId_idx" ON "Article"("status", "publishedAt", "id", "sectionId", "sourceId");
