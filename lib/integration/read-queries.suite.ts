import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { articles as seedArticles, comments as seedComments } from "../../prisma/seed-data";
import { skipPostgres, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";
import { createSeededDatabase } from "./seeded-database";

type Modules = {
  articles: typeof import("../articles");
  related: typeof import("../related");
  comments: typeof import("../comments");
  taxonomy: typeof import("../taxonomy");
  db: typeof import("../db").db;
};

/** Migrations apply to an empty database, the demo seed runs, and each page's query returns what the page needs. */
export function defineReadQueryTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(`read queries on ${provider}`, () => {
    let database: TestDatabase;
    let lib: Modules;

    beforeAll(async () => {
      database = await createSeededDatabase(provider, `read_queries_${provider}`);
      lib = {
        articles: await import("../articles"),
        related: await import("../related"),
        comments: await import("../comments"),
        taxonomy: await import("../taxonomy"),
        db: (await import("../db")).db,
      };
    });

    afterAll(async () => {
      await lib?.db.$disconnect();
      await database?.drop();
    });

    it("home: the editor's first lead, then headlines, latest and one rail per section, without repeats", async () => {
      const home = await lib.articles.getHomePage();
      const expectedLead = seedArticles.find((article) => article.isLead && article.leadOrder === 1)!;
      expect(home.lead?.slug).toBe(expectedLead.slug);
      expect(home.headlines.length).toBeGreaterThanOrEqual(4);
      expect(home.latest.length).toBeGreaterThan(0);
      const frontIds = [home.lead!.id, ...home.headlines.map((a) => a.id), ...home.latest.map((a) => a.id)];
      expect(new Set(frontIds).size).toBe(frontIds.length);
      const sections = await lib.taxonomy.getSections();
      expect(home.rails.map((rail) => rail.section.slug).sort()).toEqual(sections.map((s) => s.slug).sort());
      for (const rail of home.rails) {
        expect(rail.articles.length).toBeGreaterThanOrEqual(1);
        expect(rail.articles.length).toBeLessThanOrEqual(5);
      }
      const latestTimes = home.latest.map((a) => a.publishedAt.getTime());
      expect([...latestTimes].sort((a, b) => b - a)).toEqual(latestTimes);
    });

    it("home: without an editor's lead, the newest story leads", async () => {
      await lib.db.article.updateMany({ data: { isLead: false } });
      try {
        const home = await lib.articles.getHomePage();
        const newest = [...seedArticles].sort((a, b) => a.hoursAgo - b.hoursAgo)[0]!;
        expect(home.lead?.slug).toBe(newest.slug);
      } finally {
        for (const article of seedArticles.filter((a) => a.isLead)) {
          await lib.db.article.update({ where: { slug: article.slug }, data: { isLead: true } });
        }
      }
    });

    it("article: everything the page shows, with a sanitised body", async () => {
      const seed = seedArticles.find((article) => article.tags.length >= 2 && article.authors.length >= 1)!;
      const article = await lib.articles.getArticleBySlug(seed.slug);
      expect(article).not.toBeNull();
      expect(article!.title).toBe(seed.title);
      expect(article!.dek).toBe(seed.dek);
      expect(article!.source.slug).toBe(seed.source);
      expect(article!.authors.map((a) => a.slug)).toEqual(seed.authors);
      expect(article!.tags.map((t) => t.slug).sort()).toEqual([...seed.tags].sort());
      expect(article!.heroImage?.alt).toBe(seed.hero.alt);
      expect(article!.readingMinutes).toBeGreaterThanOrEqual(1);
      expect(article!.bodyHtml).toContain("<p>");

      for (const candidate of seedArticles.filter((a) => /<script|onerror/i.test(a.body))) {
        const rendered = await lib.articles.getArticleBySlug(candidate.slug);
        expect(rendered!.bodyHtml).not.toMatch(/<script|onerror|javascript:/i);
      }
    });

    it("article: unknown, malformed and unpublished slugs are null", async () => {
      expect(await lib.articles.getArticleBySlug("no-such-story")).toBeNull();
      expect(await lib.articles.getArticleBySlug("../../etc/passwd")).toBeNull();
      const seed = seedArticles[seedArticles.length - 1]!;
      await lib.db.article.update({ where: { slug: seed.slug }, data: { status: "DRAFT" } });
      try {
        expect(await lib.articles.getArticleBySlug(seed.slug)).toBeNull();
      } finally {
        await lib.db.article.update({ where: { slug: seed.slug }, data: { status: "PUBLISHED" } });
      }
    });

    it("related: pinned first, at most six, never itself or an unpublished story", async () => {
      const seed = seedArticles.find((article) => (article.pinnedRelated?.length ?? 0) > 0)!;
      const article = await lib.db.article.findUniqueOrThrow({ where: { slug: seed.slug } });
      const related = await lib.related.getRelatedArticles(article.id);
      expect(related.length).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(6);
      expect(related.map((a) => a.slug).slice(0, seed.pinnedRelated!.length)).toEqual(seed.pinnedRelated);
      expect(related.map((a) => a.id)).not.toContain(article.id);
      for (const item of related) {
        expect(item.source.name).toBeTruthy();
        expect(item.title).toBeTruthy();
        expect(item.excerpt).toBeTruthy();
        expect(item.publishedAt).toBeInstanceOf(Date);
      }

      const hidden = related[0]!;
      await lib.db.article.update({ where: { id: hidden.id }, data: { status: "DRAFT" } });
      try {
        const after = await lib.related.getRelatedArticles(article.id);
        expect(after.map((a) => a.id)).not.toContain(hidden.id);
      } finally {
        await lib.db.article.update({ where: { id: hidden.id }, data: { status: "PUBLISHED" } });
      }
    });

    it("related: a story in a cluster is related to others sharing its hashtag", async () => {
      const clusterTag = [...new Set(seedArticles.flatMap((a) => a.tags))].find(
        (tag) => seedArticles.filter((a) => a.tags.includes(tag)).length >= 4,
      )!;
      const members = seedArticles.filter((a) => a.tags.includes(clusterTag) && !a.pinnedRelated?.length);
      const target = await lib.db.article.findUniqueOrThrow({ where: { slug: members[0]!.slug } });
      const related = await lib.related.getRelatedArticles(target.id);
      const otherMembers = new Set(members.slice(1).map((a) => a.slug));
      expect(related.filter((a) => otherMembers.has(a.slug)).length).toBeGreaterThanOrEqual(
        Math.min(3, otherMembers.size),
      );
    });

    it("archives: 20 a page, newest first, with a total for pagination", async () => {
      const all = await lib.articles.listArchive({ kind: "all" }, 1);
      expect(all.total).toBe(seedArticles.length);
      expect(all.articles).toHaveLength(20);
      const page3 = await lib.articles.listArchive({ kind: "all" }, 3);
      expect(page3.articles).toHaveLength(seedArticles.length - 40);
      const times = all.articles.map((a) => a.publishedAt.getTime());
      expect([...times].sort((a, b) => b - a)).toEqual(times);

      const tagSlug = seedArticles[0]!.tags[0]!;
      const tag = await lib.taxonomy.getTagBySlug(tagSlug);
      const byTag = await lib.articles.listArchive({ kind: "tag", tagId: tag!.id }, 1);
      expect(byTag.total).toBe(seedArticles.filter((a) => a.tags.includes(tagSlug)).length);

      const section = await lib.taxonomy.getSectionBySlug(seedArticles[0]!.section);
      const bySection = await lib.articles.listArchive({ kind: "section", sectionId: section!.id }, 1);
      expect(bySection.total).toBe(seedArticles.filter((a) => a.section === section!.slug).length);

      const source = await lib.taxonomy.getSourceBySlug(seedArticles[0]!.source);
      const bySource = await lib.articles.listArchive({ kind: "source", sourceId: source!.id }, 1);
      expect(bySource.total).toBe(seedArticles.filter((a) => a.source === source!.slug).length);

      const author = await lib.taxonomy.getAuthorBySlug(seedArticles[0]!.authors[0]!);
      const byAuthor = await lib.articles.listArchive({ kind: "author", authorId: author!.id }, 1);
      expect(byAuthor.total).toBe(seedArticles.filter((a) => a.authors.includes(author!.slug)).length);
    });

    it("taxonomy: unknown or malformed names are null", async () => {
      expect(await lib.taxonomy.getTagBySlug("no-such-tag")).toBeNull();
      expect(await lib.taxonomy.getSectionBySlug("Bad Slug")).toBeNull();
      expect(await lib.taxonomy.getSourceBySlug("")).toBeNull();
      expect(await lib.taxonomy.getAuthorBySlug("../x")).toBeNull();
    });

    it("comments: threads with replies, and counts on cards and in the heading", async () => {
      const seedThread = seedComments.find((c) => (c.replies?.length ?? 0) > 0)!;
      const article = await lib.db.article.findUniqueOrThrow({ where: { slug: seedThread.article } });
      const countTree = (c: (typeof seedComments)[number]): number =>
        1 + (c.replies ?? []).reduce((n, r) => n + countTree(r), 0);
      const expectedTotal = seedComments
        .filter((c) => c.article === seedThread.article)
        .reduce((n, c) => n + countTree(c), 0);

      const page = await lib.comments.getCommentThreads(article.id, "newest", 1);
      expect(page.total).toBe(expectedTotal);
      const thread = page.threads.find((t) => t.body === seedThread.body)!;
      expect(thread.replies.map((r) => r.body)).toEqual(seedThread.replies!.map((r) => r.body));
      const counts = await lib.comments.countVisibleComments([article.id]);
      expect(counts.get(article.id)).toBe(expectedTotal);

      const oldest = await lib.comments.getCommentThreads(article.id, "oldest", 1);
      const times = oldest.threads.map((t) => t.createdAt.getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);

      const quiet = seedArticles.find((a) => !seedComments.some((c) => c.article === a.slug))!;
      const quietArticle = await lib.db.article.findUniqueOrThrow({ where: { slug: quiet.slug } });
      const none = await lib.comments.getCommentThreads(quietArticle.id, "newest", 1);
      expect(none.total).toBe(0);
      expect(none.threads).toEqual([]);
    });

    it("comments: hidden ones are not shown or counted; deleted ones stay as placeholders for their replies", async () => {
      const seedThread = seedComments.find((c) => (c.replies?.length ?? 0) > 0)!;
      const article = await lib.db.article.findUniqueOrThrow({ where: { slug: seedThread.article } });
      const root = await lib.db.comment.findFirstOrThrow({
        where: { articleId: article.id, body: seedThread.body },
      });
      const before = await lib.comments.getCommentThreads(article.id, "newest", 1);

      await lib.db.comment.update({ where: { id: root.id }, data: { deletedAt: new Date() } });
      const afterDelete = await lib.comments.getCommentThreads(article.id, "newest", 1);
      const placeholder = afterDelete.threads.find((t) => t.id === root.id)!;
      expect(placeholder.deleted).toBe(true);
      expect(placeholder.body).toBe("");
      expect(placeholder.author).toBeNull();
      expect(placeholder.replies.length).toBe(seedThread.replies!.length);
      expect(afterDelete.total).toBe(before.total - 1);

      await lib.db.comment.update({ where: { id: root.id }, data: { deletedAt: null, status: "HIDDEN" } });
      const afterHide = await lib.comments.getCommentThreads(article.id, "newest", 1);
      expect(afterHide.threads.map((t) => t.id)).not.toContain(root.id);
      await lib.db.comment.update({ where: { id: root.id }, data: { status: "VISIBLE" } });
    });
  });
}
