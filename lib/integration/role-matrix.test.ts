/**
 * The newsroom's role matrix: every admin page and every admin server action, called directly, for every kind of
 * visitor. Pages send anonymous visitors to sign in and answer 404 to those without the capability; actions refuse
 * and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { users as seedUsers } from "../../prisma/seed-data";
import { type TestDatabase } from "../../scripts/lib/test-databases";
import { createSeededDatabase } from "./seeded-database";
import type { Viewer } from "../auth";

const session = vi.hoisted(() => ({ viewer: null as import("../auth").Viewer | null }));

vi.mock(import("@/lib/auth"), async (importOriginal) => ({
  ...(await importOriginal()),
  getViewer: vi.fn(async () => session.viewer),
}));

class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
class NotFoundSignal extends Error {}
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: vi.fn((url: string) => {
    throw new RedirectSignal(url);
  }),
  notFound: vi.fn(() => {
    throw new NotFoundSignal("not found");
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

type Who = "anonymous" | "READER" | "CONTRIBUTOR" | "EDITOR" | "ADMIN";
const everyone: Who[] = ["anonymous", "READER", "CONTRIBUTOR", "EDITOR", "ADMIN"];
const staff: Who[] = ["CONTRIBUTOR", "EDITOR", "ADMIN"];
const editors: Who[] = ["EDITOR", "ADMIN"];
const admins: Who[] = ["ADMIN"];

let database: TestDatabase;
let db: typeof import("../db").db;
const viewers = new Map<Who, Viewer | null>();
let fixtures: {
  articleId: string;
  revisionId: string;
  commentId: string;
  readerId: string;
  bannedWordId: string;
};

beforeAll(async () => {
  database = await createSeededDatabase("sqlite", "role-matrix");
  db = (await import("../db")).db;
  viewers.set("anonymous", null);
  for (const role of ["READER", "CONTRIBUTOR", "EDITOR", "ADMIN"] as const) {
    const user = await db.user.findFirstOrThrow({
      where: { role, email: { in: seedUsers.map((u) => u.email) } },
    });
    viewers.set(role, { ...user, hasPassword: Boolean(user.passwordHash) });
  }
  const article = await db.article.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    include: {
      authors: { select: { authorId: true } },
      tags: { select: { tag: { select: { name: true } } } },
      pinned: { select: { relatedId: true } },
    },
  });
  const { toSnapshot } = await import("../admin/articles");
  const revision = await db.articleRevision.create({
    data: { articleId: article.id, note: "Seeded", snapshot: JSON.stringify(toSnapshot(article)) },
  });
  const comment = await db.comment.findFirstOrThrow();
  const reader = viewers.get("READER")!;
  const word = await db.bannedWord.findFirstOrThrow();
  fixtures = {
    articleId: article.id,
    revisionId: revision.id,
    commentId: comment.id,
    readerId: reader.id,
    bannedWordId: word.id,
  };
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** What a page did: rendered, sent the visitor to sign in, or answered 404. */
async function visit(render: () => Promise<unknown>): Promise<"rendered" | "sign-in" | "404"> {
  try {
    await render();
    return "rendered";
  } catch (error) {
    if (error instanceof RedirectSignal && error.url.startsWith("/signin")) return "sign-in";
    if (error instanceof NotFoundSignal) return "404";
    throw error;
  }
}

const params = <T>(value: T) => Promise.resolve(value);

const pages: { path: string; allowed: Who[]; render: () => Promise<unknown> }[] = [
  {
    path: "/admin",
    allowed: staff,
    render: async () => (await import("@/app/(admin)/admin/page")).default(),
  },
  {
    path: "/admin/articles",
    allowed: staff,
    render: async () =>
      (await import("@/app/(admin)/admin/articles/page")).default({ searchParams: params({}) }),
  },
  {
    path: "/admin/articles/new",
    allowed: staff,
    render: async () => (await import("@/app/(admin)/admin/articles/new/page")).default(),
  },
  {
    path: "/admin/articles/[id]",
    // A contributor may open only their own articles; this one is not theirs.
    allowed: editors,
    render: async () =>
      (await import("@/app/(admin)/admin/articles/[id]/page")).default({
        params: params({ id: fixtures.articleId }),
        searchParams: params({}),
      }),
  },
  {
    path: "/admin/articles/[id]/revisions",
    allowed: editors,
    render: async () =>
      (await import("@/app/(admin)/admin/articles/[id]/revisions/page")).default({
        params: params({ id: fixtures.articleId }),
        searchParams: params({}),
      }),
  },
  {
    path: "/admin/comments",
    allowed: editors,
    render: async () =>
      (await import("@/app/(admin)/admin/comments/page")).default({ searchParams: params({}) } as never),
  },
  {
    path: "/admin/comments/authors/[userId]",
    allowed: editors,
    render: async () =>
      (await import("@/app/(admin)/admin/comments/authors/[userId]/page")).default({
        params: params({ userId: fixtures.readerId }),
        searchParams: params({}),
      } as never),
  },
  {
    path: "/admin/users",
    allowed: admins,
    render: async () =>
      (await import("@/app/(admin)/admin/users/page")).default({ searchParams: params({}) } as never),
  },
  {
    path: "/admin/settings",
    allowed: admins,
    render: async () => (await import("@/app/(admin)/admin/settings/page")).default(),
  },
  {
    path: "/admin/sources",
    allowed: editors,
    render: async () => (await import("@/app/(admin)/admin/sources/page")).default(),
  },
  {
    path: "/admin/audit",
    allowed: editors,
    render: async () =>
      (await import("@/app/(admin)/admin/audit/page")).default({ searchParams: params({}) } as never),
  },
];

describe("admin pages × roles", () => {
  for (const page of pages) {
    for (const who of everyone) {
      const expected = who === "anonymous" ? "sign-in" : page.allowed.includes(who) ? "rendered" : "404";
      it(`${page.path} as ${who}: ${expected}`, async () => {
        session.viewer = viewers.get(who) ?? null;
        expect(await visit(page.render)).toBe(expected);
      });
    }
  }
});

type FormState = import("@/components/auth/form-state").FormState;
const idle: FormState = { status: "idle" };
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const item of [value].flat()) data.append(key, item);
  return data;
};
const refusal = /permission|Sign in first/i;

/** Allowed means the action got past its authorisation check: no refusal message. */
async function attempt(run: () => Promise<unknown>): Promise<"allowed" | "denied"> {
  try {
    const result = await run();
    const message =
      typeof result === "string"
        ? result === ""
          ? "Sign in first"
          : ""
        : ((result as { message?: string; error?: string } | undefined)?.message ??
          (result as { error?: string } | undefined)?.error ??
          "");
    return refusal.test(message) ? "denied" : "allowed";
  } catch (error) {
    if (error instanceof RedirectSignal)
      return /error=forbidden|signin/.test(error.url) ? "denied" : "allowed";
    throw error;
  }
}

const actions: { name: string; allowed: Who[]; run: () => Promise<unknown> }[] = [
  {
    name: "saveArticleAction (new draft)",
    allowed: staff,
    run: async () => {
      const section = await db.section.findFirstOrThrow();
      const source = await db.source.findFirstOrThrow();
      return (await import("@/components/admin/articles/actions")).saveArticleAction(
        idle,
        form({
          title: `Matrix draft ${Math.random()}`,
          body: "Text.",
          sectionId: section.id,
          sourceId: source.id,
          leadOrder: "0",
          intent: "save",
        }),
      );
    },
  },
  {
    name: "saveArticleAction (publish)",
    allowed: editors,
    run: async () => {
      const section = await db.section.findFirstOrThrow();
      const source = await db.source.findFirstOrThrow();
      const result = await (
        await import("@/components/admin/articles/actions")
      ).saveArticleAction(
        idle,
        form({
          title: `Matrix publish ${Math.random()}`,
          body: "Text.",
          sectionId: section.id,
          sourceId: source.id,
          leadOrder: "0",
          intent: "publish",
        }),
      );
      return result;
    },
  },
  {
    name: "autosaveArticleAction (someone else's article)",
    allowed: editors,
    run: async () => {
      const article = await db.article.findUniqueOrThrow({
        where: { id: fixtures.articleId },
        include: { tags: { include: { tag: true } } },
      });
      const result = await (
        await import("@/components/admin/articles/actions")
      ).autosaveArticleAction(
        form({
          articleId: article.id,
          version: String(article.version),
          title: article.title,
          body: article.body,
          sectionId: article.sectionId,
          sourceId: article.sourceId,
          leadOrder: "0",
          slug: article.slug,
          commentsOpen: "on",
        }),
      );
      return result.ok
        ? {}
        : { error: /only edit your own/.test(result.error) ? "permission" : result.error };
    },
  },
  {
    name: "previewMarkdownAction",
    allowed: staff,
    run: async () =>
      (await import("@/components/admin/articles/actions")).previewMarkdownAction(form({ body: "**hi**" })),
  },
  {
    name: "restoreRevisionAction",
    allowed: editors,
    run: async () =>
      (await import("@/components/admin/articles/actions")).restoreRevisionAction(
        idle,
        form({ articleId: fixtures.articleId, revisionId: fixtures.revisionId }),
      ),
  },
  {
    name: "moderateCommentsAction",
    allowed: editors,
    run: async () =>
      (await import("@/components/admin/moderation/actions")).moderateCommentsAction(
        idle,
        form({ action: "approve", ids: [fixtures.commentId], reason: "" }),
      ),
  },
  {
    name: "setCommentingAction",
    allowed: editors,
    run: async () =>
      (await import("@/components/admin/moderation/actions")).setCommentingAction(
        idle,
        form({ userId: fixtures.readerId, disabled: "0", reason: "" }),
      ),
  },
  {
    name: "addBannedWordAction",
    allowed: admins,
    run: async () =>
      (await import("@/components/admin/settings/actions")).addBannedWordAction(
        idle,
        form({ word: `matrixword${Math.floor(Math.random() * 1e6)}` }),
      ),
  },
  {
    name: "removeBannedWordAction",
    allowed: admins,
    run: async () => {
      const word = await db.bannedWord.create({
        data: { word: `removable${Math.floor(Math.random() * 1e9)}` },
      });
      return (await import("@/components/admin/settings/actions")).removeBannedWordAction(
        idle,
        form({ id: word.id }),
      );
    },
  },
  {
    name: "addFeedAction",
    allowed: editors,
    run: async () => {
      const [source, section] = [await db.source.findFirstOrThrow(), await db.section.findFirstOrThrow()];
      return (await import("@/components/admin/sources/actions")).addFeedAction(
        idle,
        form({
          sourceId: source.id,
          sectionId: section.id,
          url: `https://outlet.example/feed-${Math.random()}.xml`,
          pollIntervalSeconds: "900",
        }),
      );
    },
  },
  {
    name: "setFeedPausedAction",
    allowed: editors,
    run: async () => {
      const [source, section] = [await db.source.findFirstOrThrow(), await db.section.findFirstOrThrow()];
      const feed = await db.feed.upsert({
        where: { url: "https://outlet.example/matrix.xml" },
        create: { url: "https://outlet.example/matrix.xml", sourceId: source.id, sectionId: section.id },
        update: {},
      });
      return (await import("@/components/admin/sources/actions")).setFeedPausedAction(
        idle,
        form({ feedId: feed.id, paused: feed.paused ? "0" : "1" }),
      );
    },
  },
  {
    name: "changeRoleAction",
    allowed: admins,
    run: async () =>
      (await import("@/components/admin/users/actions")).changeRoleAction(
        idle,
        form({ userId: fixtures.readerId, role: "READER" }),
      ),
  },
];

describe("admin actions × roles", () => {
  for (const action of actions) {
    for (const who of everyone) {
      const expected = action.allowed.includes(who) ? "allowed" : "denied";
      it(`${action.name} as ${who}: ${expected}`, async () => {
        session.viewer = viewers.get(who) ?? null;
        const auditBefore = await db.auditLog.count();
        expect(await attempt(action.run)).toBe(expected);
        if (expected === "denied") expect(await db.auditLog.count()).toBe(auditBefore);
      });
    }
  }
});

/** What a data-layer read did for a viewer: returned the data, returned null (not theirs), or refused. */
async function read(run: () => Promise<unknown>): Promise<"data" | "null" | "refused"> {
  try {
    return (await run()) === null ? "null" : "data";
  } catch (error) {
    if (error instanceof Error && error.name === "ForbiddenError") return "refused";
    throw error;
  }
}

/** Reads that return private data check the viewer themselves, whatever page calls them. */
const reads: {
  name: string;
  expected: Record<Who, "data" | "null" | "refused">;
  run: (viewer: Viewer | null) => Promise<unknown>;
}[] = [
  {
    name: "getNewsroomOverview",
    expected: { anonymous: "refused", READER: "refused", CONTRIBUTOR: "data", EDITOR: "data", ADMIN: "data" },
    run: async (viewer) => (await import("../admin/overview")).getNewsroomOverview(viewer),
  },
  {
    name: "listAudit",
    expected: {
      anonymous: "refused",
      READER: "refused",
      CONTRIBUTOR: "refused",
      EDITOR: "data",
      ADMIN: "data",
    },
    run: async (viewer) => (await import("../audit")).listAudit(viewer, { page: 1 }),
  },
  {
    name: "listSourcesWithFeeds",
    expected: {
      anonymous: "refused",
      READER: "refused",
      CONTRIBUTOR: "refused",
      EDITOR: "data",
      ADMIN: "data",
    },
    run: async (viewer) => (await import("../ingest/sources")).listSourcesWithFeeds(viewer),
  },
  {
    name: "listRevisions (someone else's article)",
    // A contributor gets nothing, as if the article didn't exist.
    expected: { anonymous: "refused", READER: "refused", CONTRIBUTOR: "null", EDITOR: "data", ADMIN: "data" },
    run: async (viewer) => (await import("../admin/articles")).listRevisions(viewer, fixtures.articleId),
  },
];

describe("admin data-layer reads × roles", () => {
  for (const entry of reads) {
    for (const who of everyone) {
      it(`${entry.name} as ${who}: ${entry.expected[who]}`, async () => {
        expect(await read(() => entry.run(viewers.get(who) ?? null))).toBe(entry.expected[who]);
      });
    }
  }

  it("a contributor sees the revisions of their own article, and overview counts of their own work only", async () => {
    const contributor = viewers.get("CONTRIBUTOR")!;
    const { listRevisions } = await import("../admin/articles");
    const { getNewsroomOverview } = await import("../admin/overview");
    const before = await getNewsroomOverview(contributor);
    const section = await db.section.findFirstOrThrow();
    const source = await db.source.findFirstOrThrow();
    const own = await db.article.create({
      data: {
        title: "A contributor's own draft",
        slug: `own-draft-${Math.floor(Math.random() * 1e9)}`,
        body: "Text.",
        sectionId: section.id,
        sourceId: source.id,
        createdById: contributor.id,
        revisions: { create: { note: "Created", snapshot: "{}", editorId: contributor.id } },
      },
    });
    expect((await listRevisions(contributor, own.id))?.map((revision) => revision.note)).toEqual(["Created"]);
    const after = await getNewsroomOverview(contributor);
    expect(after.drafts).toBe(before.drafts + 1);
    expect(after.pendingComments).toBeNull();
    expect(after.openReports).toBeNull();
    const all = await db.article.count({ where: { status: "DRAFT" } });
    expect((await getNewsroomOverview(viewers.get("EDITOR")!)).drafts).toBe(all);
  });
});
