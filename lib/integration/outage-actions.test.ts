/**
 * Every server action during a database outage (ADR 021): it answers "briefly unavailable, try again in a
 * moment" with what was typed put back (passwords excepted), and never throws, which would replace the page
 * with the error page and lose the input. The database is a PostgreSQL address where nothing listens, as when
 * it is stopped; the visitor is signed in, so reading their session fails like every other query.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it, vi } from "vitest";

// Before anything imports lib/db.ts, which reads it once. Nothing listens on port 1: connecting is refused at
// once, as when PostgreSQL is stopped.
vi.hoisted(() => {
  process.env.DATABASE_URL = "postgresql://ledger@127.0.0.1:1/ledger";
});

import { sessionCookieName } from "../auth/sessions";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../validation/form";

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  // What next-auth does with our adapter (core/routes/session.js): an error while reading the session is logged
  // and answered with "no session". The real one needs a Next request around it.
  getServerSession: vi.fn(async (options: import("next-auth").NextAuthOptions) => {
    try {
      const found = await options.adapter!.getSessionAndUser!("a-session-token");
      return found ? { user: found.user, expires: found.session.expires.toISOString() } : null;
    } catch {
      return null;
    }
  }),
}));

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: vi.fn(async () => {}),
}));

class NavigationSignal extends Error {
  constructor(readonly url: string) {
    super(`navigate ${url}`);
  }
}
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: vi.fn((url: string) => {
    throw new NavigationSignal(url);
  }),
  notFound: vi.fn(() => {
    throw new NavigationSignal("not found");
  }),
}));
vi.mock("next/cache", () => ({
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
  updateTag: vi.fn(),
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ "x-ledger-peer": "10.99.0.2" })),
  cookies: vi.fn(async () => ({
    get: (name: string) => (name === sessionCookieName ? { name, value: "a-session-token" } : undefined),
    set: () => {},
    delete: () => {},
  })),
}));

beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
});

const idle = { status: "idle" as const };

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
}

const STRONG_PASSWORD = "a long and unusual passphrase 2026";

/** Each action with input that passes its checks, so it gets as far as the database; and what must come back. */
const CASES: Record<string, { file: string; args: () => unknown[]; kept?: Record<string, string> }> = {
  postCommentAction: {
    file: "comments",
    args: () => [idle, form({ articleId: "a1", body: "Typed while the database was down." })],
    kept: { body: "Typed while the database was down." },
  },
  editCommentAction: {
    file: "comments",
    args: () => [idle, form({ commentId: "c1", body: "An edit typed during the outage." })],
    kept: { body: "An edit typed during the outage." },
  },
  deleteCommentAction: { file: "comments", args: () => [idle, form({ commentId: "c1" })] },
  reportCommentAction: {
    file: "comments",
    args: () => [idle, form({ commentId: "c1", reason: "OTHER", details: "Typed details." })],
    kept: { reason: "OTHER", details: "Typed details." },
  },
  updateDisplayNameAction: {
    file: "account",
    args: () => [idle, form({ name: "A new name" })],
    kept: { name: "A new name" },
  },
  changePasswordAction: {
    file: "account",
    args: () => [idle, form({ currentPassword: "the old one", newPassword: STRONG_PASSWORD })],
  },
  signOutEverywhereAction: { file: "account", args: () => [idle, form({})] },
  deleteAccountAction: {
    file: "account",
    args: () => [idle, form({ confirm: "delete my account" })],
    kept: { confirm: "delete my account" },
  },
  signInWithPasswordAction: {
    file: "auth",
    args: () => [idle, form({ email: "reader@example.com", password: STRONG_PASSWORD, callbackUrl: "/" })],
    kept: { email: "reader@example.com" },
  },
  requestMagicLinkAction: {
    file: "auth",
    args: () => [idle, form({ email: "reader@example.com", callbackUrl: "/" })],
    kept: { email: "reader@example.com" },
  },
  registerAction: {
    file: "auth",
    args: () => [
      idle,
      form({ email: "new@example.com", name: "New Reader", password: STRONG_PASSWORD, callbackUrl: "/" }),
    ],
    kept: { email: "new@example.com", name: "New Reader" },
  },
  signOutAction: { file: "auth", args: () => [idle, form({})] },
  saveArticleAction: {
    file: "admin/articles",
    args: () => [
      idle,
      form({
        title: "A headline typed during the outage",
        body: "A body typed during the outage.",
        sectionId: "s1",
        sourceId: "o1",
        authorIds: ["p1"],
        leadOrder: "0",
        pinned2: "r2",
        intent: "publish",
      }),
    ],
    kept: {
      title: "A headline typed during the outage",
      body: "A body typed during the outage.",
      pinned: ",r2,",
    },
  },
  autosaveArticleAction: {
    file: "admin/articles",
    args: () => [form({ articleId: "a1", title: "T", body: "B", sectionId: "s1", sourceId: "o1" })],
  },
  previewMarkdownAction: { file: "admin/articles", args: () => [form({ body: "**Typed**" })] },
  restoreRevisionAction: {
    file: "admin/articles",
    args: () => [idle, form({ articleId: "a1", revisionId: "r1" })],
  },
  discardWorkingCopyAction: { file: "admin/articles", args: () => [idle, form({ articleId: "a1" })] },
  moderateCommentsAction: {
    file: "admin/moderation",
    args: () => [idle, form({ action: "remove", ids: ["c1", "c2"], reason: "A reason typed." })],
    kept: { reason: "A reason typed." },
  },
  setCommentingAction: {
    file: "admin/moderation",
    args: () => [idle, form({ userId: "u1", disabled: "1", reason: "Another reason typed." })],
    kept: { reason: "Another reason typed." },
  },
  addBannedWordAction: {
    file: "admin/settings",
    args: () => [idle, form({ word: "typedword" })],
    kept: { word: "typedword" },
  },
  removeBannedWordAction: { file: "admin/settings", args: () => [idle, form({ id: "w1" })] },
  changeRoleAction: {
    file: "admin/users",
    args: () => [idle, form({ userId: "u1", role: "EDITOR" })],
    kept: { role: "EDITOR" },
  },
  addFeedAction: {
    file: "admin/sources",
    args: () => [
      idle,
      form({
        sourceId: "o1",
        url: "https://outlet.example/feed.xml",
        sectionId: "s1",
        pollIntervalSeconds: "900",
        fullText: "on",
        holdForReview: "on",
      }),
    ],
    kept: { url: "https://outlet.example/feed.xml" },
  },
  pollFeedNowAction: { file: "admin/sources", args: () => [idle, form({ feedId: "f1" })] },
  setFeedPausedAction: { file: "admin/sources", args: () => [idle, form({ feedId: "f1", paused: "1" })] },
  renameStoryAction: {
    file: "admin/stories",
    args: () => [idle, form({ storyId: "st1", title: "A title typed", description: "A description typed." })],
    kept: { title: "A title typed", description: "A description typed." },
  },
  lockStoryAction: { file: "admin/stories", args: () => [idle, form({ storyId: "st1", locked: "true" })] },
  chooseLeadAction: { file: "admin/stories", args: () => [idle, form({ storyId: "st1", articleId: "a1" })] },
  splitArticleAction: {
    file: "admin/stories",
    args: () => [idle, form({ storyId: "st1", articleId: "a1" })],
  },
  mergeStoriesAction: {
    file: "admin/stories",
    args: () => [idle, form({ storyId: "st1", otherStoryId: "st2" })],
  },
  saveKeyPointsAction: {
    file: "admin/key-points",
    args: () => [idle, form({ articleId: "a1", point: ["s-abc", "s-def"] })],
  },
  resetKeyPointsAction: { file: "admin/key-points", args: () => [idle, form({ articleId: "a1" })] },
  setAiPanelAction: {
    file: "admin/key-points",
    args: () => [idle, form({ articleId: "a1", enabled: "false" })],
  },
};

/** Every actions.ts under components/ and what it exports. */
async function allActions(dir = path.resolve("components")): Promise<Record<string, unknown>> {
  const found: Record<string, unknown> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(found, await allActions(full));
    else if (entry.name === "actions.ts") Object.assign(found, await import(full));
  }
  return found;
}

describe("server actions during a database outage", () => {
  it("every action is covered here, and wrapped in serverAction", async () => {
    const { isServerAction } = await import("../validation/form");
    const actions = await allActions();
    expect(Object.keys(actions).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(actions).filter((name) => !isServerAction(actions[name]))).toEqual([]);
  });

  for (const [name, { file, args, kept }] of Object.entries(CASES)) {
    it(`${name}: try again in a moment${kept ? ", keeping what was typed" : ""}`, async () => {
      const actions = (await import(`@/components/${file}/actions`)) as Record<
        string,
        (...input: unknown[]) => Promise<unknown>
      >;
      const answer = await actions[name]!(...args());
      if (name === "previewMarkdownAction") return expect(answer).toBe("");
      if (name === "autosaveArticleAction")
        return expect(answer).toEqual({
          ok: false,
          error: expect.stringContaining(DATABASE_UNAVAILABLE_MESSAGE),
        });
      expect(answer).toMatchObject({ status: "error", message: DATABASE_UNAVAILABLE_MESSAGE });
      const values = (answer as { values?: Record<string, string> }).values ?? {};
      if (kept) expect(values).toMatchObject(kept);
      // Passwords are never sent back.
      expect(Object.keys(values).filter((field) => /password/i.test(field))).toEqual([]);
    });
  }
});
