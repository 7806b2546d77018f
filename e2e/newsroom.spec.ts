/**
 * The newsroom end to end: drafting, review, scheduling, unpublishing, slugs, revisions, moderation,
 * concurrent edits, who may open which admin page, and what bad input looks like on the article form.
 *
 * Every test makes its own staff users (e2e/newsroom-helpers.ts) and its own articles with unique headlines,
 * and archives what it published, so tests neither share state nor leave stories on the public pages.
 */
import { request as playwrightRequest, type Locator, type Page } from "@playwright/test";

import { expectNotFound, expectOk, NOT_FOUND_HEADING } from "./helpers";
import {
  archiveArticle,
  createArticle,
  createStaff,
  fillArticle,
  headline,
  isActionResponse,
  homeLink,
  jpeg,
  savedMessage,
  seedArticle,
  storedArticle,
  submitArticle,
  utcLocal,
} from "./newsroom-helpers";
import { expect, openContexts, randomSuffix, SESSION_COOKIE, test } from "./users";

const CONFLICT = /Someone else saved this article after you opened it/;

function statusLine(page: Page) {
  return page.getByText(/^Status: /);
}

/** Clicks a button that runs a server action and waits for the action's answer. */
async function clickAction(page: Page, button: Locator) {
  await Promise.all([page.waitForResponse(isActionResponse), button.click()]);
}

/** Opens the story as a reader would and waits until its heading shows. */
async function expectLive(page: Page, slug: string, title: string) {
  await expectOk(page, `/articles/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

test("a contributor drafts and submits; it waits for review, with no way to publish, unseen by readers", async ({
  page,
  browser,
  dialogs,
  extraHTTPHeaders,
}) => {
  await createStaff(page.context(), "CONTRIBUTOR");
  const title = headline("Harbour ferry timetable under review");

  await page.goto("/admin/articles/new");
  await expect(page.getByRole("heading", { level: 1, name: "New article" })).toBeVisible();
  for (const name of ["Publish now", "Schedule", "Unpublish", "Archive"])
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  await expect(page.locator("#publishAt:visible")).toHaveCount(0);

  // A draft first, then the contributor comes back to it and submits.
  await fillArticle(page, {
    title,
    dek: "Operators want fewer winter crossings.",
    body: "Ferries **may** run less often.",
    excerpt: "Fewer crossings.",
  });
  const id = await submitArticle(page, "Save draft", "save");
  await expect(savedMessage(page)).toHaveText("Saved.");
  await expect(statusLine(page)).toContainText("draft");
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await page.locator("#note:visible").fill("Ready for an editor");
  await submitArticle(page, "Submit for review", "submit");
  await expect(savedMessage(page)).toHaveText("Submitted for review.");
  await expect(statusLine(page)).toContainText("submitted");
  // Submitted work is the editors' now: no form, no publishing.
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "This article is submitted; only editors can change it now.",
  );
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);

  await page.goto("/admin/articles");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText("submitted");

  const { slug } = storedArticle(id);
  expect(storedArticle(id).status).toBe("SUBMITTED");
  const [readerContext] = await openContexts(browser, 1, { dialogs, headers: extraHTTPHeaders ?? {} });
  try {
    const reader = await readerContext!.newPage();
    await createStaff(readerContext!, "READER");
    await expectNotFound(reader, `/articles/${slug}`);
    await expectOk(reader, "/");
    await expect(homeLink(reader, title)).toHaveCount(0);
    // Nor the contributor's own work in the newsroom.
    const response = await reader.goto(`/admin/articles/${id}`);
    expect(response?.status()).toBe(404);
  } finally {
    await readerContext!.close();
  }
});

test("an editor edits a submitted story, adds a hero image, previews it and schedules it; it goes live on its own", async ({
  page,
  browser,
  dialogs,
  extraHTTPHeaders,
}) => {
  test.setTimeout(120_000);
  const contexts = await openContexts(browser, 2, { dialogs, headers: extraHTTPHeaders ?? {} });
  const [editor, reader] = await Promise.all(contexts.map((context) => context.newPage()));
  try {
    await createStaff(page.context(), "CONTRIBUTOR");
    await createStaff(contexts[0]!, "EDITOR");
    const draftTitle = headline("Tram depot plan draft");
    const { id } = await createArticle(page, { title: draftTitle }, "Submit for review", "submit");

    // The editor finds it in the list and opens it.
    await editor!.goto("/admin/articles?status=SUBMITTED");
    await editor!.getByRole("link", { name: draftTitle, exact: true }).click();
    await expect(editor!).toHaveURL(`/admin/articles/${id}`);
    await expect(statusLine(editor!)).toContainText("submitted");

    const title = headline("Tram depot to be built on the old gasworks");
    await editor!.locator("#title:visible").fill(title);
    await editor!
      .locator("#body:visible")
      .fill("The city approved the **depot** on Tuesday.\n\nBuilding starts in spring.");
    await editor!
      .locator("#heroImage:visible")
      .setInputFiles({ name: "depot.jpg", mimeType: "image/jpeg", buffer: await jpeg() });
    await editor!.locator("#heroImageAlt:visible").fill("The empty gasworks site at dusk");
    await editor!.locator("#heroImageCaption:visible").fill("The site today.");
    await submitArticle(editor!, "Save", "save");
    await expect(savedMessage(editor!)).toHaveText("Saved.");
    await expect(editor!.locator("#title:visible")).toHaveValue(title);
    const image = editor!.getByRole("link", { name: /^\/uploads\/.+\.webp$/ });
    await expect(image).toBeVisible();
    const imageUrl = (await image.getAttribute("href"))!;
    expect((await editor!.request.get(imageUrl)).status()).toBe(200);

    // The secret preview: the whole page, not indexed, not cached.
    const previewHref = await editor!
      .getByRole("link", { name: "Preview", exact: true })
      .getAttribute("href");
    expect(previewHref).toMatch(/^\/preview\/[A-Za-z0-9_-]+$/);
    const preview = await editor!.context().newPage();
    const previewResponse = await preview.goto(previewHref!);
    expect(previewResponse?.status()).toBe(200);
    expect(previewResponse?.headers()["x-robots-tag"]).toMatch(/noindex/);
    expect(previewResponse?.headers()["cache-control"]).toMatch(/no-store/);
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(preview.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(preview.getByRole("img", { name: "The empty gasworks site at dusk" })).toBeVisible();
    await preview.close();

    // Schedule a few seconds ahead.
    await editor!.locator("#publishAt:visible").fill(utcLocal(new Date(Date.now() + 6_000)));
    await submitArticle(editor!, "Schedule", "schedule");
    await expect(savedMessage(editor!)).toHaveText("Scheduled.");
    await expect(statusLine(editor!)).toContainText(/scheduled for \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    const { slug } = storedArticle(id);

    // Nobody reads the site meanwhile: the server publishes it on time by itself. A publication has no response
    // to wait for, so the reader looks again until it shows: once renders that began before it have finished,
    // which on this shared two-core machine is bounded by ABANDON_MS (10 s), not by a render's usual 50 ms.
    await reader!.goto("/");
    await expect(homeLink(reader!, title)).toHaveCount(0);
    await expect.poll(() => storedArticle(id).status, { timeout: 20_000 }).toBe("PUBLISHED");
    await expect(async () => {
      await reader!.reload();
      await expect(homeLink(reader!, title).first()).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 10_000 });

    await expectLive(reader!, slug, title);
    const hero = reader!.getByRole("img", { name: "The empty gasworks site at dusk" });
    await expect(hero).toBeVisible();
    await expect
      .poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);

    await archiveArticle(editor!, id);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

test("unpublishing takes a story away from readers: 404 on its URL, gone from the home page", async ({
  page,
  browser,
  dialogs,
  extraHTTPHeaders,
}) => {
  await createStaff(page.context(), "EDITOR");
  const title = headline("Library opens on Sundays");
  const { id, slug } = await createArticle(page, { title }, "Publish now", "publish");
  await expect(savedMessage(page)).toHaveText("Published. Readers see it now.");

  const [readerContext] = await openContexts(browser, 1, { dialogs, headers: extraHTTPHeaders ?? {} });
  try {
    const reader = await readerContext!.newPage();
    await expectLive(reader, slug, title);
    // The next request after the publish shows it: no render from before the write is ever served after it.
    await expectOk(reader, "/");
    await expect(homeLink(reader, title).first()).toBeVisible();

    await page.goto(`/admin/articles/${id}`);
    await submitArticle(page, "Unpublish", "unpublish");
    await expect(savedMessage(page)).toHaveText("Unpublished. Readers can no longer see it.");
    await expect(statusLine(page)).toContainText("draft");

    await expectNotFound(reader, `/articles/${slug}`);
    await expectOk(reader, "/");
    await expect(homeLink(reader, title)).toHaveCount(0);
    expect(storedArticle(id).status).toBe("DRAFT");
  } finally {
    await readerContext!.close();
  }
});

test("changing a published story's slug answers the old URL with a permanent redirect (308) to the new one", async ({
  page,
}) => {
  await createStaff(page.context(), "EDITOR");
  const title = headline("Night buses return to the ring road");
  const oldSlug = `night-buses-${randomSuffix()}`;
  const { id } = await createArticle(page, { title, slug: oldSlug }, "Publish now", "publish");
  expect(storedArticle(id).slug).toBe(oldSlug);

  const newSlug = `night-buses-ring-road-${randomSuffix()}`;
  await page.locator("#slug:visible").fill(newSlug);
  await submitArticle(page, "Update live article", "publish");
  await expect(page.locator("#slug:visible")).toHaveValue(newSlug);

  const response = await page.request.get(`/articles/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(new URL(response.headers()["location"]!, "http://localhost").pathname).toBe(`/articles/${newSlug}`);
  // A reader following an old link lands on the story.
  await page.goto(`/articles/${oldSlug}`);
  await expect(page).toHaveURL(`/articles/${newSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await archiveArticle(page, id);
});

test("restoring an older revision brings back the older headline", async ({ page }) => {
  await createStaff(page.context(), "EDITOR");
  const first = headline("Council delays vote on parking fees");
  const { id } = await createArticle(page, { title: first });
  const second = headline("Council approves higher parking fees");
  await page.locator("#title:visible").fill(second);
  await page.locator("#note:visible").fill("New headline after the vote");
  await submitArticle(page, "Save", "save");
  expect(storedArticle(id).title).toBe(second);

  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page).toHaveURL(`/admin/articles/${id}/revisions`);
  // Compare the first revision ("Created") with the newest.
  const created = page.getByRole("row").filter({ hasText: "Created" });
  await created.getByRole("radio", { name: /^Compare from / }).check();
  await page
    .getByRole("row")
    .nth(1)
    .getByRole("radio", { name: /^Compare to / })
    .check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/[?&]a=.+/);
  await expect(page).toHaveURL(/[?&]b=.+/);
  const changes = page.getByRole("region", { name: "Changes" });
  await expect(changes.locator("del", { hasText: "delays vote on" })).toBeVisible();
  await expect(changes.locator("ins", { hasText: "approves higher" })).toBeVisible();

  await page.getByRole("button", { name: /^Restore the older revision/ }).click();
  await expect(page).toHaveURL(`/admin/articles/${id}?saved=restore`);
  await expect(savedMessage(page)).toHaveText("Revision restored.");
  await expect(page.locator("#title:visible")).toHaveValue(first);
  expect(storedArticle(id).title).toBe(first);
});

test("moderation: approve a held comment, hide a visible one; a reader with commenting off is refused", async ({
  page,
  browser,
  dialogs,
  extraHTTPHeaders,
}) => {
  test.setTimeout(90_000);
  await createStaff(page.context(), "EDITOR");
  const title = headline("Allotment waiting list passes a thousand");
  const { id, slug } = await createArticle(page, { title }, "Publish now", "publish");

  const contexts = await openContexts(browser, 3, { dialogs, headers: extraHTTPHeaders ?? {} });
  const [ann, ben, cat] = await Promise.all(contexts.map((context) => context.newPage()));
  const [annUser, benUser, catUser] = await Promise.all(
    contexts.map((context, index) =>
      createStaff(context, "READER", `${["Ann", "Ben", "Cat"][index]} ${randomSuffix()}`),
    ),
  );
  const tag = randomSuffix();
  const comments = (reader: Page) => reader.locator("section#comments");

  async function post(reader: Page, name: string, body: string) {
    await reader.goto(`/articles/${slug}`);
    const box = comments(reader).getByLabel(`Comment as ${name}`);
    await box.fill(body);
    await comments(reader).getByRole("button", { name: "Post comment" }).click();
  }

  try {
    // A banned word holds Ann's comment for moderation: Ben doesn't see it.
    const held = `Sounds like a scamcoin pitch to me (${tag}).`;
    await post(ann!, annUser!.name!, held);
    await expect(ann!).toHaveURL(/posted=pending/, { timeout: 15_000 });
    await expect(ann!.getByText("Awaiting moderation · only you can see this")).toBeVisible();
    await ben!.goto(`/articles/${slug}`);
    await expect(comments(ben!)).toBeVisible();
    await expect(ben!.getByText(held)).toHaveCount(0);

    await page.goto("/admin/comments?queue=pending");
    const heldCard = page.locator("article").filter({ hasText: held });
    await expect(heldCard).toHaveCount(1);
    await expect(heldCard.getByText("pending", { exact: true })).toBeVisible();
    await clickAction(page, heldCard.getByRole("button", { name: "Approve", exact: true }));
    await page.reload();
    await expect(heldCard).toHaveCount(0);

    await ben!.goto(`/articles/${slug}`);
    await expect(comments(ben!).getByText(held)).toBeVisible();

    // Ben's comment is visible to Ann until a moderator hides it.
    const visible = `The waiting list is longer at the north site (${tag}).`;
    await post(ben!, benUser!.name!, visible);
    await expect(ben!).toHaveURL(/#comment-/, { timeout: 15_000 });
    await ann!.goto(`/articles/${slug}`);
    await expect(comments(ann!).getByText(visible)).toBeVisible();

    await page.goto("/admin/comments?queue=all&status=VISIBLE");
    const visibleCard = page.locator("article").filter({ hasText: visible });
    await clickAction(page, visibleCard.getByRole("button", { name: "Hide", exact: true }));
    await page.reload();
    await expect(visibleCard).toHaveCount(0);
    await ann!.goto(`/articles/${slug}`);
    await expect(comments(ann!)).toBeVisible();
    await expect(comments(ann!).getByText(visible)).toHaveCount(0);

    // Cat has the composer open when a moderator turns her commenting off; her post is refused, with the reason.
    await cat!.goto(`/articles/${slug}`);
    const box = comments(cat!).getByLabel(`Comment as ${catUser!.name}`);
    await expect(box).toBeVisible();
    await page.goto(`/admin/comments/authors/${catUser!.id}`);
    const reason = `Repeated off-topic posts ${tag}`;
    await page.getByLabel("Reason").fill(reason);
    await page.getByRole("button", { name: "Turn off commenting" }).click();
    await expect(page.getByText("Commenting is off for this account.")).toBeVisible();

    const refused = `Can I still post here? (${tag})`;
    await box.fill(refused);
    await comments(cat!).getByRole("button", { name: "Post comment" }).click();
    await expect(
      comments(cat!).getByText(`Commenting has been turned off for your account. Reason: ${reason}`),
    ).toBeVisible();
    await expect(cat!).toHaveURL(`/articles/${slug}`);
    await expect(comments(cat!).getByLabel(`Comment as ${catUser!.name}`)).toHaveValue(refused);
    await expect(comments(cat!).locator("article", { hasText: refused })).toHaveCount(0);
    // On the next visit the composer is replaced by the same explanation.
    await cat!.reload();
    await expect(
      comments(cat!).getByText(`Commenting has been turned off for your account. Reason: ${reason}`),
    ).toBeVisible();
    await expect(comments(cat!).getByRole("button", { name: "Post comment" })).toHaveCount(0);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
  await archiveArticle(page, id);
});

test("two editors save the same article: the second gets a conflict and keeps what they typed", async ({
  page,
  browser,
  dialogs,
  extraHTTPHeaders,
}) => {
  await createStaff(page.context(), "EDITOR");
  const original = headline("Swimming pool roof repairs");
  const { id } = await createArticle(page, { title: original });

  const [otherContext] = await openContexts(browser, 1, { dialogs, headers: extraHTTPHeaders ?? {} });
  try {
    const other = await otherContext!.newPage();
    await createStaff(otherContext!, "EDITOR");
    await Promise.all([page.goto(`/admin/articles/${id}`), other.goto(`/admin/articles/${id}`)]);
    await Promise.all([
      expect(page.locator("#title:visible")).toHaveValue(original),
      expect(other.locator("#title:visible")).toHaveValue(original),
    ]);

    const firstTitle = headline("Pool roof repairs finish early");
    await page.locator("#title:visible").fill(firstTitle);
    await page.locator("#body:visible").fill("First editor's body.");
    await submitArticle(page, "Save", "save");

    const secondTitle = headline("Pool roof repairs overrun");
    const secondBody = "Second editor's body, which must not be lost.";
    await other.locator("#title:visible").fill(secondTitle);
    await other.locator("#body:visible").fill(secondBody);
    await other.getByRole("button", { name: "Save", exact: true }).click();
    await expect(other.locator("main").getByRole("alert")).toHaveText(CONFLICT);
    await expect(other).toHaveURL(`/admin/articles/${id}`);
    await expect(other.locator("#title:visible")).toHaveValue(secondTitle);
    await expect(other.locator("#body:visible")).toHaveValue(secondBody);

    const stored = storedArticle(id);
    expect(stored.title).toBe(firstTitle);
    expect(stored.body).toBe("First editor's body.");
  } finally {
    await otherContext!.close();
  }
});

test("who may open which newsroom page, over HTTP", async ({ baseURL, extraHTTPHeaders }) => {
  const [reader, contributor, editor, admin] = (["READER", "CONTRIBUTOR", "EDITOR", "ADMIN"] as const).map(
    (role) => ({ role, user: null as null | Awaited<ReturnType<typeof createStaff>> }),
  );
  for (const entry of [reader, contributor, editor, admin])
    entry!.user = await createStaff(null, entry!.role);
  const someoneElses = seedArticle();

  // path → roles that get the page (everyone else signed in gets a 404)
  const matrix: [string, string[]][] = [
    ["/admin", ["CONTRIBUTOR", "EDITOR", "ADMIN"]],
    ["/admin/articles", ["CONTRIBUTOR", "EDITOR", "ADMIN"]],
    ["/admin/articles?status=DRAFT&sort=title", ["CONTRIBUTOR", "EDITOR", "ADMIN"]],
    ["/admin/articles/new", ["CONTRIBUTOR", "EDITOR", "ADMIN"]],
    [`/admin/articles/${someoneElses.id}`, ["EDITOR", "ADMIN"]],
    [`/admin/articles/${someoneElses.id}/revisions`, ["EDITOR", "ADMIN"]],
    ["/admin/comments", ["EDITOR", "ADMIN"]],
    ["/admin/comments?queue=reported", ["EDITOR", "ADMIN"]],
    [`/admin/comments/authors/${reader!.user!.id}`, ["EDITOR", "ADMIN"]],
    ["/admin/audit", ["EDITOR", "ADMIN"]],
    ["/admin/users", ["ADMIN"]],
    ["/admin/settings", ["ADMIN"]],
  ];
  const anonymous = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders, maxRedirects: 0 });
  const signedIn = await Promise.all(
    [reader, contributor, editor, admin].map((entry) =>
      playwrightRequest.newContext({
        baseURL,
        maxRedirects: 0,
        extraHTTPHeaders: { ...extraHTTPHeaders, cookie: `${SESSION_COOKIE}=${entry!.user!.sessionToken}` },
      }),
    ),
  );
  const problems: string[] = [];
  try {
    for (const [path, allowed] of matrix) {
      const response = await anonymous.get(path);
      const location = response.headers()["location"] ?? "";
      const target = new URL(location, baseURL);
      if (
        ![302, 303, 307].includes(response.status()) ||
        target.pathname !== "/signin" ||
        target.searchParams.get("callbackUrl") !== path
      )
        problems.push(`anonymous ${path}: ${response.status()} → ${location}`);

      for (const [index, entry] of [reader, contributor, editor, admin].entries()) {
        const role = entry!.role;
        const res = await signedIn[index]!.get(path);
        const body = await res.text();
        // A page that streamed before it found out it should 404 carries this marker (and shows the not-found page).
        const streamedNotFound = body.includes("NEXT_HTTP_ERROR_FALLBACK;404");
        if (allowed.includes(role)) {
          if (res.status() !== 200 || streamedNotFound)
            problems.push(
              `${role} ${path}: expected the page, got ${res.status()}${streamedNotFound ? " with the not-found page" : ""}`,
            );
          else if (!body.includes("Newsroom")) problems.push(`${role} ${path}: 200 but no newsroom header`);
        } else if (res.status() !== 404) {
          problems.push(
            `${role} ${path}: expected 404, got ${res.status()}${streamedNotFound ? " with the not-found page" : ""}`,
          );
        } else if (!body.includes(NOT_FOUND_HEADING)) {
          problems.push(`${role} ${path}: 404 without the not-found page`);
        }
      }
    }
  } finally {
    await Promise.all([anonymous, ...signedIn].map((context) => context.dispose()));
  }
  expect(problems).toEqual([]);
});

test.describe("bad input on the article form shows an error on the field and keeps what was typed", () => {
  const kept = {
    dek: "A dek that must survive the error.",
    body: "A body that must **survive** the error.",
    tags: `kept-${randomSuffix()}`,
    heroImageAlt: "Alt text that must survive",
  };

  async function startArticle(page: Page, title: string, extra: Record<string, string> = {}) {
    await createStaff(page.context(), "EDITOR");
    await page.goto("/admin/articles/new");
    await fillArticle(page, { title, ...kept, ...extra });
  }

  async function expectFieldError(page: Page, field: string, message: RegExp | string) {
    await expect(page.locator("main").getByRole("alert")).toBeVisible();
    await expect(page.locator(`#${field}-error:visible`)).toHaveText(message);
    await expect(page.locator(`#${field}:visible`)).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${field}:visible`)).toHaveAttribute(
      "aria-describedby",
      new RegExp(`${field}-error`),
    );
    await expect(page).toHaveURL("/admin/articles/new");
  }

  async function expectKept(page: Page, title: string) {
    await expect(page.locator("#title:visible")).toHaveValue(title);
    await expect(page.locator("#dek:visible")).toHaveValue(kept.dek);
    await expect(page.locator("#body:visible")).toHaveValue(kept.body);
    await expect(page.locator("#tags:visible")).toHaveValue(kept.tags);
    await expect(page.locator("#heroImageAlt:visible")).toHaveValue(kept.heroImageAlt);
    await expect(page.locator("#sectionId:visible")).not.toHaveValue("");
    await expect(page.locator("#sourceId:visible")).not.toHaveValue("");
    await expect(page.locator("input[name=authorIds]:visible").first()).toBeChecked();
  }

  const uploads: {
    name: string;
    file: () => Promise<{ name: string; mimeType: string; buffer: Buffer }>;
    message: RegExp;
  }[] = [
    {
      name: "an image over 5 MB",
      file: async () => {
        const buffer = Buffer.alloc(5 * 1024 * 1024 + 300_000, 0x55);
        (await jpeg(400, 300)).copy(buffer);
        return { name: "huge.jpg", mimeType: "image/jpeg", buffer };
      },
      message: /at most 5 MB/,
    },
    {
      name: "a text file named .jpg",
      file: async () => ({
        name: "notes.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("This is not a picture, just some notes.\n".repeat(50)),
      }),
      message: /isn’t an image we can read/,
    },
    {
      name: "an SVG",
      file: async () => ({
        name: "logo.svg",
        mimeType: "image/svg+xml",
        buffer: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="red"/><script>alert(1)</script></svg>',
        ),
      }),
      message: /SVG images aren’t accepted/,
    },
  ];
  test("an image over the upload limit is refused in the browser, before it is sent", async ({ page }) => {
    // 26 MB of files go through the browser's file chooser: on a 2-core machine with the server busy that alone
    // can take most of the default 30 s, so this test gets the slow budget (the page's own answers are instant).
    test.slow();
    const title = headline("Too large");
    await startArticle(page, title);
    // The live preview posts the body as it changes; an upload would be a post of megabytes.
    const bigPosts: number[] = [];
    page.on("request", (request) => {
      const size = request.postDataBuffer()?.length ?? 0;
      if (request.method() === "POST" && size > 1024 * 1024) bigPosts.push(size);
    });
    // (The 50 MB case is an HTTP-level test in bad-requests.spec.ts: a file that size is slow to hand over.)
    for (const megabytes of [6, 20]) {
      await page.locator("#heroImage:visible").setInputFiles({
        name: "huge.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.alloc(megabytes * 1024 * 1024, 0x55),
      });
      // Said as soon as the file is chosen.
      await expect(page.locator("#heroImage-error:visible")).toHaveText(
        `Images can be at most 5 MB. This one is ${megabytes.toFixed(1)} MB: choose a smaller image.`,
      );
      await page.getByRole("button", { name: "Save draft" }).click();
      await expectFieldError(page, "heroImage", /at most 5 MB/);
      await expect(page.locator("#heroImage:visible")).toBeFocused();
      await expectKept(page, title);
    }
    expect(bigPosts).toEqual([]);
    // A smaller image clears the error.
    await page.locator("#heroImage:visible").setInputFiles({
      name: "small.jpg",
      mimeType: "image/jpeg",
      buffer: await jpeg(800, 450),
    });
    await expect(page.locator("#heroImage-error")).toHaveCount(0);
  });

  for (const upload of uploads) {
    test(`upload: ${upload.name}`, async ({ page }) => {
      const title = headline("Upload check");
      await startArticle(page, title);
      await page.locator("#heroImage:visible").setInputFiles(await upload.file());
      await page.getByRole("button", { name: "Save draft" }).click();
      await expectFieldError(page, "heroImage", upload.message);
      await expectKept(page, title);
    });
  }

  test("an empty headline", async ({ page }) => {
    await startArticle(page, "   ");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expectFieldError(page, "title", "Enter a headline.");
    await expectKept(page, "   ");
  });

  test("a slug another story already uses", async ({ page }) => {
    const taken = seedArticle().slug;
    const title = headline("Duplicate slug check");
    await startArticle(page, title, { slug: taken });
    await page.getByRole("button", { name: "Save draft" }).click();
    await expectFieldError(page, "slug", `The slug “${taken}” is already used by another article.`);
    await expectKept(page, title);
    await expect(page.locator("#slug:visible")).toHaveValue(taken);
  });

  test("a slug with spaces and accents is normalised; one with no Latin letters is refused", async ({
    page,
  }) => {
    const suffix = randomSuffix();
    const title = headline("Slug check");
    await startArticle(page, title, { slug: "Новости" });
    await page.getByRole("button", { name: "Save draft" }).click();
    await expectFieldError(page, "slug", "The slug needs at least one Latin letter or digit.");
    await expectKept(page, title);

    await page.locator("#slug:visible").fill(`  Café Crème  Über Новости ${suffix} `);
    const id = await submitArticle(page, "Save draft", "save");
    const expected = `cafe-creme-uber-${suffix}`;
    expect(storedArticle(id).slug).toBe(expected);
    await expect(page.locator("#slug:visible")).toHaveValue(expected);
  });

  test("an invalid or past publish date", async ({ page }) => {
    const title = headline("Schedule check");
    await startArticle(page, title);
    // In the past.
    await page.locator("#publishAt:visible").fill(utcLocal(new Date(Date.now() - 3_600_000)));
    await page.getByRole("button", { name: "Schedule" }).click();
    await expectFieldError(page, "publishAt", "Choose a publish time in the future.");
    await expectKept(page, title);

    // Not a date at all (as a browser without a date picker would send it).
    for (const value of ["next tuesday", "2027-13-45T10:00:00", "2027-02-30T10:00:00"]) {
      // React puts type=datetime-local back on every render, so change it and submit in one go.
      const [response] = await Promise.all([
        page.waitForResponse(isActionResponse),
        page.locator("#publishAt:visible").evaluate((input: HTMLInputElement, text) => {
          input.type = "text";
          input.value = text;
          input.form!.requestSubmit(input.form!.querySelector<HTMLButtonElement>("button[value=schedule]"));
        }, value),
      ]);
      expect(response.headers()["x-action-redirect"], `${value} must not be saved`).toBeUndefined();
      await expect(page.locator("#publishAt-error:visible"), value).toHaveText(
        "Enter a valid date and time.",
      );
      await expectKept(page, title);
    }
  });
});

test("autosaving a published story never changes what readers see; Update does, on the next request", async ({
  page,
  browser,
  dialogs,
  extraHTTPHeaders,
}) => {
  test.setTimeout(60_000);
  await createStaff(page.context(), "EDITOR");
  const title = headline("Harbour ferry timetable changes for winter");
  const { id, slug } = await createArticle(page, { title }, "Publish now", "publish");
  await expect(savedMessage(page)).toHaveText("Published. Readers see it now.");
  const published = storedArticle(id);

  const [readerContext] = await openContexts(browser, 1, { dialogs, headers: extraHTTPHeaders ?? {} });
  try {
    const reader = await readerContext!.newPage();
    await expectLive(reader, slug, title);

    // The editor types and waits past the autosave: a working copy, not the live story.
    const halfTyped = headline("Harbour ferry timetable chan");
    await page.locator("#title:visible").fill(halfTyped);
    await expect(page.getByText(/Changes autosaved at .*readers still see the live version/)).toBeVisible({
      timeout: 15_000,
    });
    expect(storedArticle(id).title).toBe(title);
    expect(storedArticle(id).version).toBe(published.version);
    await reader.goto(`/articles/${slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);

    // Closing the tab loses nothing: the editor reopens with the working copy and says what differs.
    await page.goto(`/admin/articles/${id}`);
    await expect(page.locator("#title:visible")).toHaveValue(halfTyped);
    await expect(page.getByRole("region", { name: "Unpublished changes" })).toContainText("Headline");

    // Update publishes it; the reader's next request shows it.
    await submitArticle(page, "Update live article", "publish");
    expect(storedArticle(id).title).toBe(halfTyped);
    await reader.goto(`/articles/${slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(halfTyped);
    await archiveArticle(page, id);
  } finally {
    await readerContext!.close();
  }
});
