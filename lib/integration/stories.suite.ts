import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { articles as seedArticles } from "../../prisma/seed-data";
import { insertCorpusArticles, readOutletCorpus, type CorpusArticle } from "../../scripts/lib/outlet-corpus";
import { skipPostgres, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";
import { newArticleInput, seededViewer } from "./newsroom-fixtures";
import { createSeededDatabase } from "./seeded-database";

type Modules = {
  db: typeof import("../db").db;
  assign: typeof import("../stories/assign");
  stories: typeof import("../stories");
  editing: typeof import("../stories/editing");
  admin: typeof import("../admin/articles");
};

/**
 * Stories on a real database: assignment as articles arrive (through the newsroom's own publish, and straight
 * from the corpus as the importer would), merge, split, lead choice and locks.
 */
export function defineStoriesTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(`stories on ${provider}`, () => {
    let database: TestDatabase;
    let lib: Modules;
    const corpus = readOutletCorpus();
    /** corpus id → article id, for what has been inserted so far. */
    const inserted = new Map<string, string>();

    beforeAll(async () => {
      database = await createSeededDatabase(provider, `stories_${provider}`);
      lib = {
        db: (await import("../db")).db,
        assign: await import("../stories/assign"),
        stories: await import("../stories"),
        editing: await import("../stories/editing"),
        admin: await import("../admin/articles"),
      };
    });

    afterAll(async () => {
      await lib?.db.$disconnect();
      await database?.drop();
    });

    const viewer = (key: string) => seededViewer(lib.db, key);

    /** Inserts the corpus's articles of these gold stories, in publication order, assigning each on arrival. */
    async function importStories(...stories: string[]): Promise<CorpusArticle[]> {
      const articles = corpus.articles
        .filter((article) => stories.includes(article.story))
        .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
      const ids = await insertCorpusArticles(lib.db, corpus, articles, async (id) => {
        await lib.assign.assignArticle(lib.db, id);
      });
      for (const [corpusId, id] of ids) inserted.set(corpusId, id);
      return articles;
    }

    const storyIdOf = async (corpusId: string) =>
      (await lib.db.article.findUniqueOrThrow({ where: { id: inserted.get(corpusId)! } })).storyId;

    it("the demo seed leaves every published article in a story, some covered by several outlets", async () => {
      const unassigned = await lib.db.article.count({ where: { status: "PUBLISHED", storyId: null } });
      expect(unassigned).toBe(0);
      const multiOutlet = await lib.db.story.count({ where: { sourceCount: { gte: 3 } } });
      expect(multiOutlet).toBeGreaterThan(0);
    });

    it("joining a story is not an edit: seeded articles keep their own 'Updated' times", async () => {
      const published = await lib.db.article.findMany({
        where: { status: "PUBLISHED", storyId: { not: null } },
        select: { slug: true, publishedAt: true, updatedAt: true },
      });
      const shownAsUpdated = published
        .filter((article) => article.updatedAt.getTime() - article.publishedAt!.getTime() > 60_000)
        .map((article) => article.slug);
      const seededSlugs = new Set(published.map((article) => article.slug));
      expect(shownAsUpdated.sort()).toEqual(
        seedArticles
          .filter((article) => article.updatedHoursAgo !== undefined && seededSlugs.has(article.slug))
          .map((article) => article.slug)
          .sort(),
      );
    });

    it("groups near misses apart: one place, two events; one kind of event, two places", async () => {
      const stories = ["velden-flood", "velden-budget-vote", "brackwater-flood"];
      const articles = await importStories(...stories);
      const storyByGold = new Map<string, Set<string | null>>();
      for (const article of articles) {
        if (!storyByGold.has(article.story)) storyByGold.set(article.story, new Set());
        storyByGold.get(article.story)!.add(await storyIdOf(article.id));
      }
      for (const gold of stories) expect(storyByGold.get(gold)!.size, gold).toBe(1);
      const distinct = new Set(stories.map((gold) => [...storyByGold.get(gold)!][0]));
      expect(distinct.size).toBe(stories.length);

      const flood = articles.filter((article) => article.story === "velden-flood");
      const story = await lib.db.story.findUniqueOrThrow({ where: { id: (await storyIdOf(flood[0]!.id))! } });
      expect(story.articleCount).toBe(flood.length);
      expect(story.sourceCount).toBe(new Set(flood.map((article) => article.outlet)).size);
      expect(story.firstPublishedAt.toISOString()).toBe(flood[0]!.publishedAt);
      expect(story.lastPublishedAt.toISOString()).toBe(flood.at(-1)!.publishedAt);

      const page = (await lib.stories.getStoryPage(story.slug, 1))!;
      expect(page.firstReport?.outlet).toBe(corpus.outlets.find((o) => o.slug === flood[0]!.outlet)!.name);
      expect(page.articles.map((card) => card.publishedAt.getTime())).toEqual(
        [...page.articles.map((card) => card.publishedAt.getTime())].sort((a, b) => b - a),
      );
      expect(page.outlets.reduce((sum, outlet) => sum + outlet.count, 0)).toBe(flood.length);
      expect(await lib.stories.getStoryPage("no-such-story", 1)).toBeNull();
    });

    it("publishing in the newsroom joins the matching story, and unpublishing takes the article out", async () => {
      const editor = await viewer("editor");
      const flood = corpus.articles.filter((article) => article.story === "velden-flood");
      const storyId = (await storyIdOf(flood[0]!.id))!;
      const before = await lib.db.story.findUniqueOrThrow({ where: { id: storyId } });
      const [section, ownSource] = await Promise.all([
        lib.db.section.findFirstOrThrow(),
        lib.db.source.findUniqueOrThrow({ where: { slug: "harbour-ledger" } }),
      ]);
      const input = await newArticleInput(lib.db, {
        title: "Velden clears the Lisse floodwater from the market square",
        body: "Crews from the Velden Water Board pumped floodwater out of the market square as the Lisse fell back, Maren Ostrander said.",
        excerpt: "The Lisse flood in Velden recedes as the Velden Water Board pumps out the market square.",
        sectionId: section.id,
        sourceId: ownSource.id,
        authorIds: [],
      });
      const saved = await lib.admin.saveArticle(editor, null, input, {
        expectedVersion: null,
        intent: "publish",
        publishAt: null,
      });
      if (!saved.ok) throw new Error(saved.error);
      // Published now, weeks after the corpus's flood: outside the window, so it starts a story of its own...
      const own = await lib.db.article.findUniqueOrThrow({ where: { id: saved.id } });
      expect(own.storyId).not.toBeNull();
      expect(own.storyId).not.toBe(storyId);

      // ...while the same text dated inside the window joins the flood, and becomes its lead (our own coverage).
      const inWindow = new Date(before.lastPublishedAt.getTime() + 3_600_000);
      await lib.db.article.update({
        where: { id: saved.id },
        data: { storyId: null, publishedAt: inWindow },
      });
      await lib.assign.refreshStory(lib.db, own.storyId!);
      await lib.assign.assignArticle(lib.db, saved.id);
      const joined = await lib.db.story.findUniqueOrThrow({ where: { id: storyId } });
      expect((await lib.db.article.findUniqueOrThrow({ where: { id: saved.id } })).storyId).toBe(storyId);
      expect(joined.articleCount).toBe(before.articleCount + 1);
      expect(joined.leadArticleId).toBe(saved.id);
      expect(await lib.db.story.findUnique({ where: { id: own.storyId! } })).toBeNull();
      expect((await lib.stories.getStoryCoverage(saved.id))?.outletCount).toBe(joined.sourceCount);

      const unpublished = await lib.admin.saveArticle(
        editor,
        saved.id,
        { ...input, slug: saved.slug },
        {
          expectedVersion: saved.version,
          intent: "unpublish",
          publishAt: null,
        },
      );
      expect(unpublished.ok).toBe(true);
      const after = await lib.db.story.findUniqueOrThrow({ where: { id: storyId } });
      expect((await lib.db.article.findUniqueOrThrow({ where: { id: saved.id } })).storyId).toBeNull();
      expect(after.articleCount).toBe(before.articleCount);
      expect(after.leadArticleId).not.toBe(saved.id);
    });

    it("an editor merges two stories and splits an article out again, each audited", async () => {
      const editor = await viewer("editor");
      const festival = corpus.articles.find((article) => article.story === "brackwater-flood")!;
      const budget = corpus.articles.find((article) => article.story === "velden-budget-vote")!;
      const festivalStory = (await storyIdOf(festival.id))!;
      const budgetStory = (await storyIdOf(budget.id))!;
      const [a, b] = await Promise.all([
        lib.db.story.findUniqueOrThrow({ where: { id: festivalStory } }),
        lib.db.story.findUniqueOrThrow({ where: { id: budgetStory } }),
      ]);

      const contributor = await viewer("contributor");
      await expect(lib.editing.mergeStories(contributor, festivalStory, budgetStory)).rejects.toThrow();

      const merged = await lib.editing.mergeStories(editor, festivalStory, budgetStory);
      expect(merged).toMatchObject({ ok: true, slug: a.slug });
      const into = await lib.db.story.findUniqueOrThrow({ where: { id: festivalStory } });
      expect(into.articleCount).toBe(a.articleCount + b.articleCount);
      expect(await lib.db.story.findUnique({ where: { id: budgetStory } })).toBeNull();
      expect(await lib.stories.getStoryPage(b.slug, 1)).toBeNull();

      const split = await lib.editing.splitArticle(editor, inserted.get(budget.id)!);
      if (!split.ok) throw new Error(split.error);
      const moved = await lib.db.article.findUniqueOrThrow({
        where: { id: inserted.get(budget.id)! },
        select: { story: true },
      });
      expect(moved.story).toMatchObject({ slug: split.slug, articleCount: 1, locked: true });
      expect((await lib.db.story.findUniqueOrThrow({ where: { id: festivalStory } })).articleCount).toBe(
        into.articleCount - 1,
      );

      const audit = await lib.db.auditLog.findMany({
        where: { action: { in: ["story.merge", "story.split"] }, actorId: editor.id },
        orderBy: { createdAt: "asc" },
      });
      expect(audit.map((entry) => entry.action)).toEqual(["story.merge", "story.split"]);
    });

    it("an editor's lead choice holds when newer coverage arrives, and renames keep the address", async () => {
      const editor = await viewer("editor");
      const articles = corpus.articles
        .filter((article) => article.story === "port-avel-dock-strike")
        .sort((x, y) => x.publishedAt.localeCompare(y.publishedAt));
      const first = articles.slice(0, 4);
      await insertCorpusArticles(lib.db, corpus, first, async (id) => {
        await lib.assign.assignArticle(lib.db, id);
      }).then((ids) => ids.forEach((id, corpusId) => inserted.set(corpusId, id)));
      const storyId = (await storyIdOf(first[0]!.id))!;
      // Only ingested articles so far: the newest is the automatic lead.
      expect((await lib.db.story.findUniqueOrThrow({ where: { id: storyId } })).leadArticleId).toBe(
        inserted.get(first.at(-1)!.id),
      );

      const chosen = inserted.get(first[0]!.id)!;
      expect(await lib.editing.chooseLead(editor, storyId, chosen)).toMatchObject({ ok: true });
      const more = articles.slice(4, 7);
      const ids = await insertCorpusArticles(lib.db, corpus, more, async (id) => {
        await lib.assign.assignArticle(lib.db, id);
      });
      const story = await lib.db.story.findUniqueOrThrow({ where: { id: storyId } });
      expect(story.articleCount).toBe(7);
      expect(story.leadArticleId).toBe(chosen);
      for (const id of ids.values())
        expect((await lib.db.article.findUniqueOrThrow({ where: { id } })).storyId).toBe(storyId);

      const renamed = await lib.editing.renameStory(editor, storyId, {
        title: "Port Avel dock strike",
        description: "The container terminal walkout, day by day.",
      });
      expect(renamed).toMatchObject({ ok: true, slug: story.slug });
      expect((await lib.stories.getStoryPage(story.slug, 1))?.title).toBe("Port Avel dock strike");
    });

    it("a locked story takes no new articles by itself", async () => {
      const editor = await viewer("editor");
      const articles = corpus.articles
        .filter((article) => article.story === "port-avel-dock-strike")
        .sort((x, y) => x.publishedAt.localeCompare(y.publishedAt));
      const storyId = (await storyIdOf(articles[0]!.id))!;
      expect(await lib.editing.setStoryLocked(editor, storyId, true)).toMatchObject({ ok: true });
      const next = articles.slice(7, 9);
      const ids = await insertCorpusArticles(lib.db, corpus, next, async (id) => {
        await lib.assign.assignArticle(lib.db, id);
      });
      for (const id of ids.values())
        expect((await lib.db.article.findUniqueOrThrow({ where: { id } })).storyId).not.toBe(storyId);
      expect((await lib.db.story.findUniqueOrThrow({ where: { id: storyId } })).articleCount).toBe(7);
      expect(
        await lib.db.auditLog.count({
          where: { action: "story.lock", entityId: storyId, actorId: editor.id },
        }),
      ).toBe(1);
    });
  });
}
