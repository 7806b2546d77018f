import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createCacheRuntime, installCacheRuntime } from "../../cache/runtime.mjs";
import { createMemoryTagClock } from "../../cache/tag-clock.mjs";
import type { TestDatabase } from "../../scripts/lib/test-databases";
import type { ArticleInput } from "../admin/articles";
import type { Viewer } from "../auth";
import { newArticleInput, seededViewer } from "./newsroom-fixtures";
import { createSeededDatabase } from "./seeded-database";

/**
 * Every write path, and the cache tags it expires: what readers would see stale if a path forgot one, and
 * what would be needlessly re-rendered (or, for drafts, what would leak a sign of unpublished work) if a path
 * expired too much. The writes run through the data layer, which announces them to lib/cache/invalidation.ts.
 */
type Lib = {
  admin: typeof import("../admin/articles");
  comments: typeof import("../comments/mutations");
  moderation: typeof import("../moderation/comments");
  commenting: typeof import("../moderation/commenting");
  bannedWords: typeof import("../moderation/banned-words");
  account: typeof import("../auth/account-changes");
  users: typeof import("../users");
  publishing: typeof import("../publishing");
  db: typeof import("../db").db;
};

describe("every write expires exactly the cache tags readers depend on", () => {
  let database: TestDatabase;
  let lib: Lib;
  let expired: string[] = [];
  let serial = 0;
  let baseInput: Omit<ArticleInput, "title" | "slug">;

  beforeAll(async () => {
    database = await createSeededDatabase("sqlite", "invalidation");
    const clock = createMemoryTagClock();
    installCacheRuntime(
      createCacheRuntime({
        clock: {
          expire: async (tags, at) => {
            expired.push(...tags);
            await clock.expire(tags, at);
          },
          latestExpiry: (tags) => clock.latestExpiry(tags),
        },
      }),
    );
    lib = {
      admin: await import("../admin/articles"),
      comments: await import("../comments/mutations"),
      moderation: await import("../moderation/comments"),
      commenting: await import("../moderation/commenting"),
      bannedWords: await import("../moderation/banned-words"),
      account: await import("../auth/account-changes"),
      users: await import("../users"),
      publishing: await import("../publishing"),
      db: (await import("../db")).db,
    };
    baseInput = await newArticleInput(lib.db, { dek: "A dek.", body: "A body." });
  });

  afterAll(async () => {
    await lib?.db.$disconnect();
    await database?.drop();
  });

  const viewer = (key: string) => seededViewer(lib.db, key);

  /** The tags `write` expired, sorted; fails if the write itself was refused. */
  async function tagsExpiredBy(write: () => Promise<{ ok: boolean } | unknown>): Promise<string[]> {
    expired = [];
    const result = await write();
    if (result && typeof result === "object" && "ok" in result && result.ok === false)
      throw new Error(`The write was refused: ${JSON.stringify(result)}`);
    return [...new Set(expired)].sort();
  }

  /**
   * What the stories deriver (lib/stories) adds for a write to a live article: its story's page (the story it is
   * in, or `storySlug`, the one it left) and its own "N outlets cover this story" line.
   */
  async function storyTagsOf(articleId: string, storySlug?: string): Promise<string[]> {
    const slug =
      storySlug ??
      (
        await lib.db.article.findUniqueOrThrow({
          where: { id: articleId },
          select: { story: { select: { slug: true } } },
        })
      ).story!.slug;
    return [`article-story:${articleId}`, `story:${slug}`];
  }

  /** `tags` plus the stories deriver's, sorted like tagsExpiredBy's answer. */
  const withStory = async (articleId: string, tags: string[], storySlug?: string) =>
    [...tags, ...(await storyTagsOf(articleId, storySlug))].sort();

  type Intent = "save" | "submit" | "publish" | "schedule" | "unpublish" | "archive" | "autosave";
  type Saved = { id: string; slug: string; version: number };

  async function save(
    who: Viewer,
    article: Saved | null,
    intent: Intent,
    changes: Partial<ArticleInput> = {},
    publishAt: Date | null = null,
  ) {
    const result = await lib.admin.saveArticle(
      who,
      article?.id ?? null,
      { ...baseInput, title: `Story ${++serial}`, slug: article?.slug ?? "", ...changes },
      { expectedVersion: article?.version ?? null, intent, publishAt },
    );
    if (!result.ok) throw new Error(result.error);
    return result;
  }

  async function saveTags(
    who: Viewer,
    article: Saved | null,
    intent: Intent,
    changes: Partial<ArticleInput> = {},
  ) {
    let saved: Saved | undefined;
    const tags = await tagsExpiredBy(async () => {
      saved = await save(who, article, intent, changes);
    });
    return { tags, saved: saved! };
  }

  it("articles: nothing while unseen by readers; lists and the story's page once it is or was live", async () => {
    const editor = await viewer("editor");
    const contributor = await viewer("contributor");

    const created = await saveTags(contributor, null, "save");
    expect(created.tags).toEqual([]);
    const drafted = await saveTags(contributor, created.saved, "save");
    expect(drafted.tags).toEqual([]);
    const submitted = await saveTags(contributor, drafted.saved, "submit");
    expect(submitted.tags).toEqual([]);

    const scheduled = await tagsExpiredBy(() =>
      save(editor, submitted.saved, "schedule", {}, new Date(Date.now() + 60_000)),
    );
    expect(scheduled).toEqual([]);

    const draft = await save(editor, null, "save");
    const autosavedDraft = await saveTags(editor, draft, "autosave");
    expect(autosavedDraft.tags).toEqual([]);

    const published = await saveTags(editor, autosavedDraft.saved, "publish");
    const slug = published.saved.slug;
    const id = published.saved.id;
    expect(published.tags).toEqual(await withStory(id, ["article:" + slug, "articles"]));

    // An autosave of a live story is a working copy: readers' caches are untouched.
    const autosaved = await saveTags(editor, published.saved, "autosave", { body: "Half-typed" });
    expect(autosaved.tags).toEqual([]);

    const updated = await saveTags(editor, autosaved.saved, "save", { body: "Corrected" });
    expect(updated.tags).toEqual(await withStory(id, ["article:" + slug, "articles"]));

    const lead = await saveTags(editor, updated.saved, "save", { isLead: true, leadOrder: 1 });
    expect(lead.tags).toEqual(await withStory(id, ["article:" + slug, "articles"]));

    const other = await save(editor, null, "publish");
    const pinned = await saveTags(editor, lead.saved, "save", { pinnedRelatedIds: [other.id] });
    expect(pinned.tags).toEqual(await withStory(id, ["article:" + slug, "articles"]));

    const renamed = await saveTags(editor, pinned.saved, "save", { slug: `${slug}-renamed` });
    expect(renamed.tags).toEqual(
      await withStory(id, ["article:" + slug, `article:${slug}-renamed`, "articles"]),
    );

    const revisions = await lib.db.articleRevision.findMany({
      where: { articleId: renamed.saved.id },
      orderBy: { createdAt: "asc" },
    });
    const restored = await tagsExpiredBy(() =>
      lib.admin.restoreRevision(editor, renamed.saved.id, revisions[0]!.id),
    );
    expect(restored).toContain("articles");
    expect(restored).toContain(`article:${slug}-renamed`);

    const current = await lib.db.article.findUniqueOrThrow({
      where: { id: renamed.saved.id },
      include: { story: { select: { slug: true } } },
    });
    const unpublished = await saveTags(editor, current, "unpublish");
    expect(unpublished.tags).toEqual(
      await withStory(id, [`article:${current.slug}`, "articles"], current.story!.slug),
    );

    const live = await save(editor, null, "publish");
    const liveStory = (await storyTagsOf(live.id))[1]!.slice("story:".length);
    const archived = await saveTags(editor, live, "archive");
    expect(archived.tags).toEqual(await withStory(live.id, [`article:${live.slug}`, "articles"], liveStory));
  });

  it("a new hashtag expires its own lookup; an existing one expires nothing extra", async () => {
    const editor = await viewer("editor");
    const draft = await saveTags(editor, null, "save", { tags: [`Fresh tag ${serial}`] });
    expect(draft.tags).toEqual([`tag:fresh-tag-${serial - 1}`]);
    const again = await saveTags(editor, null, "save", { tags: [`Fresh tag ${serial - 1}`] });
    expect(again.tags).toEqual([]);
  });

  it("scheduled publishing expires the lists and the story's page when it goes live", async () => {
    const editor = await viewer("editor");
    const draft = await save(editor, null, "save");
    await save(editor, draft, "schedule", {}, new Date(Date.now() + 60_000));
    await lib.db.article.update({ where: { id: draft.id }, data: { publishedAt: new Date(Date.now() - 1) } });
    const tags = await tagsExpiredBy(() => lib.publishing.publishDueArticles());
    expect(tags).toEqual(await withStory(draft.id, [`article:${draft.slug}`, "articles"]));
  });

  it("comments: post, edit, delete and moderation expire the thread (not every list); a report expires nothing", async () => {
    const editor = await viewer("editor");
    const mira = await viewer("mira");
    const tomas = await viewer("tomas");
    const story = await save(editor, null, "publish");
    const thread = [`comments:${story.id}`];

    let commentId = "";
    const posted = await tagsExpiredBy(async () => {
      const result = await lib.comments.createComment(mira, { articleId: story.id, body: "First thoughts." });
      if (!result.ok) throw new Error(result.error);
      commentId = result.commentId;
    });
    expect(posted).toEqual(thread);
    expect(
      await tagsExpiredBy(() => lib.comments.editComment(mira, { commentId, body: "Second thoughts." })),
    ).toEqual(thread);
    expect(
      await tagsExpiredBy(() =>
        lib.comments.reportComment(tomas, { commentId, reason: "SPAM", details: "" }),
      ),
    ).toEqual([]);
    expect(
      await tagsExpiredBy(() =>
        lib.moderation.moderateComments(editor, { action: "hide", commentIds: [commentId], reason: "Test" }),
      ),
    ).toEqual(thread);
    expect(
      await tagsExpiredBy(() =>
        lib.moderation.moderateComments(editor, { action: "restore", commentIds: [commentId] }),
      ),
    ).toEqual(thread);
    expect(await tagsExpiredBy(() => lib.comments.deleteComment(mira, commentId))).toEqual(thread);
  });

  it("accounts: a rename, a role change and a deletion expire the threads the person wrote in; a ban and banned words expire nothing", async () => {
    const editor = await viewer("editor");
    const admin = await viewer("admin");
    const ines = await viewer("ines");
    const story = await save(editor, null, "publish");
    const result = await lib.comments.createComment(ines, { articleId: story.id, body: "A view from Ines." });
    if (!result.ok) throw new Error(result.error);
    const thread = [`comments:${story.id}`];

    expect(await tagsExpiredBy(() => lib.account.updateDisplayName(ines.id, "Ines C."))).toEqual(
      expect.arrayContaining(thread),
    );
    expect(
      await tagsExpiredBy(() => lib.users.changeUserRole(admin, { userId: ines.id, role: "EDITOR" })),
    ).toEqual(expect.arrayContaining(thread));
    expect(
      await tagsExpiredBy(() =>
        lib.commenting.setCommentingDisabled(editor, {
          userId: ines.id,
          disabled: true,
          reason: "Cooling off",
        }),
      ),
    ).toEqual([]);

    let bannedId = "";
    expect(
      await tagsExpiredBy(async () => {
        const added = await lib.bannedWords.addBannedWord(admin, `zzword${serial}`);
        bannedId = (await lib.db.bannedWord.findFirstOrThrow({ where: { word: `zzword${serial}` } })).id;
        return added;
      }),
    ).toEqual([]);
    expect(await tagsExpiredBy(() => lib.bannedWords.removeBannedWord(admin, bannedId))).toEqual([]);

    expect(await tagsExpiredBy(() => lib.account.deleteAccount(ines.id))).toEqual(
      expect.arrayContaining(thread),
    );
  });
});
