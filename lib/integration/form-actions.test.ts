/**
 * Every server action in components/**\/actions.ts is a public endpoint that anyone can post any argument list
 * to. Called directly with argument shapes no form sends (nothing, numbers, strings, arrays, a FormData in the
 * wrong place, files where text belongs), each must refuse with an error state (or redirect), never throw:
 * a throw is a 500. Plus the article form's checks that need a real request: the image size limit keeping
 * the typed input, and the revision restore's redirect built only from validated ids.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

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
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    headers: vi.fn(async () => new Headers({ "x-forwarded-for": "10.99.0.1" })),
    cookies: vi.fn(async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (options: string | { name: string }) =>
        void jar.delete(typeof options === "string" ? options : options.name),
    })),
  };
});

let database: TestDatabase;
let db: typeof import("../db").db;
const viewers: Record<"anonymous" | "CONTRIBUTOR" | "EDITOR" | "ADMIN", Viewer | null> = {
  anonymous: null,
  CONTRIBUTOR: null,
  EDITOR: null,
  ADMIN: null,
};

beforeAll(async () => {
  database = await createSeededDatabase("sqlite", "form_actions");
  db = (await import("../db")).db;
  for (const role of ["CONTRIBUTOR", "EDITOR", "ADMIN"] as const) {
    const user = await db.user.findFirstOrThrow({
      where: { role, email: { in: seedUsers.map((u) => u.email) } },
    });
    viewers[role] = { ...user, hasPassword: Boolean(user.passwordHash) };
  }
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** Every actions.ts under components/, found on disk so a new one is covered without editing this test. */
function actionFiles(dir = path.resolve("components")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? actionFiles(path.join(dir, entry.name))
      : entry.name === "actions.ts"
        ? [path.join(dir, entry.name)]
        : [],
  );
}

function junkForm(): FormData {
  const data = new FormData();
  for (const name of ["body", "articleId", "commentId", "name", "email", "title", "ids", "id", "confirm"])
    data.append(name, new File(["not text"], "x.txt"));
  data.append("ids", "x".repeat(100));
  data.append("leadOrder", "1e999");
  data.append("intent", "destroy");
  return data;
}

const SHAPES: [string, () => unknown[]][] = [
  ["no arguments", () => []],
  ["undefined", () => [undefined, undefined]],
  ["numbers", () => [1, 2]],
  ["strings", () => ["x", "name=x"]],
  ["arrays", () => [[1], ["x"]]],
  ["objects", () => [{}, { get: "x" }]],
  ["a FormData in place of the previous state", () => [new FormData()]],
  ["an empty form", () => [{ status: "idle" }, new FormData()]],
  ["files where text belongs", () => [{ status: "idle" }, junkForm()]],
];

/** What an action did: answered (and how), or navigated. Anything it throws otherwise fails the test. */
async function call(action: (...args: unknown[]) => unknown, args: unknown[]) {
  try {
    return { answer: await action(...args) };
  } catch (error) {
    if (error instanceof NavigationSignal) return { navigated: error.url };
    throw error;
  }
}

/** A refusal: an error state, a failed result, an empty preview, or nothing (void actions). */
function isRefusal(answer: unknown): boolean {
  if (answer === undefined || answer === "") return true;
  if (typeof answer !== "object" || answer === null) return false;
  const record = answer as { status?: string; ok?: boolean };
  return record.status === "error" || record.ok === false;
}

describe("every server action refuses argument shapes no form sends", () => {
  const files = actionFiles();

  it("finds the action files", () => {
    expect(files.map((file) => path.relative(process.cwd(), file)).sort()).toEqual([
      "components/account/actions.ts",
      "components/admin/articles/actions.ts",
      "components/admin/key-points/actions.ts",
      "components/admin/moderation/actions.ts",
      "components/admin/settings/actions.ts",
      "components/admin/sources/actions.ts",
      "components/admin/stories/actions.ts",
      "components/admin/users/actions.ts",
      "components/auth/actions.ts",
      "components/comments/actions.ts",
    ]);
  });

  for (const who of ["anonymous", "ADMIN"] as const) {
    it(`as ${who}: an error state or a redirect, never a throw`, async () => {
      session.viewer = viewers[who];
      const outcomes: string[] = [];
      for (const file of files) {
        const actions = (await import(file)) as Record<string, unknown>;
        for (const [name, action] of Object.entries(actions)) {
          if (typeof action !== "function") continue;
          // Signing out (of the admin's test sessions) is the one thing these may do: it takes no input.
          if (name.startsWith("signOut")) continue;
          for (const [label, shape] of SHAPES) {
            const outcome = await call(action as (...args: unknown[]) => unknown, shape());
            if ("answer" in outcome && !isRefusal(outcome.answer))
              outcomes.push(`${name} (${label}) answered ${JSON.stringify(outcome.answer)}`);
          }
        }
      }
      expect(outcomes).toEqual([]);
    });
  }
});

describe("the article form", () => {
  async function newArticleForm(fields: Record<string, string | File> = {}) {
    const section = await db.section.findFirstOrThrow();
    const source = await db.source.findFirstOrThrow();
    const author = await db.author.findFirstOrThrow();
    const data = new FormData();
    const all = {
      title: "Kept headline",
      dek: "Kept dek",
      body: "Kept **body**",
      tags: "kept-tag",
      heroImageAlt: "Kept alt text",
      sectionId: section.id,
      sourceId: source.id,
      authorIds: author.id,
      leadOrder: "0",
      intent: "save",
      ...fields,
    };
    for (const [key, value] of Object.entries(all)) data.append(key, value);
    return data;
  }

  it("refuses an image over 5 MB on the server too, keeping everything typed", async () => {
    session.viewer = viewers.EDITOR;
    const { saveArticleAction } = await import("@/components/admin/articles/actions");
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 200_000)], "huge.jpg", { type: "image/jpeg" });
    const state = await saveArticleAction({ status: "idle" }, await newArticleForm({ heroImage: huge }));
    expect(state).toMatchObject({
      status: "error",
      message: "Fix the highlighted fields.",
      fieldErrors: { heroImage: "Images can be at most 5 MB." },
      values: {
        title: "Kept headline",
        dek: "Kept dek",
        body: "Kept **body**",
        tags: "kept-tag",
        heroImageAlt: "Kept alt text",
      },
    });
    expect(await db.article.count({ where: { title: "Kept headline" } })).toBe(0);
  });

  it("previews only what the form sends, for staff", async () => {
    const { previewMarkdownAction } = await import("@/components/admin/articles/actions");
    const form = new FormData();
    form.set("body", "**bold**");
    session.viewer = viewers.CONTRIBUTOR;
    expect(await previewMarkdownAction(form)).toContain("<strong>bold</strong>");
    expect(await previewMarkdownAction("**bold**" as unknown as FormData)).toBe("");
    session.viewer = null;
    expect(await previewMarkdownAction(form)).toBe("");
  });

  it("restoring a revision redirects only to addresses built from valid ids, with an error code", async () => {
    const { restoreRevisionAction } = await import("@/components/admin/articles/actions");
    const article = await db.article.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const restore = async (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      return call(restoreRevisionAction as (...args: unknown[]) => unknown, [{ status: "idle" }, form]);
    };
    session.viewer = viewers.EDITOR;
    expect(await restore({ articleId: "../../signin?next=//evil.example", revisionId: "x" })).toEqual({
      navigated: "not found",
    });
    expect(await restore({ articleId: article.id, revisionId: "no such revision" })).toEqual({
      navigated: `/admin/articles/${article.id}/revisions?error=missing`,
    });
    expect(await restore({ articleId: article.id, revisionId: "nosuchrevision" })).toEqual({
      navigated: `/admin/articles/${article.id}/revisions?error=missing`,
    });
    session.viewer = viewers.CONTRIBUTOR;
    expect(await restore({ articleId: article.id, revisionId: "nosuchrevision" })).toEqual({
      navigated: `/admin/articles/${article.id}/revisions?error=forbidden`,
    });
  });
});
