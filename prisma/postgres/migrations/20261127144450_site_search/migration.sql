-- Site search (docs/adr/030-site-search.md): a weighted tsvector of every article in "ArticleSearch" with a GIN
-- index, kept up to date by triggers in the same transaction as each write. Prisma's models don't describe the
-- table; it is listed as an external table in prisma.config.ts so Migrate leaves it alone (functions, triggers and
-- text search configurations are not part of what Migrate compares). Queries: lib/search/postgres.ts.

-- Accent folding. unaccent is a trusted extension (the database owner may create it).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- English stemming over unaccented words: "strikes" finds "strike", "cafe" finds "café".
CREATE TEXT SEARCH CONFIGURATION ledger_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION ledger_search
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- Punctuation becomes a space before parsing, so words split where SQLite's unicode61 tokenizer splits them
-- ("wind-assisted" is "wind assisted", "kestrelchess.example" is "kestrelchess example") and a query's words,
-- parsed by lib/search/query.ts, line up with the indexed ones on both databases. In a UTF-8 locale [[:punct:]]
-- covers Unicode punctuation too; in the C locale only ASCII, and PostgreSQL's parser already splits on the rest.
CREATE FUNCTION search_words(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN regexp_replace(input, '[[:punct:]]+', ' ', 'g');

-- Readers' status rules (PUBLISHED, publishedAt) are applied at query time from "Article", so a story leaves the
-- results the moment it is unpublished.
CREATE TABLE "ArticleSearch" (
    "articleId" TEXT NOT NULL,
    -- Title A, dek and tags B, authors and source C, body D.
    "document" tsvector NOT NULL,
    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("articleId"),
    CONSTRAINT "ArticleSearch_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ArticleSearch_document_idx" ON "ArticleSearch" USING GIN ("document");

-- (Re)computes the documents of these articles from the article, its tags, authors and source.
CREATE FUNCTION refresh_article_search(article_ids text[]) RETURNS void
LANGUAGE sql VOLATILE
BEGIN ATOMIC
    INSERT INTO "ArticleSearch" ("articleId", "document")
    SELECT
        a."id",
        setweight(to_tsvector('ledger_search', search_words(a."title")), 'A')
        || setweight(to_tsvector('ledger_search', search_words(a."dek")), 'B')
        || setweight(to_tsvector('ledger_search', search_words(coalesce((
            -- Tags: their slugs' words, and a hashtag's own spelling when it joins several.
            SELECT string_agg(replace(t."slug", '-', ' ')
                              || CASE WHEN strpos(t."slug", '-') > 0 AND strpos(t."name", ' ') = 0 THEN ' ' || t."name" ELSE '' END, ' ')
            FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId"
            WHERE at."articleId" = a."id"), ''))), 'B')
        || setweight(to_tsvector('ledger_search', search_words(coalesce((
            SELECT string_agg(au."name", ' ')
            FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId"
            WHERE aa."articleId" = a."id"), '') || ' ' || s."name")), 'C')
        || setweight(to_tsvector('ledger_search', search_words(a."body")), 'D')
    FROM "Article" a
    JOIN "Source" s ON s."id" = a."sourceId"
    WHERE a."id" = ANY (article_ids)
    ON CONFLICT ("articleId") DO UPDATE SET "document" = EXCLUDED."document";
END;

-- Statement-level triggers: a bulk insert recomputes each article once per statement, not once per row.

CREATE FUNCTION article_search_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_article_search(ARRAY(SELECT "id" FROM new_rows));
    RETURN NULL;
END $$;
CREATE TRIGGER "Article_search_ai" AFTER INSERT ON "Article"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_after_insert();

-- Saves rewrite every field; only a change to indexed text touches the index.
CREATE FUNCTION article_search_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_article_search(ARRAY(
        SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        WHERE (n."title", n."dek", n."body", n."sourceId") IS DISTINCT FROM (o."title", o."dek", o."body", o."sourceId")));
    RETURN NULL;
END $$;
CREATE TRIGGER "Article_search_au" AFTER UPDATE ON "Article"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION article_search_after_update();
-- Deleting an article deletes its row through the foreign key.

-- Tag and author links: the articles on either side of the change.
CREATE FUNCTION article_link_search_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_article_search(ARRAY(SELECT DISTINCT "articleId" FROM new_rows));
    RETURN NULL;
END $$;
CREATE FUNCTION article_link_search_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_article_search(ARRAY(SELECT DISTINCT "articleId" FROM old_rows));
    RETURN NULL;
END $$;
CREATE FUNCTION article_link_search_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_article_search(ARRAY(SELECT "articleId" FROM old_rows UNION SELECT "articleId" FROM new_rows));
    RETURN NULL;
END $$;

CREATE TRIGGER "ArticleTag_search_ai" AFTER INSERT ON "ArticleTag"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_link_search_after_insert();
CREATE TRIGGER "ArticleTag_search_ad" AFTER DELETE ON "ArticleTag"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_link_search_after_delete();
CREATE TRIGGER "ArticleTag_search_au" AFTER UPDATE ON "ArticleTag"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION article_link_search_after_update();

CREATE TRIGGER "ArticleAuthor_search_ai" AFTER INSERT ON "ArticleAuthor"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_link_search_after_insert();
CREATE TRIGGER "ArticleAuthor_search_ad" AFTER DELETE ON "ArticleAuthor"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_link_search_after_delete();
CREATE TRIGGER "ArticleAuthor_search_au" AFTER UPDATE ON "ArticleAuthor"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION article_link_search_after_update();

-- Renames: every article that carries the name.
CREATE FUNCTION tag_search_after_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_article_search(ARRAY(SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id"));
    RETURN NULL;
END $$;
CREATE TRIGGER "Tag_search_au" AFTER UPDATE OF "name", "slug" ON "Tag"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."slug" IS DISTINCT FROM NEW."slug")
    EXECUTE FUNCTION tag_search_after_rename();

CREATE FUNCTION author_search_after_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_article_search(ARRAY(SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = NEW."id"));
    RETURN NULL;
END $$;
CREATE TRIGGER "Author_search_au" AFTER UPDATE OF "name" ON "Author"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
    EXECUTE FUNCTION author_search_after_rename();

CREATE FUNCTION source_search_after_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_article_search(ARRAY(SELECT "id" FROM "Article" WHERE "sourceId" = NEW."id"));
    RETURN NULL;
END $$;
CREATE TRIGGER "Source_search_au" AFTER UPDATE OF "name" ON "Source"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
    EXECUTE FUNCTION source_search_after_rename();

-- CreateIndex (in the models: search joins its matches to "Article" through this index alone, on SQLite)
CREATE INDEX "Article_id_status_publishedAt_sectionId_sourceId_idx" ON "Article"("id", "status", "publishedAt", "sectionId", "sourceId");

-- Articles that exist already.
SELECT refresh_article_search(ARRAY(SELECT "id" FROM "Article"));
