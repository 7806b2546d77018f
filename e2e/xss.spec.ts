/**
 * Cross-site scripting: over a hundred classic payloads (e2e/xss-payloads.ts) posted as comments and set as
 * display names. Nothing may run (no dialog, no window.__xss), nothing may be injected into the DOM, and the
 * text shown must equal the text typed.
 *
 * Comments: ten payloads per comment, one per paragraph, posted through the UI by several fresh users at once
 * (5 comments a minute each). Names: set through /account by several users at once, checked in the header and
 * on the account form; then every name is given to a user created in the database with a comment, and the
 * comment pages must show each author's name exactly.
 */
import type { Page } from "@playwright/test";

import { XSS_NAMES, XSS_PAYLOADS } from "./xss-payloads";
import {
  accountLink,
  createUser,
  expect,
  insertComments,
  insertUsers,
  openContexts,
  randomSuffix,
  test,
} from "./users";

const COMMENTS_SLUG = "inland-office-vacancies-hit-record-as-firms-shrink-floor-space";
const NAMES_SLUG = "rowing-crews-from-rival-harbours-race-for-a-century-old-oar";
const PER_COMMENT = 10;
const USERS = 3;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Anything the payloads could have put into the page: elements that have no business in comments, inline
 * event-handler attributes (React never writes on* attributes), javascript: URLs, scripts other than Next's,
 * and the window.__xss marker.
 */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 120);
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${attribute.name} on ${describe(element)}`);
        const url = attribute.value.replace(/[\u0000-\u0020\u200B-\u200D]/g, "");
        // React gives forms with server-action functions this placeholder action (it throws if ever used).
        const reactPlaceholder =
          attribute.name === "action" &&
          url.startsWith("javascript:thrownewError('AReactformwasunexpectedlysubmitted.");
        if (
          /^(href|src|action|formaction|xlink:href|data|background)$/i.test(attribute.name) &&
          /^(javascript|vbscript|data):/i.test(url) &&
          !reactPlaceholder
        ) {
          found.push(`${attribute.name}=${attribute.value} on ${describe(element)}`);
        }
      }
    }
    for (const element of Array.from(
      document.querySelectorAll(
        "iframe, object, embed, frame, frameset, base, applet, marquee, isindex, keygen, math, svg:not(header svg, footer svg, nav svg), img[src='x'], img[src='1'], image, video source, audio",
      ),
    )) {
      found.push(`element ${describe(element)}`);
    }
    for (const script of Array.from(document.querySelectorAll("script"))) {
      const src = script.getAttribute("src");
      const text = script.textContent ?? "";
      const nextScript = src
        ? src.startsWith("/_next/")
        : /^\(?(self\.__next_[a-z]|\(?globalThis\["TURBOPACK"\])/.test(text) ||
          script.type === "application/ld+json" ||
          text.trim() === "";
      if (!nextScript) found.push(`script ${describe(script)}`);
    }
    // Comment bodies hold only paragraphs and http(s) links.
    for (const element of Array.from(document.querySelectorAll("article.comment > div[dir] *"))) {
      const ok =
        element.tagName === "P" ||
        (element.tagName === "A" && /^https?:\/\//.test(element.getAttribute("href") ?? ""));
      if (!ok) found.push(`in a comment body: ${describe(element)}`);
    }
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) found.push("window.__xss was set");
    return found;
  });
}

async function paragraphsOf(page: Page, id: string): Promise<string[]> {
  return page
    .locator(`article#comment-${id}.comment > div > p`)
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? ""));
}

test(`${XSS_PAYLOADS.length} payloads posted as comments show as text and run nothing`, async ({
  browser,
  dialogs,
  extraHTTPHeaders,
}) => {
  // Over a hundred posts and page checks: 66–72 s alone on a 2-core CI machine, beyond 90 s beside the other
  // worker's tests. The budget is for the amount of work, not a wait for anything.
  test.setTimeout(180_000);
  const headers = extraHTTPHeaders ?? {};
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  const groups = chunks(XSS_PAYLOADS, PER_COMMENT);
  const contexts = await openContexts(browser, USERS, { dialogs, headers });
  const posted: { id: string; lines: string[] }[] = [];
  try {
    await Promise.all(
      contexts.map(async (context, u) => {
        const user = await createUser(context, { prefix: `xss-${u}` });
        const page = await context.newPage();
        for (let g = u; g < groups.length; g += USERS) {
          const lines = groups[g]!;
          await page.goto(`/articles/${COMMENTS_SLUG}`);
          const box = page.locator("section#comments").getByLabel(`Comment as ${user.name}`);
          await box.fill(lines.join("\n\n"));
          await page.locator("section#comments").getByRole("button", { name: "Post comment" }).click();
          await expect(page).toHaveURL(new RegExp(`/articles/${COMMENTS_SLUG}#comment-`), {
            timeout: 15_000,
          });
          const id = page.url().split("#comment-")[1]!;
          expect(await paragraphsOf(page, id), `comment ${g + 1}`).toEqual(lines);
          expect(await injected(page), `after posting comment ${g + 1}`).toEqual([]);
          posted.push({ id, lines });
        }
        // The edit form puts the stored text back into a textarea unchanged.
        const mine = posted.find((entry) => entry.lines === groups[u]);
        await page.goto(`/comments/${mine!.id}/edit`);
        await expect(page.getByLabel("Your comment")).toHaveValue(groups[u]!.join("\n\n"));
        expect(await injected(page), "edit page").toEqual([]);
      }),
    );
    expect(posted).toHaveLength(groups.length);

    // A reader without an account, on the article and on the full comments page.
    const [reader] = await openContexts(browser, 1, { dialogs, headers });
    try {
      const page = await reader!.newPage();
      for (const path of [`/articles/${COMMENTS_SLUG}`, `/articles/${COMMENTS_SLUG}/comments`]) {
        await page.goto(path);
        if (!path.endsWith("/comments"))
          await expect(page.locator("section#comments").getByText("to join the conversation.")).toBeVisible();
        for (const { id, lines } of posted)
          expect(await paragraphsOf(page, id), `${path} #comment-${id}`).toEqual(lines);
        expect(await injected(page), path).toEqual([]);
        // Hover and focus everything in the comments: handlers would fire now if any existed.
        await page.locator("article.comment > div > p").first().hover();
        await page.keyboard.press("Tab");
      }
    } finally {
      await reader!.close();
    }
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
  expect(dialogs).toEqual([]);
});

test(`${XSS_NAMES.length} payloads as display names: set on /account, shown as text everywhere`, async ({
  browser,
  dialogs,
  extraHTTPHeaders,
}) => {
  // Over a hundred posts and page checks: 66–72 s alone on a 2-core CI machine, beyond 90 s beside the other
  // worker's tests. The budget is for the amount of work, not a wait for anything.
  test.setTimeout(180_000);
  const headers = extraHTTPHeaders ?? {};
  expect(XSS_NAMES.length).toBeGreaterThanOrEqual(100);

  // 1. Through the account page, several users at once.
  const setters = 4;
  const contexts = await openContexts(browser, setters, { dialogs, headers });
  try {
    await Promise.all(
      contexts.map(async (context, u) => {
        await createUser(context, { prefix: `xss-name-${u}` });
        const page = await context.newPage();
        await page.goto("/account");
        const field = page.getByRole("textbox", { name: "Display name" });
        const save = page.locator("form:has(#field-name) button[type=submit]");
        for (let n = u, round = 0; n < XSS_NAMES.length; n += setters, round++) {
          const name = XSS_NAMES[n]!;
          await field.fill(name);
          const saved = page.waitForResponse((response) => response.request().method() === "POST");
          await save.click();
          await saved;
          await expect(save).toHaveText("Save name");
          await expect(page.getByRole("status")).toHaveText("Display name saved.");
          await expect(field).toHaveValue(name);
          expect(await injected(page), `name ${JSON.stringify(name)}`).toEqual([]);
          // Every third name, reload: the header (client) and the form (server) render the stored name.
          if (round % 3 === 0) {
            await page.reload();
            await expect(accountLink(page)).toHaveText(`Your account: ${name}`);
            await expect(field).toHaveValue(name);
            expect(await injected(page), `name ${JSON.stringify(name)} after reload`).toEqual([]);
          }
        }
        // The last name on the comment form's label.
        await page.goto(`/articles/${NAMES_SLUG}`);
        const last = XSS_NAMES[u + setters * Math.floor((XSS_NAMES.length - 1 - u) / setters)]!;
        await expect(page.locator("section#comments label", { hasText: "Comment as" })).toHaveText(
          `Comment as ${last}`,
        );
        expect(await injected(page)).toEqual([]);
      }),
    );
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }

  // 2. Every name on a comment: users and comments written directly, then one real post refreshes the list.
  const base = Date.now() - 3_600_000;
  const tag = randomSuffix();
  const authors = insertUsers(XSS_NAMES.map((name) => ({ name, prefix: "xss-author" })));
  insertComments(
    authors.map((author, i) => ({
      articleSlug: NAMES_SLUG,
      userId: author.id,
      body: `Comment ${i + 1} by a tricky name (${tag}).`,
      createdAt: new Date(base + i * 1000),
    })),
  );
  const [poster] = await openContexts(browser, 1, { dialogs, headers });
  try {
    const page = await poster!.newPage();
    const user = await createUser(poster!, { prefix: "xss-refresh" });
    await page.goto(`/articles/${NAMES_SLUG}`);
    await page
      .locator("section#comments")
      .getByLabel(`Comment as ${user.name}`)
      .fill(`Refreshing the list (${randomSuffix()}).`);
    await page.locator("section#comments").getByRole("button", { name: "Post comment" }).click();
    await expect(page).toHaveURL(/#comment-/, { timeout: 15_000 });

    const seen: string[] = [];
    let path: string | null = `/articles/${NAMES_SLUG}/comments?sort=oldest`;
    while (path) {
      await page.goto(path);
      const rows = await page.locator("article.comment").evaluateAll((elements) =>
        elements.map((element) => ({
          name: element.querySelector("header > span")?.textContent ?? "",
          label: element.getAttribute("aria-label") ?? "",
          body: element.querySelector(":scope > div > p")?.textContent ?? "",
        })),
      );
      for (const row of rows) {
        const n = new RegExp(`^Comment (\\d+) by a tricky name \\(${tag}\\)\\.$`).exec(row.body)?.[1];
        if (!n) continue;
        const expected = XSS_NAMES[Number(n) - 1]!;
        expect(row.name, `author of comment ${n}`).toBe(expected);
        expect(row.label, `aria-label of comment ${n}`).toBe(`Comment by ${expected}`);
        seen.push(expected);
      }
      expect(await injected(page), path).toEqual([]);
      path = await page
        .getByRole("link", { name: "Load more comments" })
        .getAttribute("href", { timeout: 1000 })
        .catch(() => null);
    }
    expect(seen).toEqual([...XSS_NAMES]);
  } finally {
    await poster!.close();
  }
  expect(dialogs).toEqual([]);
});
