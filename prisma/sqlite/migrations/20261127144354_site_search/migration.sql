-- Site search (docs/adr/030-site-search.md): an FTS5 index over a denormalised text of every article, kept up to
-- date by triggers in the same transaction as each write. Prisma's models don't describe these tables; they are
-- listed as external tables in prisma.config.ts so Migrate leaves them alone. Queries: lib/search/sqlite.ts.

-- One row per article: the text the index holds, column by column. Readers' status rules (PUBLISHED, publishedAt)
-- are applied at query time from "Article", so a story leaves the results the moment it is unpublished.
CREATE TABLE "ArticleSearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dek" TEXT NOT NULL,
    -- Tags: their slugs' words, and a hashtag's own spelling when it joins several ("coastal towns CoastalTowns").
    "tags" TEXT NOT NULL,
    -- Author names and the source outlet's name.
    "people" TEXT NOT NULL,
    "body" TEXT NOT NULL
);
CREATE UNIQUE INDEX "ArticleSearchDocument_articleId_key" ON "ArticleSearchDocument"("articleId");
-- Lets a search map the index's matches to articles without reading each document's text (lib/search/sqlite.ts).
CREATE INDEX "ArticleSearchDocument_id_articleId_idx" ON "ArticleSearchDocument"("id", "articleId");

-- External content: the index reads column text (for snippet() and highlight()) from ArticleSearchDocument.
-- Porter stemming over unicode61 with diacritics removed: "strikes" finds "strike", "cafe" finds "café".
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    "title", "dek", "tags", "people", "body",
    content = 'ArticleSearchDocument',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The index follows ArticleSearchDocument exactly (the usual external-content triggers).
CREATE TRIGGER "ArticleSearchDocument_ai" AFTER INSERT ON "ArticleSearchDocument" BEGIN
    INSERT INTO "ArticleSearch" ("rowid", "title", "dek", "tags", "people", "body")
    VALUES (new."id", new."title", new."dek", new."tags", new."people", new."body");
END;
CREATE TRIGGER "ArticleSearchDocument_ad" AFTER DELETE ON "ArticleSearchDocument" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", "rowid", "title", "dek", "tags", "people", "body")
    VALUES ('delete', old."id", old."title", old."dek", old."tags", old."people", old."body");
END;
CREATE TRIGGER "ArticleSearchDocument_au" AFTER UPDATE ON "ArticleSearchDocument" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", "rowid", "title", "dek", "tags", "people", "body")
    VALUES ('delete', old."id", old."title", old."dek", old."tags", old."people", old."body");
    INSERT INTO "ArticleSearch" ("rowid", "title", "dek", "tags", "people", "body")
    VALUES (new."id", new."title", new."dek", new."tags", new."people", new."body");
END;

-- ArticleSearchDocument follows the articles and everything whose names it copies. The tags and people
-- expressions are repeated in each trigger (SQLite has no functions in SQL); keep them identical.

CREATE TRIGGER "Article_search_ai" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearchDocument" ("articleId", "title", "dek", "tags", "people", "body")
    VALUES (
        new."id", new."title", new."dek",
        coalesce((SELECT group_concat(replace(t."slug", '-', ' ') || CASE WHEN instr(t."slug", '-') > 0 AND instr(t."name", ' ') = 0 THEN ' ' || t."name" ELSE '' END, ' ')
                  FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = new."id"), ''),
        trim(coalesce((SELECT group_concat(au."name", ' ')
                       FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = new."id"), '')
             || ' ' || coalesce((SELECT s."name" FROM "Source" s WHERE s."id" = new."sourceId"), '')),
        new."body"
    );
END;

-- Saves rewrite every field; only a change to indexed text touches the index.
CREATE TRIGGER "Article_search_au" AFTER UPDATE OF "title", "dek", "body", "sourceId" ON "Article"
WHEN old."title" IS NOT new."title" OR old."dek" IS NOT new."dek" OR old."body" IS NOT new."body"
     OR old."sourceId" IS NOT new."sourceId"
BEGIN
    UPDATE "ArticleSearchDocument" SET
        "title" = new."title",
        "dek" = new."dek",
        "body" = new."body",
        "people" = trim(coalesce((SELECT group_concat(au."name", ' ')
                                  FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = new."id"), '')
                        || ' ' || coalesce((SELECT s."name" FROM "Source" s WHERE s."id" = new."sourceId"), ''))
    WHERE "articleId" = new."id";
END;

CREATE TRIGGER "Article_search_ad" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" = old."id";
END;

CREATE TRIGGER "ArticleTag_search_ai" AFTER INSERT ON "ArticleTag" BEGIN
    UPDATE "ArticleSearchDocument" SET "tags" = coalesce((SELECT group_concat(replace(t."slug", '-', ' ') || CASE WHEN instr(t."slug", '-') > 0 AND instr(t."name", ' ') = 0 THEN ' ' || t."name" ELSE '' END, ' ')
                                                        FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = new."articleId"), '')
    WHERE "articleId" = new."articleId";
END;
CREATE TRIGGER "ArticleTag_search_ad" AFTER DELETE ON "ArticleTag" BEGIN
    UPDATE "ArticleSearchDocument" SET "tags" = coalesce((SELECT group_concat(replace(t."slug", '-', ' ') || CASE WHEN instr(t."slug", '-') > 0 AND instr(t."name", ' ') = 0 THEN ' ' || t."name" ELSE '' END, ' ')
                                                        FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = old."articleId"), '')
    WHERE "articleId" = old."articleId";
END;
CREATE TRIGGER "ArticleTag_search_au" AFTER UPDATE ON "ArticleTag" BEGIN
    UPDATE "ArticleSearchDocument" SET "tags" = coalesce((SELECT group_concat(replace(t."slug", '-', ' ') || CASE WHEN instr(t."slug", '-') > 0 AND instr(t."name", ' ') = 0 THEN ' ' || t."name" ELSE '' END, ' ')
                                                        FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = "ArticleSearchDocument"."articleId"), '')
    WHERE "articleId" IN (old."articleId", new."articleId");
END;

CREATE TRIGGER "ArticleAuthor_search_ai" AFTER INSERT ON "ArticleAuthor" BEGIN
    UPDATE "ArticleSearchDocument" SET "people" = trim(coalesce((SELECT group_concat(au."name", ' ')
                                                                 FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = new."articleId"), '')
                                                       || ' ' || coalesce((SELECT s."name" FROM "Article" a JOIN "Source" s ON s."id" = a."sourceId" WHERE a."id" = new."articleId"), ''))
    WHERE "articleId" = new."articleId";
END;
CREATE TRIGGER "ArticleAuthor_search_ad" AFTER DELETE ON "ArticleAuthor" BEGIN
    UPDATE "ArticleSearchDocument" SET "people" = trim(coalesce((SELECT group_concat(au."name", ' ')
                                                                 FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = old."articleId"), '')
                                                       || ' ' || coalesce((SELECT s."name" FROM "Article" a JOIN "Source" s ON s."id" = a."sourceId" WHERE a."id" = old."articleId"), ''))
    WHERE "articleId" = old."articleId";
END;
CREATE TRIGGER "ArticleAuthor_search_au" AFTER UPDATE ON "ArticleAuthor" BEGIN
    UPDATE "ArticleSearchDocument" SET "people" = trim(coalesce((SELECT group_concat(au."name", ' ')
                                                                 FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = "ArticleSearchDocument"."articleId"), '')
                                                       || ' ' || coalesce((SELECT s."name" FROM "Article" a JOIN "Source" s ON s."id" = a."sourceId" WHERE a."id" = "ArticleSearchDocument"."articleId"), ''))
    WHERE "articleId" IN (old."articleId", new."articleId");
END;

CREATE TRIGGER "Tag_search_au" AFTER UPDATE OF "name", "slug" ON "Tag"
WHEN old."name" IS NOT new."name" OR old."slug" IS NOT new."slug"
BEGIN
    UPDATE "ArticleSearchDocument" SET "tags" = coalesce((SELECT group_concat(replace(t."slug", '-', ' ') || CASE WHEN instr(t."slug", '-') > 0 AND instr(t."name", ' ') = 0 THEN ' ' || t."name" ELSE '' END, ' ')
                                                        FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = "ArticleSearchDocument"."articleId"), '')
    WHERE "articleId" IN (SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = new."id");
END;

CREATE TRIGGER "Author_search_au" AFTER UPDATE OF "name" ON "Author"
WHEN old."name" IS NOT new."name"
BEGIN
    UPDATE "ArticleSearchDocument" SET "people" = trim(coalesce((SELECT group_concat(au."name", ' ')
                                                                 FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = "ArticleSearchDocument"."articleId"), '')
                                                       || ' ' || coalesce((SELECT s."name" FROM "Article" a JOIN "Source" s ON s."id" = a."sourceId" WHERE a."id" = "ArticleSearchDocument"."articleId"), ''))
    WHERE "articleId" IN (SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = new."id");
END;

CREATE TRIGGER "Source_search_au" AFTER UPDATE OF "name" ON "Source"
WHEN old."name" IS NOT new."name"
BEGIN
    UPDATE "ArticleSearchDocument" SET "people" = trim(coalesce((SELECT group_concat(au."name", ' ')
                                                                 FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = "ArticleSearchDocument"."articleId"), '')
                                                       || ' ' || new."name")
    WHERE "articleId" IN (SELECT "id" FROM "Article" WHERE "sourceId" = new."id");
END;

-- CreateIndex (in the models: search joins its matches to "Article" through this index alone, never reading rows)
CREATE INDEX "Article_id_status_publishedAt_sectionId_sourceId_idx" ON "Article"("id", "status", "publishedAt", "sectionId", "sourceId");

-- Articles that exist already.
INSERT INTO "ArticleSearchDocument" ("articleId", "title", "dek", "tags", "people", "body")
SELECT
    a."id", a."title", a."dek",
    coalesce((SELECT group_concat(replace(t."slug", '-', ' ') || CASE WHEN instr(t."slug", '-') > 0 AND instr(t."name", ' ') = 0 THEN ' ' || t."name" ELSE '' END, ' ')
              FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = a."id"), ''),
    trim(coalesce((SELECT group_concat(au."name", ' ')
                   FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = a."id"), '')
         || ' ' || coalesce((SELECT s."name" FROM "Source" s WHERE s."id" = a."sourceId"), '')),
    a."body"
FROM "Article" a;
