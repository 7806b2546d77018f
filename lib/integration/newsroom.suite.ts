import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { skipPostgres, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";
import { newArticleInput, seededViewer } from "./newsroom-fixtures";
import { createSeededDatabase } from "./seeded-database";
import type { ArticleInput } from "../admin/articles";
import type { Viewer } from "../auth";

type Modules = {
  admin: typeof import("../admin/articles");
  articles: typeof import("../articles");
  publishing: typeof import("../publishing");
  db: typeof import("../db").db;
};

/** The newsroom's article workflow on a real database: roles, states, conflicts, slugs, revisions, scheduling. */
export function defineNewsroomTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(`newsroom articles on ${provider}`, () => {
    let database: TestDatabase;
    let lib: Modules;
    let serial = 0;
    let baseInput: Omit<ArticleInput, "title" | "slug">;

    beforeAll(async () => {
      database = await createSeededDatabase(provider, `newsroom_${provider}`);
      lib = {
        admin: await import("../admin/articles"),
        articles: await import("../articles"),
        publishing: await import("../publishing"),
        db: (await import("../db")).db,
      };
      baseInput = await newArticleInput(lib.db, {
        dek: "A dek.",
        body: "First paragraph.\n\nSecond paragraph.",
        excerpt: "An excerpt.",
        tags: ["Newsroom Test"],
      });
    });

    afterAll(async () => {
      await lib?.db.$disconnect();
      await database?.drop();
    });

    const viewer = (key: string) => seededViewer(lib.db, key);

    const input = (title: string, slug = ""): ArticleInput => ({ ...baseInput, title, slug });
    const unique = (label: string) => `${label} ${++serial} ${provider}`;

    async function create(who: Viewer, title: string, intent: "save" | "publish" = "save") {
      const result = await lib.admin.saveArticle(who, null, input(title), {
        expectedVersion: null,
        intent,
        publishAt: null,
      });
      if (!result.ok) throw new Error(result.error);
      return result;
    }

    it("a contributor drafts and submits, but cannot publish or edit after submitting", async () => {
      const contributor = await viewer("contributor");
      const draft = await create(contributor, unique("Contributor draft"));
      expect(draft.status).toBe("DRAFT");

      const publish = await lib.admin.saveArticle(
        contributor,
        draft.id,
        input("Try to publish", draft.slug),
        { expectedVersion: draft.version, intent: "publish", publishAt: null },
      );
      expect(publish.ok).toBe(false);

      const submitted = await lib.admin.saveArticle(
        contributor,
        draft.id,
        input("Submitted draft", draft.slug),
        { expectedVersion: draft.version, intent: "submit", publishAt: null },
      );
      expect(submitted).toMatchObject({ ok: true, status: "SUBMITTED" });

      const later = await lib.admin.saveArticle(
        contributor,
        draft.id,
        input("Edited after submitting", draft.slug),
        { expectedVersion: 2, intent: "save", publishAt: null },
      );
      expect(later).toMatchObject({ ok: false, error: "You can only edit your own drafts." });
      expect(await lib.articles.getArticleBySlug(draft.slug)).toBeNull();
    });

    it("a contributor cannot edit someone else's draft; an editor can edit anything and publish", async () => {
      const editor = await viewer("editor");
      const contributor = await viewer("contributor");
      const draft = await create(editor, unique("Editor draft"));
      const intrusion = await lib.admin.saveArticle(contributor, draft.id, input("Hijacked", draft.slug), {
        expectedVersion: draft.version,
        intent: "save",
        publishAt: null,
      });
      expect(intrusion.ok).toBe(false);

      const published = await lib.admin.saveArticle(
        editor,
        draft.id,
        input("Published by the editor", draft.slug),
        { expectedVersion: draft.version, intent: "publish", publishAt: null },
      );
      expect(published).toMatchObject({ ok: true, status: "PUBLISHED" });
      expect((await lib.articles.getArticleBySlug(draft.slug))?.title).toBe("Published by the editor");

      const unpublished = await lib.admin.saveArticle(
        editor,
        draft.id,
        input("Published by the editor", draft.slug),
        { expectedVersion: draft.version + 1, intent: "unpublish", publishAt: null },
      );
      expect(unpublished).toMatchObject({ ok: true, status: "DRAFT" });
      expect(await lib.articles.getArticleBySlug(draft.slug)).toBeNull();
      expect(await lib.articles.getSlugRedirect(draft.slug)).toBeNull();
    });

    it("the second of two saves from the same version is a conflict, and the first one's text survives", async () => {
      const editor = await viewer("editor");
      const admin = await viewer("admin");
      const article = await create(editor, unique("Contested"));
      const [first, second] = await Promise.all([
        lib.admin.saveArticle(editor, article.id, input("Editor's version", article.slug), {
          expectedVersion: article.version,
          intent: "save",
          publishAt: null,
        }),
        lib.admin.saveArticle(admin, article.id, input("Admin's version", article.slug), {
          expectedVersion: article.version,
          intent: "save",
          publishAt: null,
        }),
      ]);
      const outcomes = [first, second];
      expect(outcomes.filter((r) => r.ok)).toHaveLength(1);
      expect(outcomes.find((r) => !r.ok)).toMatchObject({ ok: false, conflict: true });
      const winner = outcomes.find((r) => r.ok) === first ? "Editor's version" : "Admin's version";
      expect((await lib.db.article.findUniqueOrThrow({ where: { id: article.id } })).title).toBe(winner);
    });

    it("slugs are normalised and unique; renaming a published story keeps the old URL as a 301", async () => {
      const editor = await viewer("editor");
      const spaced = await lib.admin.saveArticle(
        editor,
        null,
        input(unique("Spaced slug"), "  Crème brûlée   Ünïcode  Story 東京 "),
        { expectedVersion: null, intent: "save", publishAt: null },
      );
      expect(spaced).toMatchObject({ ok: true, slug: "creme-brulee-unicode-story" });

      const duplicate = await lib.admin.saveArticle(
        editor,
        null,
        input(unique("Duplicate"), "creme-brulee-unicode-story"),
        { expectedVersion: null, intent: "save", publishAt: null },
      );
      expect(duplicate).toMatchObject({
        ok: false,
        fieldErrors: { slug: expect.stringContaining("already used") },
      });

      const onlyOtherScripts = await lib.admin.saveArticle(editor, null, input("東京", "東京"), {
        expectedVersion: null,
        intent: "save",
        publishAt: null,
      });
      expect(onlyOtherScripts).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(String) } });

      const live = await create(editor, unique("Renamed story"), "publish");
      const renamed = await lib.admin.saveArticle(
        editor,
        live.id,
        input("Renamed story", `${live.slug}-v2`),
        { expectedVersion: live.version, intent: "save", publishAt: null },
      );
      expect(renamed).toMatchObject({ ok: true, slug: `${live.slug}-v2` });
      expect(await lib.articles.getSlugRedirect(live.slug)).toBe(`${live.slug}-v2`);
      const taken = await lib.admin.saveArticle(editor, null, input(unique("Squatter"), live.slug), {
        expectedVersion: null,
        intent: "save",
        publishAt: null,
      });
      expect(taken.ok).toBe(false);
    });

    it("every save stores a revision, and restoring one brings its text back as a new revision", async () => {
      const editor = await viewer("editor");
      const article = await create(editor, unique("Revised"));
      const second = await lib.admin.saveArticle(
        editor,
        article.id,
        { ...input("Second headline", article.slug), note: "Sharper headline" },
        { expectedVersion: article.version, intent: "save", publishAt: null },
      );
      expect(second.ok).toBe(true);
      const revisions = (await lib.admin.listRevisions(editor, article.id))!;
      expect(revisions.map((r) => r.note)).toEqual(["Sharper headline", "Created"]);
      const restored = await lib.admin.restoreRevision(editor, article.id, revisions[1]!.id);
      expect(restored.ok).toBe(true);
      expect((await lib.db.article.findUniqueOrThrow({ where: { id: article.id } })).title).toMatch(
        /^Revised/,
      );
      expect(await lib.admin.listRevisions(editor, article.id)).toHaveLength(3);
      expect(
        await lib.admin.restoreRevision(await viewer("contributor"), article.id, revisions[1]!.id),
      ).toMatchObject({ ok: false });
    });

    it("scheduling needs a future time; a due article goes live when publishing runs, and it is audited", async () => {
      const editor = await viewer("editor");
      const article = await create(editor, unique("Scheduled"));
      const past = await lib.admin.saveArticle(editor, article.id, input("Scheduled", article.slug), {
        expectedVersion: article.version,
        intent: "schedule",
        publishAt: new Date(Date.now() - 1000),
      });
      expect(past).toMatchObject({ ok: false, fieldErrors: { publishAt: expect.any(String) } });

      const soon = new Date(Date.now() + 1500);
      const scheduled = await lib.admin.saveArticle(editor, article.id, input("Scheduled", article.slug), {
        expectedVersion: article.version,
        intent: "schedule",
        publishAt: soon,
      });
      expect(scheduled).toMatchObject({ ok: true, status: "SCHEDULED" });
      expect(await lib.publishing.publishDueArticles()).not.toContain(article.slug);
      expect(await lib.articles.getArticleBySlug(article.slug)).toBeNull();

      await new Promise((resolve) => setTimeout(resolve, 1600));
      expect(await lib.publishing.publishDueArticles()).toContain(article.slug);
      expect((await lib.articles.getArticleBySlug(article.slug))?.publishedAt.getTime()).toBe(soon.getTime());
      const audit = await lib.db.auditLog.findMany({
        where: { entityId: article.id },
        orderBy: { createdAt: "asc" },
      });
      expect(audit.map((a) => a.action)).toEqual([
        "article.create",
        "article.schedule",
        "article.publish-scheduled",
      ]);
    });

    it("autosaving a live story keeps a working copy: readers keep the published text until Update", async () => {
      const editor = await viewer("editor");
      const live = await create(editor, unique("Live story"), "publish");
      const autosaved = await lib.admin.saveArticle(
        editor,
        live.id,
        { ...input("Live story, half-typed", live.slug), body: "Half-typed paragr" },
        { expectedVersion: live.version, intent: "autosave", publishAt: null },
      );
      expect(autosaved).toMatchObject({ ok: true, workingCopy: true, version: live.version });
      const readerSees = await lib.articles.getArticleBySlug(live.slug);
      expect(readerSees?.title).not.toBe("Live story, half-typed");
      expect(readerSees?.bodyHtml).toContain("First paragraph.");

      // The editor reopens with the working copy and says what differs from the live version.
      const reopened = await lib.admin.getArticleEditorData(editor, live.id);
      expect(reopened?.article?.title).toBe("Live story, half-typed");
      expect(reopened?.workingCopy?.changedFields).toEqual(expect.arrayContaining(["Headline", "Body"]));

      const updated = await lib.admin.saveArticle(
        editor,
        live.id,
        { ...input("Live story, corrected", live.slug), body: "A corrected paragraph." },
        { expectedVersion: live.version, intent: "save", publishAt: null },
      );
      expect(updated).toMatchObject({ ok: true, status: "PUBLISHED" });
      expect((await lib.articles.getArticleBySlug(live.slug))?.title).toBe("Live story, corrected");
      expect((await lib.admin.getArticleEditorData(editor, live.id))?.workingCopy).toBeNull();

      // A discarded working copy leaves the published version in the editor.
      await lib.admin.saveArticle(editor, live.id, input("Never published", live.slug), {
        expectedVersion: live.version + 1,
        intent: "autosave",
        publishAt: null,
      });
      expect(await lib.admin.discardWorkingCopy(editor, live.id)).toBe(true);
      const afterDiscard = await lib.admin.getArticleEditorData(editor, live.id);
      expect(afterDiscard?.article?.title).toBe("Live story, corrected");
      expect(afterDiscard?.workingCopy).toBeNull();
    });

    it("a failed save changes nothing: an unknown section is refused before anything is written", async () => {
      const editor = await viewer("editor");
      const before = await lib.db.article.count();
      const result = await lib.admin.saveArticle(
        editor,
        null,
        { ...input(unique("Broken")), sectionId: "no-such-section" },
        { expectedVersion: null, intent: "save", publishAt: null },
      );
      expect(result).toMatchObject({ ok: false, fieldErrors: { sectionId: expect.any(String) } });
      expect(await lib.db.article.count()).toBe(before);
    });
  });
}
