/**
 * Fresh users and per-test isolation for the account and comment specs.
 *
 * - `test` gives every test its own client address (X-Forwarded-For, which the e2e server believes from loopback
 *   through TRUSTED_PROXIES, as it would from a reverse proxy), so the per-IP limits on registrations and
 *   sign-in links never make one test depend on another, and fails the test if any page opens a JavaScript
 *   dialog (alert/confirm/prompt).
 * - `createUser` writes a user and a database session straight into data/e2e.db and gives a browser context
 *   the session cookie: a signed-in reader in milliseconds, with no mail and no rate-limited sign-in.
 *   (The sign-in flows themselves are tested through the UI in accounts.spec.ts.)
 */
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";

import type { Browser, BrowserContext, Page } from "@playwright/test";
import Database from "better-sqlite3";

import { test as base, expect, refusePrefetches } from "./test";

export { expect };

export const DB_FILE = path.resolve("data", "e2e.db");
/** next-auth's cookie in production mode (NODE_ENV=production on the e2e server uses secure cookies). */
export const SESSION_COOKIE = "__Secure-next-auth.session-token";

export function randomSuffix(): string {
  return randomBytes(5).toString("hex");
}

/** An address no other test uses (not @example.com: those are the demo accounts). */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomSuffix()}@ledger.test`;
}

function randomIp(): string {
  const byte = () => 1 + Math.floor(Math.random() * 254);
  return `10.${byte()}.${byte()}.${byte()}`;
}

type Fixtures = { dialogs: string[] };

export const test = base.extend<Fixtures>({
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": randomIp() });
  },
  dialogs: async ({ context }, use) => {
    const opened: string[] = [];
    context.on("page", (page) => watchDialogs(page, opened));
    for (const page of context.pages()) watchDialogs(page, opened);
    await use(opened);
    expect(opened, "JavaScript dialogs opened").toEqual([]);
  },
});

/** Records (and dismisses) any dialog a page opens; the caller asserts the list stays empty. */
export function watchDialogs(page: Page, opened: string[]): void {
  page.on("dialog", (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
}

/**
 * More browsers (other readers), sharing the test's client address and dialog watch. Close them when done.
 */
export async function openContexts(
  browser: Browser,
  count: number,
  { dialogs, headers }: { dialogs: string[]; headers: Record<string, string> },
): Promise<BrowserContext[]> {
  const contexts = await Promise.all(
    Array.from({ length: count }, () => browser.newContext({ extraHTTPHeaders: headers })),
  );
  for (const context of contexts) {
    context.on("page", (page) => watchDialogs(page, dialogs));
    await refusePrefetches(context);
  }
  return contexts;
}

/** Read-only access for assertions. */
export function openDb(): Database.Database {
  return new Database(DB_FILE, { readonly: true, fileMustExist: true, timeout: 10_000 });
}

function sqliteDate(date: Date): string {
  // The format Prisma writes: 2026-09-27T16:10:55.674+00:00
  return date.toISOString().replace("Z", "+00:00");
}

export type TestUser = { id: string; email: string; name: string | null; sessionToken: string };

/**
 * Creates a confirmed user with a session and signs `context` in as them. `ageHours` backdates the account
 * (accounts under a day old have comments with links held for moderation).
 */
export async function createUser(
  context: BrowserContext,
  {
    name = `Tester ${randomSuffix()}`,
    role = "READER",
    ageHours = 48,
    prefix = "user",
  }: { name?: string | null; role?: "READER" | "EDITOR" | "ADMIN"; ageHours?: number; prefix?: string } = {},
): Promise<TestUser> {
  const user = insertUsers([{ name, role, ageHours, prefix }])[0]!;
  await signInContext(context, user.sessionToken);
  return user;
}

/** Inserts users (each with a session) in one transaction. */
export function insertUsers(
  specs: { name?: string | null; role?: string; ageHours?: number; prefix?: string }[],
): TestUser[] {
  const db = new Database(DB_FILE, { fileMustExist: true, timeout: 10_000 });
  try {
    const insertUser = db.prepare(
      `INSERT INTO "User" (id, name, email, emailVerified, role, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertSession = db.prepare(
      `INSERT INTO "Session" (id, sessionToken, userId, expires) VALUES (?, ?, ?, ?)`,
    );
    const now = Date.now();
    return db.transaction(() =>
      specs.map((spec) => {
        const id = `e2e${randomUUID().replace(/-/g, "")}`;
        const email = uniqueEmail(spec.prefix ?? "user");
        const created = sqliteDate(new Date(now - (spec.ageHours ?? 48) * 3_600_000));
        const name = spec.name === undefined ? `Tester ${randomSuffix()}` : spec.name;
        insertUser.run(id, name, email, created, spec.role ?? "READER", created, sqliteDate(new Date(now)));
        const sessionToken = randomBytes(32).toString("hex");
        insertSession.run(
          `e2e${randomUUID().replace(/-/g, "")}`,
          sessionToken,
          id,
          sqliteDate(new Date(now + 86_400_000)),
        );
        return { id, email, name, sessionToken };
      }),
    )();
  } finally {
    db.close();
  }
}

/** Another session (another device) for a user; returns its token. */
export function addSession(userId: string): string {
  const db = new Database(DB_FILE, { fileMustExist: true, timeout: 10_000 });
  try {
    const sessionToken = randomBytes(32).toString("hex");
    db.prepare(`INSERT INTO "Session" (id, sessionToken, userId, expires) VALUES (?, ?, ?, ?)`).run(
      `e2e${randomUUID().replace(/-/g, "")}`,
      sessionToken,
      userId,
      sqliteDate(new Date(Date.now() + 86_400_000)),
    );
    return sessionToken;
  } finally {
    db.close();
  }
}

/** Inserts a visible top-level comment directly (it shows once the article's comment cache is next invalidated). */
export function insertComments(
  rows: { articleSlug: string; userId: string; body: string; createdAt: Date }[],
): void {
  const db = new Database(DB_FILE, { fileMustExist: true, timeout: 10_000 });
  try {
    const article = db.prepare(`SELECT id FROM "Article" WHERE slug = ?`);
    const insert = db.prepare(
      `INSERT INTO "Comment" (id, articleId, userId, body, status, depth, createdAt) VALUES (?, ?, ?, ?, 'VISIBLE', 0, ?)`,
    );
    db.transaction(() => {
      for (const row of rows) {
        const { id: articleId } = article.get(row.articleSlug) as { id: string };
        insert.run(
          `e2e${randomUUID().replace(/-/g, "")}`,
          articleId,
          row.userId,
          row.body,
          sqliteDate(row.createdAt),
        );
      }
    })();
  } finally {
    db.close();
  }
}

export async function signInContext(context: BrowserContext, sessionToken: string): Promise<void> {
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: sessionToken,
      domain: "localhost",
      path: "/",
      httpOnly: true,
      secure: true,
      sameSite: "Lax",
      expires: Math.floor(Date.now() / 1000) + 86_400,
    },
  ]);
}

/** The header's account link, shown once the page knows who is reading. */
export function accountLink(page: Page) {
  return page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: /^Your account:/ });
}
