import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { articles as seedArticles, users as seedUsers } from "../../prisma/seed-data";
import { skipPostgres, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";
import { createSeededDatabase } from "./seeded-database";
import type { Viewer } from "../auth";
import type { CommentStatus, Role } from "../generated/sqlite/enums";

type Modules = {
  moderation: typeof import("../moderation/comments");
  queue: typeof import("../moderation/queue");
  commenting: typeof import("../moderation/commenting");
  bannedWords: typeof import("../moderation/banned-words");
  users: typeof import("../users");
  audit: typeof import("../users/audit");
  mutations: typeof import("../comments/mutations");
  permissions: typeof import("../permissions");
  db: typeof import("../db").db;
};

const DAY = 24 * 60 * 60_000;

/**
 * The newsroom's moderation and user management on a real database: bulk comment moderation with its audit trail,
 * commenting bans, roles (never zero admins), banned words, and every function refusing roles without the capability.
 */
export function defineModerationTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(`moderation on ${provider}`, () => {
    let database: TestDatabase;
    let lib: Modules;
    let serial = 0;

    beforeAll(async () => {
      database = await createSeededDatabase(provider, `moderation_${provider}`);
      lib = {
        moderation: await import("../moderation/comments"),
        queue: await import("../moderation/queue"),
        commenting: await import("../moderation/commenting"),
        bannedWords: await import("../moderation/banned-words"),
        users: await import("../users"),
        audit: await import("../users/audit"),
        mutations: await import("../comments/mutations"),
        permissions: await import("../permissions"),
        db: (await import("../db")).db,
      };
    });

    afterAll(async () => {
      await lib?.db.$disconnect();
      await database?.drop();
    });

    /** What getViewer() would return for this user. */
    async function viewerFor(where: { id: string } | { email: string }): Promise<Viewer> {
      const { passwordHash, ...viewer } = await lib.db.user.findUniqueOrThrow({
        where,
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          createdAt: true,
          commentingDisabledAt: true,
          commentingDisabledReason: true,
          passwordHash: true,
        },
      });
      return { ...viewer, hasPassword: Boolean(passwordHash) };
    }
    const seedViewer = (key: string) => viewerFor({ email: seedUsers.find((u) => u.key === key)!.email });

    async function newUser(role: Role = "READER"): Promise<Viewer> {
      const n = ++serial;
      const user = await lib.db.user.create({
        data: {
          name: `Moderation Test ${n}`,
          email: `moderation-test-${n}@test.invalid`,
          role,
          createdAt: new Date(Date.now() - 2 * DAY),
        },
        select: { id: true },
      });
      return viewerFor({ id: user.id });
    }

    async function openArticle() {
      const seed = seedArticles.find((a) => a.commentsOpen !== false)!;
      return lib.db.article.findUniqueOrThrow({
        where: { slug: seed.slug },
        select: { id: true, slug: true },
      });
    }

    /** Comments written straight to the database, so rate limits and banned words stay out of the way. */
    async function makeComments(statuses: CommentStatus[]): Promise<string[]> {
      const article = await openArticle();
      const author = await newUser();
      const ids: string[] = [];
      for (const status of statuses) {
        const row = await lib.db.comment.create({
          data: { articleId: article.id, userId: author.id, body: `Comment ${++serial} (${status})`, status },
          select: { id: true },
        });
        ids.push(row.id);
      }
      return ids;
    }

    const statusesOf = async (ids: string[]) =>
      (
        await lib.db.comment.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } })
      ).reduce<Record<string, CommentStatus>>((acc, row) => ({ ...acc, [row.id]: row.status }), {});

    const auditFor = (entityIds: string[], action?: string) =>
      lib.db.auditLog.findMany({
        where: { entityId: { in: entityIds }, ...(action ? { action } : {}) },
        orderBy: { createdAt: "asc" },
      });

    it("bulk approve makes pending comments visible, closes their reports and audits each comment", async () => {
      const editor = await seedViewer("editor");
      const ids = await makeComments(["PENDING", "PENDING", "VISIBLE"]);
      const reporter = await newUser();
      await lib.db.commentReport.create({
        data: { commentId: ids[2]!, userId: reporter.id, reason: "SPAM", details: "Looks like an ad" },
      });

      const reported = await lib.queue.listModerationQueue(editor, { queue: "reported", page: 1 });
      const item = reported.items.find((i) => i.id === ids[2]);
      expect(item?.openReports).toEqual([
        expect.objectContaining({ reason: "SPAM", details: "Looks like an ad" }),
      ]);
      const pending = await lib.queue.listModerationQueue(editor, { queue: "pending", page: 1 });
      expect(pending.items.map((i) => i.id)).toEqual(expect.arrayContaining([ids[0], ids[1]]));
      expect(pending.counts.pending).toBeGreaterThanOrEqual(2);

      const result = await lib.moderation.moderateComments(editor, { action: "approve", commentIds: ids });
      expect(result).toMatchObject({ ok: true, changed: 3, unchanged: 0 });
      expect(Object.values(await statusesOf(ids))).toEqual(["VISIBLE", "VISIBLE", "VISIBLE"]);
      expect(await lib.db.commentReport.count({ where: { commentId: ids[2]!, resolvedAt: null } })).toBe(0);

      const audit = await auditFor(ids, "comment.approve");
      expect(audit).toHaveLength(3);
      for (const entry of audit) {
        expect(entry.actorId).toBe(editor.id);
        expect(entry.entityType).toBe("comment");
      }
      const reportedEntry = audit.find((entry) => entry.entityId === ids[2])!;
      expect(JSON.parse(reportedEntry.before!)).toMatchObject({ status: "VISIBLE", openReports: 1 });
      expect(JSON.parse(reportedEntry.after!)).toMatchObject({ status: "VISIBLE", openReports: 0 });
      expect(JSON.parse(audit.find((entry) => entry.entityId === ids[0])!.before!)).toMatchObject({
        status: "PENDING",
      });

      const again = await lib.queue.listModerationQueue(editor, { queue: "reported", page: 1 });
      expect(again.items.map((i) => i.id)).not.toContain(ids[2]);
    });

    it("bulk hide, remove with a reason and restore, each with before/after in the audit log", async () => {
      const admin = await seedViewer("admin");
      const ids = await makeComments(["VISIBLE", "VISIBLE", "PENDING"]);

      expect(await lib.moderation.moderateComments(admin, { action: "hide", commentIds: ids })).toMatchObject(
        { ok: true, changed: 3 },
      );
      expect(Object.values(await statusesOf(ids))).toEqual(["HIDDEN", "HIDDEN", "HIDDEN"]);

      const removed = await lib.moderation.moderateComments(admin, {
        action: "remove",
        commentIds: ids.slice(0, 2),
        reason: "  Personal attack  ",
      });
      expect(removed).toMatchObject({ ok: true, changed: 2 });
      const rows = await lib.db.comment.findMany({
        where: { id: { in: ids.slice(0, 2) } },
        select: { status: true, moderationNote: true },
      });
      expect(rows).toEqual([
        { status: "REMOVED", moderationNote: "Personal attack" },
        { status: "REMOVED", moderationNote: "Personal attack" },
      ]);
      const removeAudit = await auditFor(ids, "comment.remove");
      expect(removeAudit).toHaveLength(2);
      expect(JSON.parse(removeAudit[0]!.before!)).toMatchObject({ status: "HIDDEN" });
      expect(JSON.parse(removeAudit[0]!.after!)).toMatchObject({
        status: "REMOVED",
        moderationNote: "Personal attack",
      });
      expect(removeAudit[0]!.summary).toContain("Personal attack");

      const all = await lib.queue.listModerationQueue(admin, { queue: "all", status: "REMOVED", page: 1 });
      expect(all.items.every((i) => i.status === "REMOVED")).toBe(true);
      expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining(ids.slice(0, 2)));

      const restored = await lib.moderation.moderateComments(admin, { action: "restore", commentIds: ids });
      expect(restored).toMatchObject({ ok: true, changed: 3 });
      expect(Object.values(await statusesOf(ids))).toEqual(["VISIBLE", "VISIBLE", "VISIBLE"]);
      expect(await lib.db.comment.count({ where: { id: { in: ids }, moderationNote: { not: null } } })).toBe(
        0,
      );
      expect(await auditFor(ids, "comment.restore")).toHaveLength(3);
      expect(await auditFor(ids, "comment.hide")).toHaveLength(3);

      // Restoring again changes nothing and records nothing.
      expect(
        await lib.moderation.moderateComments(admin, { action: "restore", commentIds: ids }),
      ).toMatchObject({ ok: true, changed: 0, unchanged: 3 });
      expect(await auditFor(ids, "comment.restore")).toHaveLength(3);
    });

    it("remove without a reason, an empty selection or a vanished comment are refused and change nothing", async () => {
      const editor = await seedViewer("editor");
      const ids = await makeComments(["PENDING", "VISIBLE"]);

      const noReason = await lib.moderation.moderateComments(editor, {
        action: "remove",
        commentIds: ids,
        reason: "   ",
      });
      expect(noReason).toEqual({ ok: false, error: expect.stringMatching(/reason/i) });
      expect(await lib.moderation.moderateComments(editor, { action: "approve", commentIds: [] })).toEqual({
        ok: false,
        error: expect.stringMatching(/select/i),
      });
      const vanished = await lib.moderation.moderateComments(editor, {
        action: "hide",
        commentIds: [...ids, "no-such-comment"],
      });
      expect(vanished.ok).toBe(false);

      expect(await statusesOf(ids)).toEqual({ [ids[0]!]: "PENDING", [ids[1]!]: "VISIBLE" });
      expect(await auditFor(ids)).toHaveLength(0);
    });

    it("turning commenting off makes createComment refuse with the reason; turning it on lets them post again", async () => {
      const editor = await seedViewer("editor");
      const reader = await newUser();
      const article = await openArticle();

      const off = await lib.commenting.setCommentingDisabled(editor, {
        userId: reader.id,
        disabled: true,
        reason: "Repeated abuse",
      });
      expect(off).toMatchObject({ ok: true, disabled: true, changed: true });
      const refused = await lib.mutations.createComment(await viewerFor({ id: reader.id }), {
        articleId: article.id,
        body: "Can I still post?",
      });
      expect(refused).toEqual({ ok: false, error: expect.stringContaining("Repeated abuse") });

      expect(
        await lib.commenting.setCommentingDisabled(editor, { userId: reader.id, disabled: true, reason: "" }),
      ).toMatchObject({ ok: false });
      expect(
        await lib.commenting.setCommentingDisabled(editor, {
          userId: editor.id,
          disabled: true,
          reason: "Testing",
        }),
      ).toMatchObject({ ok: false });
      const admin = await seedViewer("admin");
      expect(
        await lib.commenting.setCommentingDisabled(editor, {
          userId: admin.id,
          disabled: true,
          reason: "No",
        }),
      ).toMatchObject({ ok: false });

      const on = await lib.commenting.setCommentingDisabled(editor, { userId: reader.id, disabled: false });
      expect(on).toMatchObject({ ok: true, disabled: false, changed: true });
      const posted = await lib.mutations.createComment(await viewerFor({ id: reader.id }), {
        articleId: article.id,
        body: "Back again, thanks.",
      });
      expect(posted.ok).toBe(true);

      const audit = await auditFor([reader.id]);
      expect(audit.map((entry) => entry.action)).toEqual([
        "user.commenting-disable",
        "user.commenting-enable",
      ]);
      expect(JSON.parse(audit[0]!.after!)).toEqual({ commentingDisabled: true, reason: "Repeated abuse" });
    });

    it("the last admin can never be demoted; with two admins one can be", async () => {
      const admin = await seedViewer("admin");
      expect(await lib.db.user.count({ where: { role: "ADMIN" } })).toBe(1);

      const last = await lib.users.changeUserRole(admin, { userId: admin.id, role: "EDITOR" });
      expect(last).toEqual({ ok: false, error: expect.stringMatching(/last admin/i) });
      expect((await lib.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");

      const second = await newUser();
      expect(await lib.users.changeUserRole(admin, { userId: second.id, role: "ADMIN" })).toMatchObject({
        ok: true,
        changed: true,
      });
      const demoted = await lib.users.changeUserRole(admin, { userId: second.id, role: "EDITOR" });
      expect(demoted).toMatchObject({ ok: true, changed: true, role: "EDITOR" });
      expect(await lib.users.changeUserRole(admin, { userId: admin.id, role: "READER" })).toMatchObject({
        ok: false,
      });

      // Two admins again; the original demotes themself, and then the other is the last one.
      await lib.users.changeUserRole(admin, { userId: second.id, role: "ADMIN" });
      expect(await lib.users.changeUserRole(admin, { userId: admin.id, role: "EDITOR" })).toMatchObject({
        ok: true,
      });
      const secondViewer = await viewerFor({ id: second.id });
      expect(
        await lib.users.changeUserRole(secondViewer, { userId: second.id, role: "EDITOR" }),
      ).toMatchObject({ ok: false });
      expect(await lib.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
      await lib.users.changeUserRole(secondViewer, { userId: admin.id, role: "ADMIN" });

      const audit = await auditFor([second.id], "user.role-change");
      expect(audit.map((entry) => [JSON.parse(entry.before!).role, JSON.parse(entry.after!).role])).toEqual([
        ["READER", "ADMIN"],
        ["ADMIN", "EDITOR"],
        ["EDITOR", "ADMIN"],
      ]);
      expect(await lib.users.changeUserRole(admin, { userId: second.id, role: "READER" })).toMatchObject({
        ok: true,
      });
      expect(await lib.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    });

    it("two admins demoting each other at the same moment leave one admin", async () => {
      const admin = await seedViewer("admin");
      const other = await newUser();
      await lib.users.changeUserRole(admin, { userId: other.id, role: "ADMIN" });
      const otherViewer = await viewerFor({ id: other.id });
      const results = await Promise.all([
        lib.users.changeUserRole(admin, { userId: other.id, role: "EDITOR" }),
        lib.users.changeUserRole(otherViewer, { userId: admin.id, role: "EDITOR" }),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await lib.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
      // Put the seed admin back for the tests that follow.
      const remaining = await lib.db.user.findFirstOrThrow({
        where: { role: "ADMIN" },
        select: { id: true },
      });
      await lib.users.changeUserRole(await viewerFor(remaining), { userId: admin.id, role: "ADMIN" });
      await lib.users.changeUserRole(admin, { userId: other.id, role: "READER" });
      expect(await lib.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    });

    it("lists and searches users with their sign-in methods", async () => {
      const admin = await seedViewer("admin");
      const person = await newUser();
      await lib.db.user.update({
        where: { id: person.id },
        data: { name: "Zebulon Quartz", passwordHash: "x" },
      });
      await lib.db.account.create({
        data: { userId: person.id, type: "oauth", provider: "github", providerAccountId: `gh-${person.id}` },
      });

      const byName = await lib.users.listUsers(admin, { q: "zebulon", page: 1 });
      expect(byName.users.map((u) => u.id)).toEqual([person.id]);
      expect(byName.users[0]!.signInMethods).toEqual(["Password", "Email link", "GitHub"]);
      const byEmail = await lib.users.listUsers(admin, { q: person.email!.toUpperCase(), page: 1 });
      expect(byEmail.users.map((u) => u.id)).toEqual([person.id]);
      expect(byEmail.adminCount).toBeGreaterThanOrEqual(1);
    });

    it("banned words: added trimmed and lower-cased, unique, 1–60 characters, removable, audited", async () => {
      const admin = await seedViewer("admin");
      const added = await lib.bannedWords.addBannedWord(admin, "  MegaSpam  ");
      expect(added).toEqual({ ok: true, word: "megaspam" });
      expect(await lib.bannedWords.addBannedWord(admin, "megaSPAM")).toEqual({
        ok: false,
        error: expect.stringMatching(/already/),
      });
      expect(await lib.bannedWords.addBannedWord(admin, "   ")).toMatchObject({ ok: false });
      expect(await lib.bannedWords.addBannedWord(admin, "x".repeat(61))).toMatchObject({ ok: false });
      expect(await lib.bannedWords.addBannedWord(admin, "y".repeat(60))).toMatchObject({ ok: true });

      const words = await lib.bannedWords.listBannedWords(admin);
      const row = words.find((w) => w.word === "megaspam")!;
      expect(row).toBeDefined();

      // A comment with the new word waits for a moderator.
      const writer = await newUser();
      const article = await openArticle();
      const held = await lib.mutations.createComment(writer, {
        articleId: article.id,
        body: "Try MegaSpam today",
      });
      expect(held).toMatchObject({ ok: true, status: "PENDING" });

      expect(await lib.bannedWords.removeBannedWord(admin, row.id)).toEqual({ ok: true, word: "megaspam" });
      expect(await lib.bannedWords.removeBannedWord(admin, row.id)).toMatchObject({ ok: false });
      expect((await lib.bannedWords.listBannedWords(admin)).map((w) => w.word)).not.toContain("megaspam");

      const audit = await auditFor([row.id]);
      expect(audit.map((entry) => entry.action)).toEqual(["banned-word.add", "banned-word.remove"]);
      expect(audit.every((entry) => entry.actorId === admin.id)).toBe(true);
    });

    it("the audit log filters by action, type and actor", async () => {
      const editor = await seedViewer("editor");
      const all = await lib.audit.readAuditLog(editor, { page: 1 });
      expect(all.total).toBeGreaterThan(0);
      expect(all.actions).toEqual(
        expect.arrayContaining(["comment.approve", "banned-word.add", "user.role-change"]),
      );
      expect(all.actors.map((a) => a.id)).toContain(editor.id);
      const mine = await lib.audit.readAuditLog(editor, {
        page: 1,
        actorId: editor.id,
        action: "comment.approve",
        entityType: "comment",
      });
      expect(mine.entries.length).toBeGreaterThan(0);
      expect(
        mine.entries.every((entry) => entry.actorId === editor.id && entry.action === "comment.approve"),
      ).toBe(true);
    });

    it("every function refuses readers and contributors (and editors where only admins may act)", async () => {
      const { ForbiddenError } = lib.permissions;
      const [reader, contributor, editor] = await Promise.all(
        ["reader", "contributor", "editor"].map(seedViewer),
      );
      const [commentId] = await makeComments(["PENDING"]);
      const target = await newUser();
      const word = (await lib.bannedWords.listBannedWords(await seedViewer("admin")))[0]!;

      for (const viewer of [null, reader!, contributor!]) {
        await expect(
          lib.moderation.moderateComments(viewer, { action: "approve", commentIds: [commentId!] }),
        ).rejects.toBeInstanceOf(ForbiddenError);
        await expect(
          lib.queue.listModerationQueue(viewer, { queue: "pending", page: 1 }),
        ).rejects.toBeInstanceOf(ForbiddenError);
        await expect(lib.queue.getCommenterProfile(viewer, target.id)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(
          lib.commenting.setCommentingDisabled(viewer, { userId: target.id, disabled: true, reason: "x" }),
        ).rejects.toBeInstanceOf(ForbiddenError);
        await expect(lib.audit.readAuditLog(viewer, { page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      }
      for (const viewer of [null, reader!, contributor!, editor!]) {
        await expect(lib.users.listUsers(viewer, { page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
        await expect(
          lib.users.changeUserRole(viewer, { userId: target.id, role: "ADMIN" }),
        ).rejects.toBeInstanceOf(ForbiddenError);
        await expect(lib.bannedWords.listBannedWords(viewer)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(lib.bannedWords.addBannedWord(viewer, "sneaky")).rejects.toBeInstanceOf(ForbiddenError);
        await expect(lib.bannedWords.removeBannedWord(viewer, word.id)).rejects.toBeInstanceOf(
          ForbiddenError,
        );
      }
      expect((await lib.db.comment.findUniqueOrThrow({ where: { id: commentId! } })).status).toBe("PENDING");
      expect((await lib.db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("READER");
      expect(await lib.db.bannedWord.count({ where: { word: "sneaky" } })).toBe(0);
    });
  });
}
