import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  createMigratedDatabase,
  skipPostgres,
  type Provider,
  type TestDatabase,
} from "../../scripts/lib/test-databases";
import { newArticleInput } from "./newsroom-fixtures";
import type { Viewer } from "../auth";
import {
  labelledQueries,
  searchArticles as corpus,
  searchAuthors,
  searchSections,
  searchSources,
  searchTags,
} from "./search-corpus";

type Modules = {
  search: typeof import("../search");
  admin: typeof import("../admin/articles");
  db: typeof import("../db").db;
};

const DAY = 86_400_000;

/** A deterministic generator, so a failing fuzz case can be replayed. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const FUZZ_TOKENS = [
  ...["tram", "strike", "café", "cafe", "honey", "bees", "ferry", "Álvarez", "school", "rota", "the", "and"],
  ...['"', '""', "-", "--", "*", "NEAR", "NEAR(", "NEAR/2", ":", "title:", "^", "(", ")", "{", "}", "[", "]"],
  ...[
    "AND",
    "OR",
    "NOT",
    "'",
    "''",
    ";",
    "%",
    "_",
    "\\",
    "/",
    "<mark>",
    "</script>",
    "&amp;",
    "\u0000",
    "\t\n",
  ],
  ...["\uE000", "\uE001", "😀", "東京", "مرحبا", "Ωμέγα", "0", "-1", "1e9", '\'; DROP TABLE "Article"; --'],
  ...["x".repeat(300), '-"', '"unbalanced', "a-b-c-d", "U.S.A.", "it's", "tram*", "!tram", "&", "|", "<->"],
];

/** Search behaviour on a real database: ranking, status rules, accents and stems, filters, triggers, junk. */
export function defineSearchTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(`search on ${provider}`, () => {
    let database: TestDatabase;
    let lib: Modules;
    let editor: Viewer;
    const ids = new Map<string, string>();

    const search = (
      q: string,
      extra: Partial<Omit<import("../search").SearchRequest, "terms">> = {},
    ): ReturnType<Modules["search"]["searchArticles"]> =>
      lib.search.searchArticles({
        terms: lib.search.parseSearchQuery(q).terms,
        filters: {},
        sort: "relevance",
        page: 1,
        ...extra,
      });
    const slugs = async (q: string, extra: Parameters<typeof search>[1] = {}) =>
      (await search(q, extra)).hits.map((hit) => hit.slug);

    beforeAll(async () => {
      database = await createMigratedDatabase(provider, `search_${provider}`);
      process.env.DATABASE_URL = database.url;
      lib = {
        search: await import("../search"),
        admin: await import("../admin/articles"),
        db: (await import("../db")).db,
      };
      const { db } = lib;
      await db.section.createMany({ data: searchSections.map((s, position) => ({ ...s, position })) });
      await db.source.createMany({ data: searchSources });
      await db.author.createMany({ data: searchAuthors });
      await db.tag.createMany({ data: searchTags });
      const user = await db.user.create({
        data: { email: "editor@search.test", name: "Search Editor", role: "EDITOR" },
      });
      editor = {
        id: user.id,
        name: user.name,
        email: user.email,
        role: "EDITOR",
        createdAt: user.createdAt,
        commentingDisabledAt: null,
        commentingDisabledReason: null,
        hasPassword: false,
      };
      const idOf = async (table: "section" | "source" | "author" | "tag", slug: string) => {
        const row = await (db[table] as typeof db.tag).findUniqueOrThrow({ where: { slug } });
        return row.id;
      };
      const now = Date.now();
      for (const article of corpus) {
        const status = article.status ?? "PUBLISHED";
        const created = await db.article.create({
          data: {
            slug: article.slug,
            title: article.title,
            dek: article.dek,
            body: article.body,
            status,
            publishedAt: status === "DRAFT" ? null : new Date(now - article.daysAgo * DAY),
            sectionId: await idOf("section", article.section),
            sourceId: await idOf("source", article.source),
            authors: {
              create: await Promise.all(
                article.authors.map(async (slug, position) => ({
                  authorId: await idOf("author", slug),
                  position,
                })),
              ),
            },
            tags: {
              create: await Promise.all(
                article.tags.map(async (slug) => ({ tagId: await idOf("tag", slug) })),
              ),
            },
          },
        });
        ids.set(article.slug, created.id);
      }
    });

    afterAll(async () => {
      await lib?.db.$disconnect();
      await database?.drop();
    });

    describe("ranking", () => {
      for (const { query, results, why } of labelledQueries) {
        it(`“${query}” puts ${results[0]} first (${why})`, async () => {
          expect(await slugs(query)).toEqual(results);
        });
      }

      it("finds the same stories for a word on both databases, and only published ones", async () => {
        // The same expectation on SQLite and PostgreSQL: "strike" stems to match "striking" in a title.
        expect((await slugs("strike")).sort()).toEqual(
          [
            "night-buses-replace-trams-during-walkout",
            "striking-a-balance-the-council-budget",
            "tram-drivers-strike-over-rota-changes",
          ].sort(),
        );
        expect((await slugs("tram")).sort()).toEqual([
          "night-buses-replace-trams-during-walkout",
          "tram-drivers-strike-over-rota-changes",
          "tram-network-opens-its-first-line",
        ]);
      });

      it("a title match beats a body match, and recency only breaks near-ties", async () => {
        // Both mention schools; one in its title. The newer story mentions a school hall only in its body.
        expect(await slugs("school")).toEqual([
          "solar-panels-on-school-roofs",
          "choir-wins-regional-festival",
        ]);
      });

      it("sorts newest first when asked", async () => {
        const results = await search("tram", { sort: "newest" });
        const times = results.hits.map((hit) => hit.publishedAt!.getTime());
        expect(times).toEqual([...times].sort((a, b) => b - a));
        expect(results.hits.at(-1)?.slug).toBe("tram-network-opens-its-first-line");
      });
    });

    describe("what readers can find", () => {
      it("never shows drafts, scheduled stories or stories dated in the future", async () => {
        expect(await slugs("fares")).toEqual([]);
        expect(await slugs("museum roof")).toEqual([]);
        await lib.db.article.update({
          where: { id: ids.get("scheduled-museum-roof-repairs-finished")! },
          data: { status: "PUBLISHED" },
        });
        try {
          expect(await slugs("museum roof"), "PUBLISHED but dated tomorrow").toEqual([]);
        } finally {
          await lib.db.article.update({
            where: { id: ids.get("scheduled-museum-roof-repairs-finished")! },
            data: { status: "SCHEDULED" },
          });
        }
      });

      it("a story appears when published and disappears at once when unpublished (through the newsroom)", async () => {
        const input = await newArticleInput(lib.db, {
          title: "Harbour lighthouse keeper retires after forty winters",
          dek: "The lamp goes automatic next month.",
          body: "The last keeper of the harbour lighthouse climbed its spiral stairs for the final time on Sunday.",
          sectionId: (await lib.db.section.findUniqueOrThrow({ where: { slug: "city" } })).id,
          sourceId: (await lib.db.source.findUniqueOrThrow({ where: { slug: "lakeside-herald" } })).id,
          authorIds: [(await lib.db.author.findUniqueOrThrow({ where: { slug: "ruth-lindqvist" } })).id],
          tags: ["Lighthouses"],
        });
        const saved = await lib.admin.saveArticle(editor, null, input, {
          expectedVersion: null,
          intent: "save",
          publishAt: null,
        });
        if (!saved.ok) throw new Error(saved.error);
        expect(await slugs("lighthouse keeper"), "a draft").toEqual([]);
        expect(
          await lib.search.searchNewsroomArticleIds("lighthouse keeper"),
          "the newsroom sees drafts",
        ).toEqual([saved.id]);

        const published = await lib.admin.saveArticle(editor, saved.id, input, {
          expectedVersion: saved.version,
          intent: "publish",
          publishAt: null,
        });
        if (!published.ok) throw new Error(published.error);
        expect(await slugs("lighthouse keeper")).toEqual([published.slug]);
        expect(await slugs("lighthouses"), "by its new tag").toEqual([published.slug]);

        const unpublished = await lib.admin.saveArticle(editor, saved.id, input, {
          expectedVersion: published.version,
          intent: "unpublish",
          publishAt: null,
        });
        if (!unpublished.ok) throw new Error(unpublished.error);
        expect(await slugs("lighthouse keeper")).toEqual([]);
        await lib.db.article.delete({ where: { id: saved.id } });
      });
    });

    describe("words", () => {
      it("folds accents both ways", async () => {
        const cafe = "cafe-owners-count-the-cost-of-roadworks";
        expect(await slugs("cafe")).toContain(cafe);
        expect(await slugs("café")).toContain(cafe);
        expect(await slugs("CAFÉS")).toContain(cafe);
        expect(await slugs("jose alvarez")).toEqual(
          expect.arrayContaining([cafe, "researchers-map-bumblebee-nests"]),
        );
      });

      it("stems English words", async () => {
        expect(await slugs("strikes")).toContain("tram-drivers-strike-over-rota-changes");
        expect(await slugs("harvested")).toEqual(["beekeepers-report-record-honey-harvest"]);
        expect(await slugs("grant")).toEqual(["heat-pump-grants-reopen"]);
        expect((await slugs("panel")).sort()).toEqual([
          "heat-pump-grants-reopen",
          "solar-panels-on-school-roofs",
        ]);
      });

      it("matches a quoted phrase only in that order, and leaves out excluded words", async () => {
        expect(await slugs('"rota changes"')).toEqual(["tram-drivers-strike-over-rota-changes"]);
        expect(await slugs('"changes rota"')).toEqual([]);
        expect(await slugs('tram -"rota changes"')).toEqual([
          "night-buses-replace-trams-during-walkout",
          "tram-network-opens-its-first-line",
        ]);
      });

      it("finds words joined by punctuation as they are written", async () => {
        // "o'clock" in the library story; "drivers'" in a title.
        expect(await slugs("o'clock")).toEqual(["library-extends-opening-hours-into-the-evening"]);
        expect(await slugs("drivers' walkout")).toEqual(["night-buses-replace-trams-during-walkout"]);
      });

      it("highlights matched words in the title and snippet, as marked text rather than HTML", async () => {
        const [hit] = (await search("honey hives")).hits;
        const title = lib.search.splitHighlights(hit!.titleHighlighted);
        expect(title).toContainEqual({ text: "honey", mark: true });
        const snippet = lib.search.splitHighlights(lib.search.cleanSnippet(hit!.snippet));
        expect(snippet.filter((part) => part.mark).map((part) => part.text.toLowerCase())).toEqual(
          expect.arrayContaining(["honey", "hives"]),
        );
        expect(snippet.map((part) => part.text).join("")).not.toMatch(/[<>\uE000\uE001]/);
      });
    });

    describe("filters and pages", () => {
      it("narrows by section, source, author, tag and dates", async () => {
        const filters = async () => {
          const [section, source, author, tag] = await Promise.all([
            lib.db.section.findUniqueOrThrow({ where: { slug: "science" } }),
            lib.db.source.findUniqueOrThrow({ where: { slug: "eastgate-bulletin" } }),
            lib.db.author.findUniqueOrThrow({ where: { slug: "ruth-lindqvist" } }),
            lib.db.tag.findUniqueOrThrow({ where: { slug: "transport" } }),
          ]);
          return { section: section.id, source: source.id, author: author.id, tag: tag.id };
        };
        const f = await filters();
        expect((await slugs("energy")).sort()).toEqual([
          "heat-pump-grants-reopen",
          "solar-panels-on-school-roofs",
        ]);
        expect(await slugs("energy", { filters: { sourceId: f.source } })).toEqual([
          "heat-pump-grants-reopen",
        ]);
        expect(await slugs("tram", { filters: { authorId: f.author } })).toEqual([
          "tram-network-opens-its-first-line",
        ]);
        expect((await slugs("tram", { filters: { tagId: f.tag } })).sort()).toEqual([
          "night-buses-replace-trams-during-walkout",
          "tram-network-opens-its-first-line",
        ]);
        expect(await slugs("tram", { filters: { sectionId: f.section } })).toEqual([]);
        const since = new Date(Date.now() - 3 * DAY).toISOString();
        expect((await slugs("tram", { filters: { from: since } })).sort()).toEqual([
          "night-buses-replace-trams-during-walkout",
          "tram-drivers-strike-over-rota-changes",
        ]);
        const until = new Date(Date.now() - 30 * DAY).toISOString();
        expect(await slugs("tram", { filters: { to: until } })).toEqual([
          "tram-network-opens-its-first-line",
        ]);
      });

      it("resolves filter slugs, and leaves out (and names) ones that don't exist", async () => {
        const resolved = await lib.search.resolveSearchFilters({
          section: "science",
          source: "no-such-source",
          tag: "#TramNetwork",
          from: "2026-01-01",
        });
        expect(resolved.applied).toMatchObject({
          section: "science",
          tag: "tram-network",
          from: "2026-01-01",
        });
        expect(resolved.filters.sourceId).toBeUndefined();
        expect(resolved.filters.from).toBe("2026-01-01T00:00:00.000Z");
        expect(resolved.problems).toEqual([
          "There is no source called “no-such-source”, so that filter was left out.",
        ]);
        expect((await lib.search.resolveSearchFilters({ tag: "tram network" })).applied.tag).toBe(
          "tram-network",
        );
      });

      it("pages through results 20 at a time", async () => {
        const section = await lib.db.section.findUniqueOrThrow({ where: { slug: "culture" } });
        const source = await lib.db.source.findUniqueOrThrow({ where: { slug: "eastgate-bulletin" } });
        const base = Date.now() - 50 * DAY;
        await lib.db.article.createMany({
          data: Array.from({ length: 23 }, (_, n) => ({
            slug: `lantern-parade-${n}`,
            title: `Lantern parade number ${n}`,
            body: `Paper lanterns again, year ${n}.`,
            status: "PUBLISHED" as const,
            publishedAt: new Date(base - n * DAY),
            updatedAt: new Date(base - n * DAY),
            sectionId: section.id,
            sourceId: source.id,
          })),
        });
        const first = await search("lanterns", { sort: "newest" });
        const second = await search("lanterns", { sort: "newest", page: 2 });
        expect([first.total, first.totalPages, first.hits.length, second.hits.length]).toEqual([
          23, 2, 20, 3,
        ]);
        expect(first.hits[0]!.slug).toBe("lantern-parade-0");
        expect(second.hits.at(-1)!.slug).toBe("lantern-parade-22");
        expect((await search("lanterns", { page: 3 })).hits).toEqual([]);
        // createMany inserts many rows in one statement: every one of them was indexed.
        expect((await search("parade")).total).toBe(23);
      });
    });

    describe("the index follows every write", () => {
      it("tag, author and source renames; tag removal; body edits; deletion", async () => {
        const db = lib.db;
        const bees = ids.get("beekeepers-report-record-honey-harvest")!;
        await db.tag.update({
          where: { slug: "beekeeping" },
          data: { name: "Apiculture", slug: "apiculture" },
        });
        expect(await slugs("apiculture")).toEqual(["beekeepers-report-record-honey-harvest"]);

        await db.author.update({ where: { slug: "pavel-mbeki" }, data: { name: "Pavel Nordström" } });
        expect(await slugs("nordstrom lime")).toEqual(["beekeepers-report-record-honey-harvest"]);
        expect(await slugs("mbeki lime")).toEqual([]);

        await db.source.update({
          where: { slug: "northfield-courier" },
          data: { name: "Northfield Evening Post" },
        });
        expect(await slugs("post lime")).toEqual(["beekeepers-report-record-honey-harvest"]);
        expect(await slugs("courier lime")).toEqual([]);

        const apiculture = await db.tag.findUniqueOrThrow({ where: { slug: "apiculture" } });
        await db.articleTag.delete({ where: { articleId_tagId: { articleId: bees, tagId: apiculture.id } } });
        expect(await slugs("apiculture")).toEqual([]);

        await db.article.update({
          where: { id: bees },
          data: { body: "Wildflower meadows fed the colonies." },
        });
        expect(await slugs("wildflower")).toEqual(["beekeepers-report-record-honey-harvest"]);
        expect(await slugs("foraging")).toEqual([]);

        await db.article.delete({ where: { id: bees } });
        expect(await slugs("honey")).toEqual(["farmers-market-returns-to-the-square"]);
        await expectIndexConsistent();
      });

      async function expectIndexConsistent() {
        if (provider === "sqlite") {
          // FTS5 checks its index against the external content (ArticleSearchDocument) and throws if they differ.
          await lib.db.$executeRawUnsafe(
            `INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('integrity-check')`,
          );
          const [row] = await lib.db.$queryRawUnsafe<
            { articles: bigint; documents: bigint; stale: bigint; misplaced: bigint }[]
          >(`
            SELECT (SELECT count(*) FROM "Article") AS articles,
                   (SELECT count(*) FROM "ArticleSearchDocument") AS documents,
                   (SELECT count(*) FROM "ArticleSearchDocument" d JOIN "Article" a ON a."id" = d."articleId"
                     WHERE d."title" IS NOT a."title" OR d."body" IS NOT a."body") AS stale,
                   -- Each document's id starts with its article's time in milliseconds (broad queries walk them).
                   (SELECT count(*) FROM "ArticleSearchDocument" d JOIN "Article" a ON a."id" = d."articleId"
                     WHERE d."id" >> 16 IS NOT CAST(round((julianday(coalesce(a."publishedAt", a."createdAt")) - 2440587.5) * 86400000.0) AS INTEGER)) AS misplaced`);
          expect([Number(row!.documents), Number(row!.stale), Number(row!.misplaced)]).toEqual([
            Number(row!.articles),
            0,
            0,
          ]);
        } else {
          // Every stored document equals a fresh computation from the current rows.
          const [row] = await lib.db.$queryRawUnsafe<{ articles: bigint; documents: bigint }[]>(`
            SELECT (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "ArticleSearch") AS documents`);
          expect(Number(row!.documents)).toBe(Number(row!.articles));
          await lib.db.$executeRawUnsafe(`CREATE TEMP TABLE before_refresh AS SELECT * FROM "ArticleSearch"`);
          await lib.db.$executeRawUnsafe(`SELECT refresh_article_search(ARRAY(SELECT "id" FROM "Article"))`);
          const [diff] = await lib.db.$queryRawUnsafe<{ n: bigint }[]>(`
            SELECT count(*) AS n FROM "ArticleSearch" s JOIN before_refresh b ON b."articleId" = s."articleId"
            WHERE s."document" IS DISTINCT FROM b."document"`);
          expect(Number(diff!.n)).toBe(0);
        }
      }
    });

    describe("bad input", () => {
      it("answers empty for nothing searchable: empty, only exclusions, only common words, only symbols", async () => {
        for (const q of ["", "   ", "-tram", "the of and", '"" *** :', "\u0000"]) {
          const results = await search(q);
          expect(results, JSON.stringify(q)).toMatchObject({ hits: [], total: 0, totalPages: 1 });
        }
      });

      it("survives 300 random queries of words and FTS/SQL syntax, returning only published stories", async () => {
        const random = rng(20261127);
        const published = new Set(
          (await lib.db.article.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } })).map(
            (a) => a.slug,
          ),
        );
        const separators = [" ", " ", "", "-", '"', "  "];
        for (let n = 0; n < 300; n++) {
          const length = 1 + Math.floor(random() * 12);
          let q = "";
          for (let t = 0; t < length; t++) {
            q += FUZZ_TOKENS[Math.floor(random() * FUZZ_TOKENS.length)]!;
            q += separators[Math.floor(random() * separators.length)]!;
          }
          const sort = random() < 0.3 ? "newest" : "relevance";
          const results = await search(q, { sort }).catch((error: unknown) => {
            throw new Error(`query #${n} ${JSON.stringify(q)} failed: ${String(error)}`);
          });
          expect(results.hits.length, JSON.stringify(q)).toBeLessThanOrEqual(20);
          expect(results.total, JSON.stringify(q)).toBeGreaterThanOrEqual(results.hits.length);
          for (const hit of results.hits) expect(published.has(hit.slug), `${hit.slug} for ${q}`).toBe(true);
        }
      });

      it("cuts a 10,000-character query and still searches its start", async () => {
        const results = await search(`honey ${"zzz ".repeat(2_500)}`);
        expect(results.hits).toEqual([]);
        const parsed = lib.search.parseSearchQuery(`ferry ${"crossings ".repeat(2_500)}`);
        expect(parsed.truncated).toBe(true);
        expect((await search(`ferry ${"crossings ".repeat(2_500)}`)).hits[0]?.slug).toBe(
          "ferry-timetable-changes-for-winter",
        );
      });
    });

    describe("newsroom", () => {
      it("finds any status, case-insensitively, with word prefixes", async () => {
        const draft = ids.get("draft-tram-fares-to-rise")!;
        expect(await lib.search.searchNewsroomArticleIds("TRAM FARES")).toEqual([draft]);
        expect(await lib.search.searchNewsroomArticleIds("Fare")).toEqual([draft]);
        expect(await lib.search.searchNewsroomArticleIds("lighth")).toEqual([]);
        // (The beekeepers' story, which mentions bumblebees, was deleted above.)
        expect(await lib.search.searchNewsroomArticleIds("bumble")).toEqual([
          ids.get("researchers-map-bumblebee-nests"),
        ]);
      });

      it("the newsroom article list matches words in any case on both databases", async () => {
        const list = await lib.admin.listAdminArticles(editor, { q: "CROSSINGS", sort: "updated", page: 1 });
        expect(list.articles.map((a) => a.slug)).toEqual(["ferry-timetable-changes-for-winter"]);
        const drafts = await lib.admin.listAdminArticles(editor, { q: "museum", sort: "title", page: 1 });
        expect(drafts.articles.map((a) => a.slug)).toEqual(["scheduled-museum-roof-repairs-finished"]);
      });
    });

    describe("broad queries", () => {
      // More matches than are ranked: only the newest RANKED_CANDIDATES (1,000) are, on both databases alike.
      const WORD = "quillwort";
      const minute = 60_000;
      const slugOf = (n: number) => `broad-${String(n).padStart(4, "0")}`;
      let base = 0;

      beforeAll(async () => {
        const { db } = lib;
        const section = await db.section.findUniqueOrThrow({ where: { slug: "city" } });
        const source = await db.source.findUniqueOrThrow({ where: { slug: "lakeside-herald" } });
        base = Date.now() - DAY;
        const story = (n: number, publishedAt: number, title = `Bog survey, plot ${n}`) => ({
          id: slugOf(n),
          slug: slugOf(n),
          title,
          body: `The ${WORD} count in plot ${n} was taken at dawn.`,
          status: "PUBLISHED" as const,
          publishedAt: new Date(publishedAt),
          updatedAt: new Date(publishedAt),
          sectionId: section.id,
          sourceId: source.id,
        });
        // 1,003 stories a minute apart, newest first; the 1,000th and 1,001st (numbers 999 and 1000) share a
        // time and are inserted in the opposite order to their ids, so insertion order can't stand in for id.
        await db.article.createMany({
          data: Array.from({ length: 1_003 }, (_, n) => n)
            .filter((n) => n !== 999 && n !== 1_000)
            .map((n) => story(n, base - n * minute, n === 5 ? `The ${WORD} returns to the bog` : undefined)),
        });
        await db.article.createMany({
          data: [story(1_000, base - 999 * minute), story(999, base - 999 * minute)],
        });
        // The best match of all (the word in its title, twice), but older than every other.
        await db.article.create({
          data: story(1_100, base - 400 * DAY, `${WORD} and more ${WORD}: the old survey`),
        });
      });

      afterAll(async () => {
        await lib.db.article.deleteMany({ where: { slug: { startsWith: "broad-" } } });
      });

      it("counts “more than 1,000” and ranks only the newest 1,000 matches, best first", async () => {
        const first = await search(WORD);
        expect([first.total, first.more, first.totalPages]).toEqual([1_000, true, 50]);
        // A title match among the newest 1,000 comes first; the rest (the same text) newest first.
        expect(first.hits.map((hit) => hit.slug)).toEqual([
          slugOf(5),
          ...[0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map(slugOf),
        ]);
        const last = await search(WORD, { page: 50 });
        const ranked = last.hits.map((hit) => hit.slug);
        expect(ranked).toHaveLength(20);
        // The 1,000th newest by time and then id: of the two stories sharing that time, the higher id.
        expect(ranked.at(-1)).toBe(slugOf(1_000));
        expect(ranked).not.toContain(slugOf(999));
        expect(ranked).not.toContain(slugOf(1_100));
        expect((await search(WORD, { page: 51 })).hits).toEqual([]);
      });

      it("lists the newest 1,000 when sorted newest first, with ties broken by id", async () => {
        const last = await search(WORD, { sort: "newest", page: 50 });
        expect(last.hits.map((hit) => hit.slug)).toEqual([
          ...Array.from({ length: 19 }, (_, n) => slugOf(980 + n)),
          slugOf(1_000),
        ]);
      });

      it("counts exactly 1,000 matches as 1,000, all of them ranked", async () => {
        const filters = {
          from: new Date(base - 1_000 * minute).toISOString(),
          to: new Date(base - minute + 1).toISOString(),
        };
        const first = await search(WORD, { filters });
        expect([first.total, first.more, first.totalPages, first.hits[0]?.slug]).toEqual([
          1_000,
          false,
          50,
          slugOf(5),
        ]);
        const last = await search(WORD, { filters, sort: "newest", page: 50 });
        expect(last.hits.map((hit) => hit.slug).slice(-2)).toEqual([slugOf(1_000), slugOf(999)]);
      });

      it("ranks every match again once words or dates narrow the search below 1,000", async () => {
        const until = new Date(Date.now() - 100 * DAY).toISOString();
        expect(await slugs(WORD, { filters: { to: until } })).toEqual([slugOf(1_100)]);
        const narrow = await search(`${WORD} returns`);
        expect([narrow.total, narrow.more, narrow.hits.map((hit) => hit.slug)]).toEqual([
          1,
          false,
          [slugOf(5)],
        ]);
      });
    });

    describe("bulk loads", () => {
      it("rows written straight through the driver (the synthetic seed) are indexed like the newsroom's", async () => {
        const { seedSynthetic } = await import("../../prisma/seed/synthetic");
        const before = (await search("harbour")).total;
        await seedSynthetic(lib.db, 40, database.url);
        const results = await search("harbour");
        expect(results.total).toBeGreaterThan(before);
        const [row] = await lib.db.$queryRawUnsafe<{ n: bigint }[]>(
          `SELECT count(*) AS n FROM "Article" WHERE "slug" LIKE 'synthetic-%'`,
        );
        expect(Number(row!.n)).toBe(40);
        const tag = await lib.db.tag.findFirstOrThrow({
          where: { slug: { startsWith: "topic-" }, articles: { some: {} } },
          select: { name: true, articles: { select: { articleId: true } } },
        });
        const byTag = await search(tag.name);
        expect(byTag.hits.map((hit) => hit.id).sort()).toEqual(tag.articles.map((a) => a.articleId).sort());
      });
    });
  });
}
