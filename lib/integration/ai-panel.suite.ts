import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { skipPostgres, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";
import { newArticleInput, seededViewer } from "./newsroom-fixtures";
import { createSeededDatabase } from "./seeded-database";
import type { ArticleInput } from "../admin/articles";

type Modules = {
  admin: typeof import("../admin/articles");
  ai: typeof import("../ai");
  db: typeof import("../db").db;
};

const FIRST_BODY = [
  "The Orrin ferry will stop running on the first of June after the operator lost its contract.",
  "Islanders say the closure leaves 300 residents without a daily crossing.",
  "The operator, Tern Lines, blamed rising fuel costs for the decision.",
  "",
  "A community group wants to buy a secondhand boat and run the Orrin ferry itself.",
  "The group has raised 40,000 towards the cost of the vessel.",
  "The regional council said it would consider a grant.",
  "",
  "Fishermen have offered to carry passengers in emergencies.",
  "The school on the island will close early on Fridays.",
  "A public meeting about the ferry is planned for next week.",
].join(" ");

const EDITED_BODY = FIRST_BODY.replace(
  "Islanders say the closure leaves 300 residents without a daily crossing.",
  "Tourism on the island has grown steadily.",
);

/** Key points follow the article's edits and restores; Ask and the story so far read the published story. */
export function defineAiPanelTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(`AI panel on ${provider}`, () => {
    let database: TestDatabase;
    let lib: Modules;
    let serial = 0;
    let baseInput: Omit<ArticleInput, "title" | "slug" | "body">;

    beforeAll(async () => {
      database = await createSeededDatabase(provider, `ai_panel_${provider}`);
      lib = {
        admin: await import("../admin/articles"),
        ai: await import("../ai"),
        db: (await import("../db")).db,
      };
      baseInput = await newArticleInput(lib.db);
    });

    afterAll(async () => {
      await lib?.db.$disconnect();
      await database?.drop();
    });

    const editor = () => seededViewer(lib.db, "editor");

    async function publish(title: string, body: string) {
      const result = await lib.admin.saveArticle(
        await editor(),
        null,
        { ...baseInput, title: `${title} ${++serial} ${provider}`, slug: "", body },
        { expectedVersion: null, intent: "publish", publishAt: null },
      );
      if (!result.ok) throw new Error(result.error);
      return result;
    }

    async function edit(article: { id: string; slug: string }, body: string) {
      const current = await lib.db.article.findUniqueOrThrow({ where: { id: article.id } });
      const result = await lib.admin.saveArticle(
        await editor(),
        article.id,
        { ...baseInput, title: current.title, slug: article.slug, body },
        { expectedVersion: current.version, intent: "save", publishAt: null },
      );
      if (!result.ok) throw new Error(result.error);
    }

    const storedPoints = async (articleId: string) =>
      (await lib.db.articleKeyPoint.findMany({ where: { articleId }, orderBy: { position: "asc" } })).map(
        ({ sentenceId, text, chosenByEditor }) => ({ sentenceId, text, chosenByEditor }),
      );

    it("stores key points on publish, quoted from the body, and recomputes them on edit", async () => {
      const article = await publish("Orrin ferry to stop", FIRST_BODY);
      const first = await storedPoints(article.id);
      expect(first.length).toBeGreaterThanOrEqual(3);
      for (const point of first) expect(FIRST_BODY).toContain(point.text);

      // Edit one of the chosen sentences away: the points follow the new text.
      const removed = first[1]!.text;
      const edited = FIRST_BODY.replace(removed, "Tourism on the island has grown steadily.");
      await edit(article, edited);
      const second = await storedPoints(article.id);
      for (const point of second) expect(edited).toContain(point.text);
      expect(second.map((point) => point.text)).not.toContain(removed);
      expect(await lib.ai.getKeyPoints(article.id)).toEqual(
        second.map(({ sentenceId, text }) => ({ sentenceId, text })),
      );
    });

    it("keeps points consistent with the text through a revision restore, the editor's choice included", async () => {
      const article = await publish("Orrin ferry restore", FIRST_BODY);
      const original = await storedPoints(article.id);
      await edit(article, EDITED_BODY);

      const revisions = (await lib.admin.listRevisions(await editor(), article.id))!;
      const restored = await lib.admin.restoreRevision(await editor(), article.id, revisions.at(-1)!.id);
      expect(restored.ok).toBe(true);
      expect(await storedPoints(article.id)).toEqual(original);

      // An editor's choice, in the editor's order, survives an edit elsewhere and a restore.
      const editorial = await lib.ai.getKeyPointEditor(await editor(), article.id);
      const chosen = [...editorial!.sentences]
        .reverse()
        .slice(0, 3)
        .map((sentence) => sentence.sentenceId);
      expect(await lib.ai.saveEditorKeyPoints(await editor(), article.id, chosen)).toEqual({ ok: true });
      await edit(article, EDITED_BODY);
      const afterEdit = await storedPoints(article.id);
      expect(afterEdit.map((point) => point.sentenceId)).toEqual(chosen);
      expect(afterEdit.every((point) => point.chosenByEditor)).toBe(true);

      const latest = (await lib.admin.listRevisions(await editor(), article.id))!;
      expect((await lib.admin.restoreRevision(await editor(), article.id, latest.at(-1)!.id)).ok).toBe(true);
      expect((await storedPoints(article.id)).map((point) => point.sentenceId)).toEqual(chosen);
    });

    it("refuses key points that are not the article's own sentences, and non-editors", async () => {
      const article = await publish("Orrin ferry refusals", FIRST_BODY);
      const before = await storedPoints(article.id);
      const own = (await lib.ai.getKeyPointEditor(await editor(), article.id))!.sentences.map(
        (s) => s.sentenceId,
      );
      const refused = await lib.ai.saveEditorKeyPoints(await editor(), article.id, [
        own[0]!,
        own[1]!,
        "s-made-up",
      ]);
      expect(refused.ok).toBe(false);
      expect(
        await lib.ai.saveEditorKeyPoints(await editor(), article.id, [own[0]!, own[0]!, own[1]!]),
      ).toMatchObject({
        ok: false,
      });
      const contributor = await lib.db.user.findUniqueOrThrow({
        where: { email: "contributor@example.com" },
      });
      expect(
        await lib.ai.saveEditorKeyPoints({ ...contributor, hasPassword: true }, article.id, own.slice(0, 3)),
      ).toMatchObject({ ok: false });
      expect(await storedPoints(article.id)).toEqual(before);
    });

    it("answers from the article and its story, declines what it does not say, and never stores the question", async () => {
      const [a, b, c] = [
        await publish("Orrin ferry story one", FIRST_BODY),
        await publish(
          "Orrin ferry story two",
          "Tern Lines confirmed the last Orrin sailing will leave at 6pm on the first of June. The company said 14 staff would be redeployed.",
        ),
        await publish(
          "Orrin ferry story three",
          "The Orrin community group bought a boat called the Petrel for 120,000.",
        ),
      ];
      const story = await lib.db.story.create({
        data: {
          slug: `orrin-ferry-${provider}`,
          title: "Orrin ferry",
          firstPublishedAt: new Date(Date.now() - 3_000),
          lastPublishedAt: new Date(),
        },
      });
      await lib.db.article.updateMany({
        where: { id: { in: [a.id, b.id, c.id] } },
        data: { storyId: story.id },
      });

      const answer = await lib.ai.askStory(a.slug, "How many staff will Tern Lines redeploy?", "203.0.113.9");
      expect(answer).toMatchObject({ kind: "answer" });
      const quote = answer!.kind === "answer" ? answer!.quotes[0]! : null;
      expect(quote).toMatchObject({ articleSlug: b.slug, sameArticle: false });
      expect(quote!.text).toContain("14 staff");

      const decline = await lib.ai.askStory(a.slug, "What colour is the lighthouse?", "203.0.113.9");
      expect(decline).toMatchObject({ kind: "decline" });
      expect(decline!.kind === "decline" && decline!.keyPoints.length).toBeGreaterThanOrEqual(3);

      expect(await lib.ai.askStory(a.slug, "", "203.0.113.9")).toMatchObject({ kind: "invalid" });
      expect(await lib.ai.askStory("no-such-article", "When?", "203.0.113.9")).toBeNull();

      const hits = await lib.db.rateLimitHit.findMany({ where: { bucket: { contains: "203.0.113.9" } } });
      expect(hits.map((hit) => hit.bucket)).toEqual(hits.map(() => "ask:203.0.113.9"));

      const panel = await lib.ai.getAiPanel(c.id);
      expect(panel?.storySoFar?.entries.map((entry) => entry.articleSlug)).toEqual([a.slug, b.slug, c.slug]);
      expect(panel?.storySoFar?.entries.at(-1)?.current).toBe(true);
    });

    it("an editor can turn the panel off without marking the story updated", async () => {
      const article = await publish("Orrin ferry panel off", FIRST_BODY);
      const before = await lib.db.article.findUniqueOrThrow({ where: { id: article.id } });
      expect(await lib.ai.setAiPanelEnabled(await editor(), article.id, false)).toEqual({ ok: true });
      expect(await lib.ai.getAiPanel(article.id)).toBeNull();
      const after = await lib.db.article.findUniqueOrThrow({ where: { id: article.id } });
      expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    });
  });
}
