import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  articles as seedArticles,
  comments as seedComments,
  users as seedUsers,
} from "../../prisma/seed-data";
import { DEFAULT_BANNED_WORDS } from "../../prisma/seed/demo";
import { skipPostgres, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";
import { createSeededDatabase } from "./seeded-database";
import type { Viewer } from "../auth";
import type { Role } from "../generated/sqlite/enums";

type Modules = {
  mutations: typeof import("../comments/mutations");
  comments: typeof import("../comments");
  thread: typeof import("../comments/thread");
  rules: typeof import("../comments/rules");
  db: typeof import("../db").db;
};

const DAY = 24 * 60 * 60_000;

/**
 * The comment domain end to end on a real database: every rule createComment, editComment, deleteComment
 * and reportComment enforce, and what the read functions then show and count.
 */
export function defineCommentTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(`comments on ${provider}`, () => {
    let database: TestDatabase;
    let lib: Modules;
    let userSerial = 0;

    beforeAll(async () => {
      database = await createSeededDatabase(provider, `comments_${provider}`);
      lib = {
        mutations: await import("../comments/mutations"),
        comments: await import("../comments"),
        thread: await import("../comments/thread"),
        rules: await import("../comments/rules"),
        db: (await import("../db")).db,
      };
    });

    afterAll(async () => {
      await lib?.db.$disconnect();
      await database?.drop();
    });

    const viewerSelect = {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      commentingDisabledAt: true,
      commentingDisabledReason: true,
    } as const;

    /** What getViewer() would return for this user. */
    async function viewerFor(where: { id: string } | { email: string }): Promise<Viewer> {
      const user = await lib.db.user.findUniqueOrThrow({
        where,
        select: { ...viewerSelect, passwordHash: true },
      });
      const { passwordHash, ...viewer } = user;
      return { ...viewer, hasPassword: Boolean(passwordHash) };
    }

    const seedViewer = (key: string) => viewerFor({ email: seedUsers.find((u) => u.key === key)!.email });

    /** A fresh reader, two days old unless said otherwise, so rate limits and duplicates start clean. */
    async function newUser(
      options: {
        ageMs?: number;
        role?: Role;
        commentingDisabledAt?: Date;
        commentingDisabledReason?: string;
      } = {},
    ): Promise<Viewer> {
      const n = ++userSerial;
      const { ageMs = 2 * DAY, ...rest } = options;
      const user = await lib.db.user.create({
        data: {
          name: `Test Reader ${n}`,
          email: `comments-test-${n}@test.invalid`,
          createdAt: new Date(Date.now() - ageMs),
          ...rest,
        },
        select: { id: true },
      });
      return viewerFor({ id: user.id });
    }

    /** A published, open article that the seed left without comments (each call gets a different one). */
    const quietArticles = seedArticles.filter(
      (a) => a.commentsOpen !== false && !seedComments.some((c) => c.article === a.slug),
    );
    let quietIndex = 0;
    async function quietArticle(): Promise<{ id: string; slug: string }> {
      const seed = quietArticles[quietIndex++];
      if (!seed) throw new Error("Ran out of comment-free seed articles");
      return lib.db.article.findUniqueOrThrow({
        where: { slug: seed.slug },
        select: { id: true, slug: true },
      });
    }

    async function post(viewer: Viewer | null, articleId: string, body: string, parentId?: string) {
      const result = await lib.mutations.createComment(viewer, { articleId, parentId, body });
      return result;
    }

    async function postOk(
      viewer: Viewer,
      articleId: string,
      body: string,
      parentId?: string,
    ): Promise<string> {
      const result = await post(viewer, articleId, body, parentId);
      if (!result.ok) throw new Error(`Expected the comment to be posted, got: ${result.error}`);
      return result.commentId;
    }

    const storedCount = (articleId: string) => lib.db.comment.count({ where: { articleId } });

    it("threads three levels deep; a reply to a third-level comment lands beside it; rootId marks the thread", async () => {
      const article = await quietArticle();
      const [mira, tomas, ines, reader] = (await Promise.all(
        ["mira", "tomas", "ines", "reader"].map(seedViewer),
      )) as [Viewer, Viewer, Viewer, Viewer];

      const rootId = await postOk(mira, article.id, "Top-level comment on the story.");
      const level2 = await postOk(tomas, article.id, "A reply to the top-level comment.", rootId);
      const level3 = await postOk(ines, article.id, "A reply to the reply.", level2);
      const beside = await postOk(reader, article.id, "A reply to the third-level comment.", level3);

      const rows = await lib.db.comment.findMany({
        where: { articleId: article.id },
        select: { id: true, parentId: true, rootId: true, depth: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(rootId)).toMatchObject({ parentId: null, rootId: null, depth: 0 });
      expect(byId.get(level2)).toMatchObject({ parentId: rootId, rootId, depth: 1 });
      expect(byId.get(level3)).toMatchObject({ parentId: level2, rootId, depth: 2 });
      expect(byId.get(beside)).toMatchObject({ parentId: level2, rootId, depth: 2 });

      const page = await lib.comments.getCommentThreads(article.id, "newest", 1);
      expect(page.total).toBe(4);
      expect(page.topLevelTotal).toBe(1);
      expect(page.threads).toHaveLength(1);
      const [thread] = page.threads;
      expect(thread!.id).toBe(rootId);
      expect(thread!.author?.name).toBe("Mira Tennant");
      expect(thread!.replies.map((r) => r.id)).toEqual([level2]);
      expect(thread!.replies[0]!.replies.map((r) => r.id)).toEqual([level3, beside]);
      expect(thread!.replies[0]!.replies.every((r) => r.replies.length === 0)).toBe(true);

      expect(await lib.thread.commentLocation(beside)).toBe(`/articles/${article.slug}#comment-${beside}`);
    });

    it("a long conversation shows its first replies under the story and the rest on its own pages", async () => {
      const article = await quietArticle();
      const author = await newUser();
      const rootId = await postOk(author, article.id, "A comment that starts a long conversation.");
      const { REPLIES_SHOWN } = lib.comments;
      const { THREAD_PAGE_SIZE } = lib.thread;
      const replyCount = THREAD_PAGE_SIZE + 5;
      const start = Date.now() - 60 * 60_000;
      const replyIds: string[] = [];
      for (let n = 1; n <= replyCount; n++) {
        // The last reply answers the second one, which is on the first page.
        const parentId = n === replyCount ? replyIds[1]! : rootId;
        const row = await lib.db.comment.create({
          data: {
            articleId: article.id,
            userId: author.id,
            parentId,
            rootId,
            depth: n === replyCount ? 2 : 1,
            body: `Reply number ${n}.`,
            createdAt: new Date(start + n * 1000),
          },
          select: { id: true },
        });
        replyIds.push(row.id);
      }

      const story = await lib.comments.getCommentThreads(article.id, "newest", 1);
      const [thread] = story.threads;
      expect(thread!.replies.map((reply) => reply.id)).toEqual(replyIds.slice(0, REPLIES_SHOWN));
      expect(thread!.moreReplies).toEqual({
        count: replyCount - REPLIES_SHOWN,
        firstId: replyIds[REPLIES_SHOWN],
      });
      expect(story.total).toBe(replyCount + 1);

      const first = await lib.thread.getCommentThread(article.slug, rootId, 1);
      expect(first).toMatchObject({ replyTotal: replyCount, page: 1, pageCount: 2 });
      const firstIds = first!.root.replies.map((reply) => reply.id);
      expect(firstIds).toEqual(replyIds.slice(0, THREAD_PAGE_SIZE));
      const second = await lib.thread.getCommentThread(article.slug, rootId, 2);
      expect(second!.root.replies.map((reply) => reply.id)).toEqual(replyIds.slice(THREAD_PAGE_SIZE));
      const answer = second!.root.replies.at(-1)!;
      expect(answer.inReplyTo).toEqual({
        id: replyIds[1],
        name: author.name,
        href: `/articles/${article.slug}/comments/thread/${rootId}#comment-${replyIds[1]}`,
      });
      expect(await lib.thread.getCommentThread(article.slug, rootId, 3)).toBeNull();
      expect(await lib.thread.getCommentThread(article.slug, replyIds[0]!, 1)).toBeNull();

      // A comment's own address leads to wherever it is shown.
      expect(await lib.thread.commentLocation(replyIds[REPLIES_SHOWN - 1]!)).toBe(
        `/articles/${article.slug}#comment-${replyIds[REPLIES_SHOWN - 1]}`,
      );
      expect(await lib.thread.commentLocation(replyIds[REPLIES_SHOWN]!)).toBe(
        `/articles/${article.slug}/comments/thread/${rootId}#comment-${replyIds[REPLIES_SHOWN]}`,
      );
      expect(await lib.thread.commentLocation(replyIds.at(-1)!)).toBe(
        `/articles/${article.slug}/comments/thread/${rootId}/2#comment-${replyIds.at(-1)}`,
      );
    });

    it("replies only to visible comments on the same article", async () => {
      const article = await quietArticle();
      const other = await quietArticle();
      const author = await newUser();
      const replier = await newUser();
      const rootId = await postOk(author, article.id, "A comment people will try to reply to.");

      const elsewhere = await post(replier, other.id, "Replying across articles.", rootId);
      expect(elsewhere).toEqual({
        ok: false,
        error: "The comment you’re replying to is no longer available.",
      });
      const unknown = await post(replier, article.id, "Replying to nothing.", "no-such-comment");
      expect(unknown.ok).toBe(false);

      const pending = await postOk(author, article.id, `Pending because of ${DEFAULT_BANNED_WORDS[0]}.`);
      expect((await post(replier, article.id, "Replying to a pending comment.", pending)).ok).toBe(false);

      await lib.mutations.deleteComment(author, rootId);
      expect((await post(replier, article.id, "Replying to a deleted comment.", rootId)).ok).toBe(false);
      expect(await storedCount(other.id)).toBe(0);
      expect(await storedCount(article.id)).toBe(2);
    });

    it("heading and card counts leave out hidden, pending and deleted comments", async () => {
      const article = await quietArticle();
      const users = await Promise.all(Array.from({ length: 6 }, () => newUser()));
      const visible = await Promise.all(
        users.slice(0, 3).map((u, i) => postOk(u, article.id, `Visible comment number ${i}.`)),
      );
      const reply = await postOk(users[3]!, article.id, "A visible reply.", visible[0]);
      const hidden = await postOk(users[4]!, article.id, "A comment a moderator will hide.");
      await lib.db.comment.update({ where: { id: hidden }, data: { status: "HIDDEN" } });
      const removed = await postOk(users[4]!, article.id, "A comment a moderator will remove.");
      await lib.db.comment.update({ where: { id: removed }, data: { status: "REMOVED" } });
      const pending = await post(users[5]!, article.id, `Check out ${DEFAULT_BANNED_WORDS[1]} today.`);
      expect(pending).toMatchObject({ ok: true, status: "PENDING" });
      const deleted = await postOk(users[5]!, article.id, "A comment its author will delete.");
      expect(await lib.mutations.deleteComment(users[5]!, deleted)).toMatchObject({ ok: true });

      expect(await storedCount(article.id)).toBe(8);
      const page = await lib.comments.getCommentThreads(article.id, "newest", 1);
      expect(page.total).toBe(4); // three top-level comments and one reply
      const counts = await lib.comments.countVisibleComments([article.id, article.id]);
      expect(counts.get(article.id)).toBe(4);

      const shownIds = page.threads.flatMap((t) => [t.id, ...t.replies.map((r) => r.id)]);
      expect(shownIds).toEqual(expect.arrayContaining([...visible, reply]));
      expect(shownIds).not.toContain(hidden);
      expect(shownIds).not.toContain(removed);
      expect(shownIds).not.toContain(pending.ok && pending.commentId);
      // A deleted comment stays as a placeholder in the list but is not counted.
      expect(page.threads.find((t) => t.id === deleted)).toMatchObject({
        deleted: true,
        body: "",
        author: null,
      });
      expect(page.topLevelTotal).toBe(4);
    });

    it("soft delete erases the body and keeps a placeholder for the replies", async () => {
      const article = await quietArticle();
      const author = await newUser();
      const replier = await newUser();
      const stranger = await newUser();
      const rootId = await postOk(author, article.id, "Something I will regret saying.");
      const replyId = await postOk(replier, article.id, "A reply that must survive the deletion.", rootId);

      expect(await lib.mutations.deleteComment(stranger, rootId)).toEqual({
        ok: false,
        error: "You can only delete your own comments.",
      });
      expect(await lib.mutations.deleteComment(null, rootId)).toMatchObject({ ok: false });
      expect(await lib.db.comment.findUniqueOrThrow({ where: { id: rootId } })).toMatchObject({
        deletedAt: null,
        body: "Something I will regret saying.",
      });

      expect(await lib.mutations.deleteComment(author, rootId)).toMatchObject({
        ok: true,
        commentId: rootId,
        articleSlug: article.slug,
      });
      const row = await lib.db.comment.findUniqueOrThrow({ where: { id: rootId } });
      expect(row.body).toBe("");
      expect(row.deletedAt).toBeInstanceOf(Date);

      const page = await lib.comments.getCommentThreads(article.id, "newest", 1);
      expect(page.total).toBe(1);
      expect(page.threads).toHaveLength(1);
      expect(page.threads[0]).toMatchObject({ id: rootId, deleted: true, body: "", author: null });
      expect(page.threads[0]!.replies.map((r) => [r.id, r.body])).toEqual([
        [replyId, "A reply that must survive the deletion."],
      ]);

      expect(await lib.mutations.deleteComment(author, rootId)).toEqual({
        ok: false,
        error: "That comment is no longer available.",
      });
      expect(
        await lib.mutations.editComment(author, { commentId: rootId, body: "Back again" }),
      ).toMatchObject({ ok: false });
    });

    it("staff may delete anyone's comment", async () => {
      const article = await quietArticle();
      const author = await newUser();
      const editor = await seedViewer("editor");
      const id = await postOk(author, article.id, "A comment an editor will take down.");
      expect(await lib.mutations.deleteComment(editor, id)).toMatchObject({ ok: true });
      expect(await lib.db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: "" });
    });

    it("pending comments are shown only to their author", async () => {
      const article = await quietArticle();
      const author = await newUser();
      const other = await newUser();
      const result = await post(
        author,
        article.id,
        `Cheap ${DEFAULT_BANNED_WORDS[0]!.toUpperCase()} offers here.`,
      );
      expect(result).toMatchObject({ ok: true, status: "PENDING" });
      const id = result.ok ? result.commentId : "";

      const own = await lib.comments.getOwnPendingComments(author.id, article.id);
      expect(own.map((c) => c.id)).toEqual([id]);
      expect(await lib.comments.getOwnPendingComments(other.id, article.id)).toEqual([]);
      const page = await lib.comments.getCommentThreads(article.id, "newest", 1);
      expect(page.total).toBe(0);
      expect(page.threads).toEqual([]);
      expect((await lib.comments.countVisibleComments([article.id])).get(article.id)).toBeUndefined();

      await lib.mutations.deleteComment(author, id);
      expect(await lib.comments.getOwnPendingComments(author.id, article.id)).toEqual([]);
    });

    it("links wait for a moderator when the account is under a day old", async () => {
      const article = await quietArticle();
      const newcomer = await newUser({ ageMs: 60 * 60_000 });
      const regular = await newUser();
      expect(await post(newcomer, article.id, "Details at https://example.com/report")).toMatchObject({
        ok: true,
        status: "PENDING",
      });
      expect(await post(newcomer, article.id, "No link in this one.")).toMatchObject({
        ok: true,
        status: "VISIBLE",
      });
      expect(await post(regular, article.id, "Details at www.example.com/report")).toMatchObject({
        ok: true,
        status: "VISIBLE",
      });
    });

    it("refuses comments on closed, unpublished and unknown articles, and stores nothing", async () => {
      const user = await newUser();
      const closedSeed = seedArticles.find((a) => a.commentsOpen === false)!;
      const closed = await lib.db.article.findUniqueOrThrow({
        where: { slug: closedSeed.slug },
        select: { id: true },
      });
      const before = await storedCount(closed.id);
      expect(await post(user, closed.id, "Let me in.")).toEqual({
        ok: false,
        error: "Comments are closed on this story.",
      });
      expect(await storedCount(closed.id)).toBe(before);

      const draft = await quietArticle();
      await lib.db.article.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
      try {
        expect(await post(user, draft.id, "Early bird.")).toEqual({
          ok: false,
          error: "This story isn’t available for comments.",
        });
        expect(await storedCount(draft.id)).toBe(0);
      } finally {
        await lib.db.article.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
      }

      expect(await post(user, "no-such-article", "Hello?")).toEqual({
        ok: false,
        error: "This story isn’t available for comments.",
      });
      expect(await lib.db.comment.count({ where: { userId: user.id } })).toBe(0);
    });

    it("refuses signed-out readers and users whose commenting is turned off, with the reason", async () => {
      const article = await quietArticle();
      expect(await post(null, article.id, "Anonymous words.")).toEqual({
        ok: false,
        error: "Sign in to comment.",
      });
      const banned = await newUser({
        commentingDisabledAt: new Date(),
        commentingDisabledReason: "Repeated personal attacks.",
      });
      expect(await post(banned, article.id, "Am I back?")).toEqual({
        ok: false,
        error: "Commenting has been turned off for your account. Reason: Repeated personal attacks.",
      });
      const bannedNoReason = await newUser({ commentingDisabledAt: new Date() });
      expect(await post(bannedNoReason, article.id, "And me?")).toEqual({
        ok: false,
        error: "Commenting has been turned off for your account.",
      });
      expect(await storedCount(article.id)).toBe(0);
    });

    it("rate limits: the sixth comment within a minute, and the 51st within a day, are refused with a message", async () => {
      const article = await quietArticle();
      const fast = await newUser();
      for (let i = 1; i <= 5; i++) await postOk(fast, article.id, `Quick thought number ${i}.`);
      expect(await post(fast, article.id, "Quick thought number 6.")).toEqual({
        ok: false,
        error: lib.rules.RATE_LIMITS[0].message,
      });
      expect(await lib.db.comment.count({ where: { userId: fast.id } })).toBe(5);

      const busy = await newUser();
      const earlier = new Date(Date.now() - 2 * 60 * 60_000);
      await lib.db.comment.createMany({
        data: Array.from({ length: 50 }, (_, i) => ({
          articleId: article.id,
          userId: busy.id,
          body: `Earlier comment ${i}`,
          createdAt: earlier,
        })),
      });
      expect(await post(busy, article.id, "One more today.")).toEqual({
        ok: false,
        error: lib.rules.RATE_LIMITS[1].message,
      });
      // Older than a day no longer counts.
      await lib.db.comment.updateMany({
        where: { userId: busy.id },
        data: { createdAt: new Date(Date.now() - DAY - 60_000) },
      });
      expect(await post(busy, article.id, "One more today.")).toMatchObject({ ok: true });
    });

    it("refuses the same comment twice within ten minutes", async () => {
      const article = await quietArticle();
      const user = await newUser();
      const first = await postOk(user, article.id, "Exactly the same words.");
      expect(await post(user, article.id, "Exactly the same words.")).toEqual({
        ok: false,
        error: "You’ve already posted that comment.",
      });
      expect(await storedCount(article.id)).toBe(1);
      // Someone else may say the same thing.
      expect(await post(await newUser(), article.id, "Exactly the same words.")).toMatchObject({ ok: true });
      // After ten minutes, it is no longer a duplicate.
      await lib.db.comment.update({
        where: { id: first },
        data: { createdAt: new Date(Date.now() - 11 * 60_000) },
      });
      expect(await post(user, article.id, "Exactly the same words.")).toMatchObject({ ok: true });
    });

    it("one reader's parallel posts still meet the rate limit and the duplicate check", async () => {
      const article = await quietArticle();
      const scripted = await newUser();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => post(scripted, article.id, `Burst comment ${i}.`)),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(5);
      expect(await lib.db.comment.count({ where: { userId: scripted.id } })).toBe(5);

      const repeater = await newUser();
      const same = await Promise.all(
        Array.from({ length: 5 }, () => post(repeater, article.id, "Said five times at once.")),
      );
      expect(same.filter((r) => r.ok)).toHaveLength(1);
    });

    it("a reply under a hidden comment is hidden with it and not counted", async () => {
      const article = await quietArticle();
      const author = await newUser();
      const replier = await newUser();
      const parent = await postOk(author, article.id, "A comment a moderator will hide.");
      await postOk(replier, article.id, "An innocent reply.", parent);
      await lib.db.comment.update({ where: { id: parent }, data: { status: "HIDDEN" } });
      const page = await lib.comments.getCommentThreads(article.id, "newest", 1);
      expect(page.threads).toEqual([]);
      expect(page.total).toBe(0);
      expect((await lib.comments.countVisibleComments([article.id])).get(article.id) ?? 0).toBe(0);
    });

    it("authors may edit for 15 minutes, and only their own comments", async () => {
      const article = await quietArticle();
      const author = await newUser();
      const other = await newUser();
      const id = await postOk(author, article.id, "Teh first draft.");

      expect(await lib.mutations.editComment(other, { commentId: id, body: "Hijacked." })).toEqual({
        ok: false,
        error: "You can only edit your own comments.",
      });
      expect(await lib.mutations.editComment(null, { commentId: id, body: "Hijacked." })).toMatchObject({
        ok: false,
      });

      expect(
        await lib.mutations.editComment(author, { commentId: id, body: "The first draft, fixed." }),
      ).toMatchObject({ ok: true, status: "VISIBLE" });
      const edited = await lib.db.comment.findUniqueOrThrow({ where: { id } });
      expect(edited.body).toBe("The first draft, fixed.");
      expect(edited.editedAt).toBeInstanceOf(Date);

      // A banned word added in an edit sends the comment back to moderation.
      expect(
        await lib.mutations.editComment(author, {
          commentId: id,
          body: `Now with ${DEFAULT_BANNED_WORDS[2]}.`,
        }),
      ).toMatchObject({
        ok: true,
        status: "PENDING",
      });

      await lib.db.comment.update({ where: { id }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
      expect(await lib.mutations.editComment(author, { commentId: id, body: "Too late." })).toEqual({
        ok: false,
        error: "Comments can only be edited for 15 minutes after posting.",
      });
      expect((await lib.db.comment.findUniqueOrThrow({ where: { id } })).body).toBe(
        `Now with ${DEFAULT_BANNED_WORDS[2]}.`,
      );
    });

    it("a reader may report a comment once, and never their own", async () => {
      const article = await quietArticle();
      const author = await newUser();
      const reporter = await newUser();
      const id = await postOk(author, article.id, "A contentious opinion.");

      expect(
        await lib.mutations.reportComment(author, { commentId: id, reason: "SPAM", details: "" }),
      ).toEqual({
        ok: false,
        error: "You can’t report your own comment.",
      });
      expect(
        await lib.mutations.reportComment(null, { commentId: id, reason: "SPAM", details: "" }),
      ).toMatchObject({ ok: false });
      expect(
        await lib.mutations.reportComment(reporter, { commentId: id, reason: "ABUSE", details: "Rude." }),
      ).toEqual({
        ok: true,
        articleSlug: article.slug,
      });
      expect(
        await lib.mutations.reportComment(reporter, { commentId: id, reason: "SPAM", details: "" }),
      ).toEqual({
        ok: false,
        error: "You’ve already reported this comment. Thank you.",
      });
      const reports = await lib.db.commentReport.findMany({ where: { commentId: id } });
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatchObject({ userId: reporter.id, reason: "ABUSE", details: "Rude." });
      // A second reader's report counts separately.
      expect(
        await lib.mutations.reportComment(await newUser(), {
          commentId: id,
          reason: "OFF_TOPIC",
          details: "",
        }),
      ).toMatchObject({ ok: true });
      expect(await lib.db.commentReport.count({ where: { commentId: id } })).toBe(2);
    });

    it("concurrency: 200 readers posting at once all get stored, shown and counted", async () => {
      const article = await quietArticle();
      const createdAt = new Date(Date.now() - 2 * DAY);
      const ids = Array.from({ length: 200 }, (_, i) => `crowd-user-${provider}-${i}`);
      await lib.db.user.createMany({
        data: ids.map((id, i) => ({ id, name: `Crowd ${i}`, email: `crowd-${i}@test.invalid`, createdAt })),
      });
      const viewers = await Promise.all(ids.map((id) => viewerFor({ id })));

      const results = await Promise.all(
        viewers.map((viewer, i) => post(viewer, article.id, `Crowd comment ${i}: same story, my view.`)),
      );
      const failures = results.filter((r) => !r.ok);
      expect(failures).toEqual([]);
      const commentIds = results.map((r) => (r.ok ? r.commentId : ""));
      expect(new Set(commentIds).size).toBe(200);

      expect(await storedCount(article.id)).toBe(200);
      expect((await lib.comments.countVisibleComments([article.id])).get(article.id)).toBe(200);
      const first = await lib.comments.getCommentThreads(article.id, "newest", 1);
      expect(first.total).toBe(200);
      expect(first.topLevelTotal).toBe(200);
      const shown: string[] = [];
      for (let page = 1; page <= 10; page++) {
        const { threads, hasMore } = await lib.comments.getCommentThreads(article.id, "newest", page);
        expect(threads).toHaveLength(20);
        expect(hasMore).toBe(page < 10);
        shown.push(...threads.map((t) => t.id));
      }
      expect(new Set(shown)).toEqual(new Set(commentIds));

      // And 200 replies to one comment at once.
      const rootId = commentIds[0]!;
      const replies = await Promise.all(
        viewers.map((viewer, i) => post(viewer, article.id, `Crowd reply ${i}.`, rootId)),
      );
      expect(replies.filter((r) => !r.ok)).toEqual([]);
      expect(await storedCount(article.id)).toBe(400);
      const { total } = await lib.comments.getCommentThreads(article.id, "newest", 1);
      expect(total).toBe(400);
      // The conversation's own pages hold every reply, once.
      const bodies: string[] = [];
      for (let page = 1; page <= 200 / lib.thread.THREAD_PAGE_SIZE; page++) {
        const thread = await lib.thread.getCommentThread(article.slug, rootId, page);
        bodies.push(...thread!.root.replies.map((r) => r.body));
      }
      expect(bodies).toHaveLength(200);
      expect(new Set(bodies)).toEqual(new Set(viewers.map((_, i) => `Crowd reply ${i}.`)));
    });
  });
}
