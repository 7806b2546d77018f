/**
 * The comment server actions are public endpoints: anyone can POST to them with any form data, whatever the UI
 * shows. These tests call them directly, as such a request would, and check that each one enforces its own rules.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { users as seedUsers } from "../../prisma/seed-data";
import { type TestDatabase } from "../../scripts/lib/test-databases";
import { createSeededDatabase } from "./seeded-database";
import type { Viewer } from "../auth";

const session = vi.hoisted(() => ({ viewer: null as import("../auth").Viewer | null }));

// Who is signed in is the one thing the tests choose; everything else in lib/auth stays real.
vi.mock(import("@/lib/auth"), async (importOriginal) => ({
  ...(await importOriginal()),
  getViewer: vi.fn(async () => session.viewer),
}));

/** next/navigation's redirect() throws to end the action; this one throws an error that records the target. */
class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw new RedirectSignal(url);
  }),
}));

vi.mock("next/cache", () => ({
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
  updateTag: vi.fn(),
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
}));

type Actions = typeof import("@/components/comments/actions");
type FormState = import("@/components/auth/form-state").FormState;

const idle: FormState = { status: "idle" };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Runs an action; returns its state, or the redirect target when it redirected. */
async function run(
  action: (state: FormState, data: FormData) => Promise<FormState>,
  fields: Record<string, string>,
) {
  try {
    return { state: await action(idle, form(fields)), redirectedTo: undefined };
  } catch (error) {
    if (error instanceof RedirectSignal) return { state: undefined, redirectedTo: error.url };
    throw error;
  }
}

describe("comment server actions enforce authorization and validation themselves", () => {
  let database: TestDatabase;
  let actions: Actions;
  let db: typeof import("../db").db;
  let updateTag: ReturnType<typeof vi.fn>;
  let article: { id: string; slug: string };
  let serial = 0;

  beforeAll(async () => {
    database = await createSeededDatabase("sqlite", "comment_actions");
    actions = await import("@/components/comments/actions");
    db = (await import("../db")).db;
    updateTag = vi.mocked((await import("next/cache")).updateTag) as unknown as ReturnType<typeof vi.fn>;
    article = await db.article.findFirstOrThrow({
      where: { status: "PUBLISHED", commentsOpen: true },
      select: { id: true, slug: true },
    });
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  beforeEach(() => {
    session.viewer = null;
    vi.clearAllMocks();
  });

  async function viewerFor(id: string): Promise<Viewer> {
    const { passwordHash, ...user } = await db.user.findUniqueOrThrow({
      where: { id },
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
    return { ...user, hasPassword: Boolean(passwordHash) };
  }

  async function newReader(): Promise<Viewer> {
    const n = ++serial;
    const user = await db.user.create({
      data: {
        name: `Action Reader ${n}`,
        email: `action-reader-${n}@test.invalid`,
        createdAt: new Date(Date.now() - 2 * 86_400_000),
      },
    });
    return viewerFor(user.id);
  }

  async function seedViewer(key: string): Promise<Viewer> {
    const user = await db.user.findUniqueOrThrow({
      where: { email: seedUsers.find((u) => u.key === key)!.email },
    });
    return viewerFor(user.id);
  }

  /** Posts through the action as `viewer`, expecting a redirect to the new comment; returns its id. */
  async function postAs(viewer: Viewer, body: string): Promise<string> {
    session.viewer = viewer;
    const { redirectedTo, state } = await run(actions.postCommentAction, { articleId: article.id, body });
    expect(state).toBeUndefined();
    // A new comment is announced: ?notice=comment-posted, landing on its "posted" line (#posted-<id>).
    const match = /\?notice=comment-posted#posted-(\w+)$/.exec(redirectedTo ?? "");
    expect(match, `redirect target ${redirectedTo}`).not.toBeNull();
    return match![1]!;
  }

  it("posting works when signed in: stored, caches invalidated, redirected to the new comment", async () => {
    const reader = await newReader();
    const id = await postAs(reader, "A perfectly ordinary comment.");
    const row = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      userId: reader.id,
      articleId: article.id,
      body: "A perfectly ordinary comment.",
      status: "VISIBLE",
    });
    expect(updateTag).toHaveBeenCalledWith(expect.stringContaining(article.id));
  });

  it("posting while signed out is refused and nothing is stored", async () => {
    const before = await db.comment.count();
    const { state, redirectedTo } = await run(actions.postCommentAction, {
      articleId: article.id,
      body: "Let me in.",
    });
    expect(redirectedTo).toBeUndefined();
    expect(state).toEqual({
      status: "error",
      message: "Sign in to comment.",
      values: { body: "Let me in." },
    });
    expect(await db.comment.count()).toBe(before);
    expect(updateTag).not.toHaveBeenCalled();
  });

  it("editing someone else's comment is refused by the action, and the comment is unchanged", async () => {
    const author = await newReader();
    const id = await postAs(author, "My own words.");
    const original = await db.comment.findUniqueOrThrow({ where: { id } });

    session.viewer = await newReader();
    const { state, redirectedTo } = await run(actions.editCommentAction, {
      commentId: id,
      body: "Words put in your mouth.",
    });
    expect(redirectedTo).toBeUndefined();
    expect(state).toEqual({
      status: "error",
      message: "You can only edit your own comments.",
      values: { body: "Words put in your mouth." },
    });

    session.viewer = null;
    expect(
      (await run(actions.editCommentAction, { commentId: id, body: "Anonymous edit." })).state,
    ).toMatchObject({ status: "error" });

    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toEqual(original);
  });

  it("deleting someone else's comment is refused for a reader, allowed for staff", async () => {
    const author = await newReader();
    const id = await postAs(author, "Delete me if you can.");
    const original = await db.comment.findUniqueOrThrow({ where: { id } });

    session.viewer = await newReader();
    const refused = await run(actions.deleteCommentAction, { commentId: id });
    expect(refused).toEqual({
      state: { status: "error", message: "You can only delete your own comments." },
      redirectedTo: undefined,
    });
    session.viewer = null;
    expect((await run(actions.deleteCommentAction, { commentId: id })).state).toMatchObject({
      status: "error",
    });
    // A contributor writes articles but does not moderate comments.
    session.viewer = await seedViewer("contributor");
    expect((await run(actions.deleteCommentAction, { commentId: id })).state).toMatchObject({
      status: "error",
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toEqual(original);

    session.viewer = await seedViewer("editor");
    expect(session.viewer.role).toBe("EDITOR");
    const allowed = await run(actions.deleteCommentAction, { commentId: id });
    expect(allowed.redirectedTo).toBe(`/articles/${article.slug}?notice=comment-deleted#comment-${id}`);
    const deleted = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect(deleted.body).toBe("");
  });

  it("the author may edit and delete their own comment", async () => {
    const author = await newReader();
    const id = await postAs(author, "First version.");
    const edited = await run(actions.editCommentAction, { commentId: id, body: "  Second version.  " });
    expect(edited.redirectedTo).toBe(`/articles/${article.slug}?notice=comment-edited#comment-${id}`);
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe("Second version.");
    expect((await run(actions.deleteCommentAction, { commentId: id })).redirectedTo).toBe(
      `/articles/${article.slug}?notice=comment-deleted#comment-${id}`,
    );
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).deletedAt).toBeInstanceOf(Date);
  });

  it("reporting your own comment is refused; someone else's is accepted once", async () => {
    const author = await newReader();
    const id = await postAs(author, "Report me, I dare you.");
    const own = await run(actions.reportCommentAction, { commentId: id, reason: "SPAM", details: "" });
    expect(own.state).toEqual({
      status: "error",
      message: "You can’t report your own comment.",
      values: { reason: "SPAM", details: "" },
    });
    expect(await db.commentReport.count({ where: { commentId: id } })).toBe(0);

    session.viewer = null;
    expect(
      (await run(actions.reportCommentAction, { commentId: id, reason: "SPAM", details: "" })).state,
    ).toMatchObject({ status: "error" });

    session.viewer = await newReader();
    expect(
      (await run(actions.reportCommentAction, { commentId: id, reason: "ABUSE", details: "Rude" })).state,
    ).toMatchObject({ status: "success" });
    expect(
      (await run(actions.reportCommentAction, { commentId: id, reason: "ABUSE", details: "Rude" })).state,
    ).toMatchObject({
      status: "error",
      message: "You’ve already reported this comment. Thank you.",
    });
    expect(
      (await run(actions.reportCommentAction, { commentId: id, reason: "NOPE", details: "" })).state,
    ).toMatchObject({
      status: "error",
      fieldErrors: { reason: "Choose a reason." },
    });
    expect(await db.commentReport.count({ where: { commentId: id } })).toBe(1);
  });

  describe("bad input returns the field error and keeps what was typed", () => {
    const cases: [string, string, string][] = [
      ["empty", "", "Write something before posting."],
      ["whitespace only", " \n\t \r\n ", "Write something before posting."],
      ["5,001 characters", "x".repeat(5001), "Comments can be at most 5,000 characters."],
      [
        "a NUL character",
        "Hello\0world",
        "Your comment contains invalid characters (NUL). Remove them and try again.",
      ],
    ];

    it.each(cases)("posting: %s", async (_name, body, message) => {
      session.viewer = await newReader();
      const before = await db.comment.count();
      const { state, redirectedTo } = await run(actions.postCommentAction, { articleId: article.id, body });
      expect(redirectedTo).toBeUndefined();
      expect(state).toEqual({ status: "error", fieldErrors: { body: message }, values: { body } });
      expect(await db.comment.count()).toBe(before);
    });

    it.each(cases)("editing: %s", async (_name, body, message) => {
      const author = await newReader();
      const id = await postAs(author, `Original text ${_name}.`);
      const { state, redirectedTo } = await run(actions.editCommentAction, { commentId: id, body });
      expect(redirectedTo).toBeUndefined();
      expect(state).toEqual({ status: "error", fieldErrors: { body: message }, values: { body } });
      expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe(`Original text ${_name}.`);
    });

    it("exactly 5,000 characters, even with surrounding spaces, is accepted", async () => {
      const id = await postAs(await newReader(), `   ${"y".repeat(5000)}   `);
      expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe("y".repeat(5000));
    });

    it("a missing or oversized article id is refused without storing anything", async () => {
      session.viewer = await newReader();
      const before = await db.comment.count();
      for (const articleId of ["", "a".repeat(65)]) {
        const { state } = await run(actions.postCommentAction, { articleId, body: "Hello" });
        expect(state).toMatchObject({ status: "error", values: { body: "Hello" } });
      }
      expect(await db.comment.count()).toBe(before);
    });
  });

  it("right-to-left, emoji and combining text is stored byte for byte, trimmed only", async () => {
    const texts = [
      "مرحبا بالعالم، هذا تعليق ‏(RTL)‏ مع أرقام ١٢٣",
      "שלום עולם \u202Eembedded override\u202C end",
      "Family: 👨‍👩‍👧‍👦, flags: 🇳🇴🇯🇵, skin tone: 👋🏽, keycap: 1️⃣",
      "Cafe\u0301 (decomposed) vs Café (composed), Z\u0351\u0308\u0325algo, 한국어 \u1100\u1161",
      "Zero\u200Bwidth\u200Djoiner and\u00A0no-break space",
    ];
    for (const text of texts) {
      const id = await postAs(await newReader(), `\n  ${text}\t \n`);
      const stored = (await db.comment.findUniqueOrThrow({ where: { id } })).body;
      expect(
        Buffer.from(stored, "utf8").equals(Buffer.from(text, "utf8")),
        `stored ${JSON.stringify(stored)}`,
      ).toBe(true);
    }
  });
});
