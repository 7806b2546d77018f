/**
 * Helpers for the newsroom specs (e2e/newsroom.spec.ts): staff users with a given role, filling and saving the
 * article form as a person would, and reading what was stored.
 */
import { expect, type BrowserContext, type Locator, type Page, type Response } from "@playwright/test";
import sharp from "sharp";

import { insertUsers, openDb, randomSuffix, signInContext, type TestUser } from "./users";

export type Role = "READER" | "CONTRIBUTOR" | "EDITOR" | "ADMIN";

/** A fresh user with `role` and a session; signs `context` in as them when given. */
export async function createStaff(
  context: BrowserContext | null,
  role: Role,
  name = `${role.toLowerCase()} ${randomSuffix()}`,
): Promise<TestUser> {
  const user = insertUsers([{ name, role, prefix: role.toLowerCase() }])[0]!;
  if (context) await signInContext(context, user.sessionToken);
  return user;
}

/** A unique headline for one test. */
export function headline(words: string): string {
  return `${words} ${randomSuffix()}`;
}

export type ArticleFields = {
  title?: string;
  dek?: string;
  slug?: string;
  body?: string;
  excerpt?: string;
  tags?: string;
  heroImageAlt?: string;
};

/** Fills the editor form. A new article also gets the first section, source and author. */
export async function fillArticle(
  page: Page,
  fields: ArticleFields,
  { pickChoices = true } = {},
): Promise<void> {
  for (const key of ["title", "dek", "slug", "body", "excerpt", "tags", "heroImageAlt"] as const) {
    const value = fields[key];
    if (value !== undefined) await page.locator(`#${key}:visible`).fill(value);
  }
  if (pickChoices) {
    await page.locator("#sectionId:visible").selectOption({ index: 1 });
    await page.locator("#sourceId:visible").selectOption({ index: 1 });
    await page.locator("input[name=authorIds]:visible").first().check();
  }
}

/** Is this response a server action's answer? */
export function isActionResponse(response: Response): boolean {
  return response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined;
}

/**
 * Clicks one of the form's submit buttons and waits for the saved article's editor (its URL may not change:
 * a second save of the same kind lands on the same address, so wait for the action and the new version).
 */
export async function submitArticle(page: Page, button: string, intent: string): Promise<string> {
  // Saving an article already open may land on the very address it is on (…?saved=save): wait for the stored
  // version to move on, not only for the address.
  const openId = /\/admin\/articles\/([^/?]+)/.exec(page.url())?.[1];
  const versionBefore = openId && openId !== "new" ? storedArticle(openId).version : undefined;
  await Promise.all([
    page.waitForResponse(isActionResponse),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  await expect(page).toHaveURL(new RegExp(`/admin/articles/[^/?]+\\?saved=${intent}$`), { timeout: 15_000 });
  const id = /\/admin\/articles\/([^/?]+)\?/.exec(page.url())![1]!;
  if (versionBefore !== undefined)
    await expect.poll(() => storedArticle(id).version, { timeout: 15_000 }).toBeGreaterThan(versionBefore);
  if (intent !== "submit") {
    // The editor is re-rendered for the stored version before anyone types into it again.
    await expect(
      page.locator(`input[name=version][value="${storedArticle(id).version}"]`).first(),
    ).toBeAttached();
  }
  return id;
}

/** Writes a new article through the form and saves it with `button` (e.g. "Save draft", "Publish now"). */
export async function createArticle(
  page: Page,
  fields: ArticleFields & { title: string },
  button = "Save draft",
  intent = "save",
): Promise<{ id: string; slug: string }> {
  await page.goto("/admin/articles/new");
  await fillArticle(page, {
    dek: "A dek written for the newsroom test.",
    body: `The first paragraph of **${fields.title}**.\n\nA second paragraph.`,
    excerpt: "An excerpt for the cards.",
    ...fields,
  });
  const id = await submitArticle(page, button, intent);
  return { id, slug: storedArticle(id).slug };
}

/** Status message after a save ("Saved.", "Published. Readers see it now.", …). */
export function savedMessage(page: Page): Locator {
  return page.locator("main p[role=status]").first();
}

export type StoredArticle = {
  id: string;
  title: string;
  slug: string;
  status: string;
  body: string;
  heroImageUrl: string | null;
  version: number;
  publishedAt: string | null;
};

export function storedArticle(id: string): StoredArticle {
  const db = openDb();
  try {
    return db
      .prepare(
        `SELECT id, title, slug, status, body, heroImageUrl, version, publishedAt FROM "Article" WHERE id = ?`,
      )
      .get(id) as StoredArticle;
  } finally {
    db.close();
  }
}

/** Any published article of the seed corpus (for "someone else's article" and duplicate slugs). */
export function seedArticle(): { id: string; slug: string } {
  const db = openDb();
  try {
    return db
      .prepare(
        `SELECT id, slug FROM "Article" WHERE status = 'PUBLISHED' AND createdById IS NULL ORDER BY publishedAt DESC LIMIT 1`,
      )
      .get() as { id: string; slug: string };
  } finally {
    db.close();
  }
}

/** Archives an article through the editor, so a test leaves no extra story on the public pages. */
export async function archiveArticle(page: Page, id: string): Promise<void> {
  await page.goto(`/admin/articles/${id}`);
  await submitArticle(page, "Archive", "archive");
  await expect(savedMessage(page)).toHaveText("Archived.");
}

/** `date` as the editor's UTC datetime-local value, with seconds. */
export function utcLocal(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** A real JPEG of the given size (a gradient, so it compresses like a photo rather than to nothing). */
export async function jpeg(width = 1200, height = 675): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 3;
      raw[offset] = (x * 255) / width;
      raw[offset + 1] = (y * 255) / height;
      raw[offset + 2] = 128;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** Home page links to a story, by its headline. */
export function homeLink(page: Page, title: string): Locator {
  return page.locator("main").getByRole("link", { name: title, exact: true });
}
