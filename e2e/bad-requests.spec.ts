/**
 * Requests no page of ours would send, answered with a 4xx rather than a 500, and pages that have nothing to
 * show answered with a real 404 (not the not-found page under a 200). Raw requests go through the fuzzer's
 * sender (scripts/fuzz/run.ts), which sends a path or body exactly as written.
 */
import { randomBytes } from "node:crypto";

import { appRoutes, isDynamicSegment } from "../scripts/fuzz/routes";
import { actionIdByName, send } from "../scripts/fuzz/run";
import type { FuzzRequest } from "../scripts/fuzz/cases";
import { expectNotFound, NOT_FOUND_HEADING } from "./helpers";
import { createStaff, seedArticle } from "./newsroom-helpers";
import { createUser, expect, SESSION_COOKIE, test } from "./users";

const BUILD = ".next-e2e";
const ARTICLE = "/articles/the-songs-of-the-saltmarsh-picket-line";

function raw(baseURL: string | undefined, request: Omit<FuzzRequest, "category" | "label">) {
  return send(new URL(baseURL!), { category: "action", label: "", ...request });
}

test.describe("malformed percent-encoding in any dynamic route is a 404", () => {
  const dynamicRoutes = appRoutes().filter((route) => route.split("/").some(isDynamicSegment));
  for (const junk of ["%zz", "%%", "%E2%82", "%C0%AF"]) {
    test(`every dynamic route with “${junk}”`, async ({ baseURL }) => {
      const answers: string[] = [];
      for (const route of dynamicRoutes) {
        const path = route
          .split("/")
          .map((segment) => (isDynamicSegment(segment) ? junk : segment))
          .join("/");
        const result = await raw(baseURL, { method: "GET", path, headers: {} });
        answers.push(`${path} → ${result.status}`);
      }
      expect(answers.filter((answer) => !answer.endsWith("→ 404"))).toEqual([]);
    });
  }

  test("the reader sees the site’s not-found page", async ({ page }) => {
    // A browser would encode a bare "%", so the page is checked with an address it sends as it is.
    await expectNotFound(page, "/comments/%zz/edit");
  });
});

test("a callbackUrl next-auth can't read is a 400, not its 500", async ({ request }) => {
  for (const path of [
    "/api/auth/session?callbackUrl=DRAFT",
    "/api/auth/csrf?callbackUrl=x",
    "/api/auth/nope?callbackUrl=x",
  ])
    expect((await request.get(path)).status(), path).toBe(400);
  const withCookie = await request.get("/api/auth/session", {
    headers: { cookie: "__Secure-next-auth.callback-url=not-a-url" },
  });
  expect(withCookie.status()).toBe(400);
  expect((await request.get("/api/auth/session?callbackUrl=/articles")).status()).toBe(200);
});

test.describe("server actions posted in a shape our forms never send", () => {
  test("arguments that aren't a form get the form's refusal, not a 500", async ({ baseURL }) => {
    const postComment = actionIdByName(BUILD, "postCommentAction");
    const host = new URL(baseURL!).host;
    const post = (body: string) =>
      raw(baseURL, {
        method: "POST",
        path: ARTICLE,
        headers: {
          "next-action": postComment,
          "content-type": "text/plain;charset=UTF-8",
          origin: `http://${host}`,
        },
        body: Buffer.from(body),
      });
    for (const body of ["[1,2,3]", "[]", '[{"status":"idle"},5]', '[null,"$K1"]'])
      expect((await post(body)).status, body).toBe(200);
    for (const body of ['"x"', "{{{", '["$@1"]', '["$Q1"]', "[" + "0,".repeat(1500) + "0]"])
      expect((await post(body)).status, body).toBe(400);
  });

  test("a form posted without JavaScript from another website is refused with a 403", async ({ baseURL }) => {
    const postComment = actionIdByName(BUILD, "postCommentAction");
    const boundary = "----forged";
    const field = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const body = Buffer.from(
      field("$ACTION_REF_1", "") +
        field("$ACTION_1:0", JSON.stringify({ id: postComment, bound: "$@1" })) +
        field("$ACTION_1:1", '[{"status":"idle"}]') +
        field("$ACTION_KEY", "k1") +
        field("body", "Forged") +
        `--${boundary}--\r\n`,
    );
    const result = await raw(baseURL, {
      method: "POST",
      path: ARTICLE,
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        origin: "https://attacker.example",
      },
      body,
    });
    expect(result.status).toBe(403);
  });

  test("a “use cache” function posted as an action is not run", async ({ baseURL }) => {
    const host = new URL(baseURL!).host;
    const { cacheFunctionIds } = await import("../scripts/fuzz/run").then((run) =>
      run.actionIdsFromBuild(BUILD),
    );
    expect(cacheFunctionIds.length).toBeGreaterThan(0);
    const result = await raw(baseURL, {
      method: "POST",
      path: ARTICLE,
      headers: {
        "next-action": cacheFunctionIds[0]!,
        "content-type": "text/plain",
        origin: `http://${host}`,
      },
      body: Buffer.from('["the-songs-of-the-saltmarsh-picket-line"]'),
    });
    expect(result.status).toBe(404);
  });

  for (const [label, bytes] of [
    ["6 MiB", 6 * 1024 * 1024 + 1],
    ["50 MB", 50_000_000],
  ] as const) {
    test(`an upload of ${label} (over the body limit) is a 413 saying “at most 5 MB”`, async ({
      baseURL,
      context,
    }) => {
      const editor = await createStaff(context, "EDITOR");
      const saveArticle = actionIdByName(BUILD, "saveArticleAction");
      const boundary = "----big";
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"status":"idle"},"$K1"]\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="1_heroImage"; filename="huge.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
        ),
        Buffer.alloc(bytes, 0x55),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const host = new URL(baseURL!).host;
      const result = await raw(baseURL, {
        method: "POST",
        path: "/admin/articles/new",
        headers: {
          "next-action": saveArticle,
          "content-type": `multipart/form-data; boundary=${boundary}`,
          origin: `http://${host}`,
          cookie: `${SESSION_COOKIE}=${editor.sessionToken}`,
        },
        body,
      });
      expect(result.status).toBe(413);
      expect(result.excerpt).toContain("at most 5 MB");
    });
  }
});

test.describe("pages with nothing to show answer 404, before they stream", () => {
  test("an unknown preview token", async ({ page }) => {
    await expectNotFound(page, `/preview/${randomBytes(24).toString("base64url")}`);
  });

  test("a comment that doesn't exist, signed out and signed in", async ({ page, context }) => {
    for (const action of ["reply", "edit", "delete", "report"])
      await expectNotFound(page, `/comments/nope${action}/${action}`);
    await createUser(context, { prefix: "nocomment" });
    for (const action of ["reply", "edit", "delete", "report"])
      await expectNotFound(page, `/comments/missing-comment/${action}`);
  });

  test("another contributor's article and its revisions, to a contributor", async ({ page, context }) => {
    await createStaff(context, "CONTRIBUTOR");
    const { id } = seedArticle();
    await expectNotFound(page, `/admin/articles/${id}`);
    await expectNotFound(page, `/admin/articles/${id}/revisions`);
    // Their own newsroom still opens.
    const response = await page.goto("/admin/articles");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: NOT_FOUND_HEADING })).toHaveCount(0);
  });

  test("an article that doesn't exist, to an editor", async ({ page, context }) => {
    await createStaff(context, "EDITOR");
    await expectNotFound(page, "/admin/articles/no-such-article");
    await expectNotFound(page, "/admin/articles/no-such-article/revisions");
  });
});
