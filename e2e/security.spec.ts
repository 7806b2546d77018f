/**
 * The security probe's findings (issue 8), as a reader or an attacker meets them: security headers on every
 * response and pages that still work under the Content-Security-Policy; next-auth's own sign-in-link route
 * throttled like ours; a locked-out owner told (truthfully) that a sign-in link still works; registration that
 * answers a new and a taken address alike; and no redirect off the site after signing in.
 */
import type { Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";
import bcrypt from "bcryptjs";

import { mailTo, signInLink, waitForMail } from "./mail";
import { accountLink, DB_FILE, expect, insertUsers, openDb, randomSuffix, test, uniqueEmail } from "./users";

const ARTICLE_SLUG = "census-finds-northern-valleys-growing-for-first-time-in-three-decades";
const PASSWORD_MISMATCH = "That email and password don’t match an account with a confirmed address.";

/** The page's own alert (not Next's empty route announcer). */
function alert(page: Page) {
  return page.locator("[role=alert]:not(#__next-route-announcer__)");
}

async function signInWithPassword(page: Page, email: string, password: string, path = "/signin") {
  await page.goto(path);
  await page.locator("#password-email").fill(email);
  await page.locator("#field-password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** A confirmed reader, two days old, with a password (hashed as today, or with bcrypt as before ADR 010). */
async function readerWithPassword({ bcryptHash = false } = {}): Promise<{
  id: string;
  email: string;
  name: string;
  password: string;
}> {
  const [user] = insertUsers([{ prefix: "csp" }]);
  const password = `tidal-lantern-${randomSuffix()}`;
  const passwordHash = bcryptHash ? await bcrypt.hash(password, 4) : await hash(password);
  const db = new Database(DB_FILE, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare(`UPDATE "User" SET passwordHash = ? WHERE id = ?`).run(passwordHash, user!.id);
  } finally {
    db.close();
  }
  return { id: user!.id, email: user!.email, name: user!.name!, password };
}

function passwordHashOf(userId: string): string {
  const db = openDb();
  try {
    return (
      db.prepare(`SELECT passwordHash FROM "User" WHERE id = ?`).get(userId) as { passwordHash: string }
    ).passwordHash;
  } finally {
    db.close();
  }
}

/** Collects every CSP violation a page reports, from the console and from securitypolicyviolation events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame|connect)/i.test(message.text()))
      violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test("every kind of response carries the security headers, and no HSTS over plain HTTP", async ({
  request,
}) => {
  for (const path of [
    "/",
    `/articles/${ARTICLE_SLUG}`,
    "/signin",
    "/api/me",
    "/articles/no-such-story",
    "/feed.xml",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, `CSP of ${path}`).toContain("object-src 'none'");
    expect(csp, `CSP of ${path}`).toContain("base-uri 'none'");
    expect(csp, `CSP of ${path}`).toContain("frame-ancestors 'none'");
    expect(csp, `CSP of ${path}`).toContain("form-action 'self'");
    expect(csp, `CSP of ${path}`).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("under the CSP a reader can browse, sign in, come back to the story and comment, with no violations", async ({
  page,
  dialogs,
}) => {
  const violations = await watchCsp(page);
  const reader = await readerWithPassword();

  await page.goto("/");
  await page.locator(`a[href="/articles/${ARTICLE_SLUG}"]`).first().click();
  // A client-side navigation: the router fetches the page's payload, which connect-src must allow.
  await expect(page).toHaveURL(`/articles/${ARTICLE_SLUG}`, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await signInWithPassword(
    page,
    reader.email,
    reader.password,
    `/signin?callbackUrl=/articles/${ARTICLE_SLUG}`,
  );
  await expect(page).toHaveURL(`/articles/${ARTICLE_SLUG}`);
  await expect(accountLink(page)).toHaveText(`Your account: ${reader.name}`);

  const body = `Posted under the content security policy ${randomSuffix()}`;
  const box = page.locator("section#comments").getByLabel(`Comment as ${reader.name}`);
  await box.fill(body);
  await page.locator("section#comments").getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator(".comment", { hasText: body })).toBeVisible({ timeout: 15_000 });

  expect(violations).toEqual([]);
  expect(dialogs).toEqual([]);
});

test("after signing in, a callback URL pointing off the site lands on the home page", async ({ page }) => {
  const reader = await readerWithPassword();
  await signInWithPassword(page, reader.email, reader.password, "/signin?callbackUrl=/.//evil.example/");
  await expect(page).toHaveURL("/");
  await expect(accountLink(page)).toBeVisible();
});

test("an account with a password hashed before argon2id signs in, and its hash becomes argon2id", async ({
  page,
}) => {
  const reader = await readerWithPassword({ bcryptHash: true });
  expect(passwordHashOf(reader.id)).toMatch(/^\$2[ab]\$/);
  await signInWithPassword(page, reader.email, reader.password, "/signin?callbackUrl=/account");
  await expect(page.getByText(`Signed in as ${reader.email}.`)).toBeVisible();
  expect(passwordHashOf(reader.id)).toMatch(/^\$argon2id\$/);
});

test("next-auth's own sign-in-link route is throttled: ten posts send 3 mails and store 3 tokens", async ({
  request,
}) => {
  const email = uniqueEmail("nextauth-route");
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const locations: string[] = [];
  for (let i = 0; i < 10; i++) {
    const response = await request.post("/api/auth/signin/email", {
      form: { email, csrfToken, callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    locations.push(response.headers().location ?? "");
  }
  // next-auth accepted the CSRF token every time: no request bounced for it.
  expect(locations.filter((location) => location.includes("csrf=true"))).toEqual([]);
  expect(locations.filter((location) => location.includes("/api/auth/verify-request"))).toHaveLength(3);
  expect(locations.filter((location) => location.includes("error=EmailSignin"))).toHaveLength(7);

  expect(await mailTo(email)).toHaveLength(3);
  const db = openDb();
  try {
    const { count } = db
      .prepare(`SELECT COUNT(*) AS count FROM "VerificationToken" WHERE identifier = ?`)
      .get(email) as { count: number };
    expect(count).toBe(3);
  } finally {
    db.close();
  }

  // next-auth sends a refused request to the sign-in page, which says what happened.
  const refused = await request.get(locations.at(-1)!);
  expect(new URL(refused.url()).pathname).toBe("/signin");
  expect(new URL(refused.url()).searchParams.get("error")).toBe("EmailSignin");
  expect(await refused.text()).toContain("We couldn’t send a sign-in link");
});

test("after five wrong passwords the account is locked, the message says a sign-in link still works, and it does", async ({
  page,
}) => {
  const email = uniqueEmail("locked-out");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInWithPassword(page, email, `wrong-password-${attempt}`);
    await expect(alert(page)).toHaveText(PASSWORD_MISMATCH);
  }
  await signInWithPassword(page, email, "wrong-password-6");
  await expect(alert(page)).toContainText("password sign-in is paused for 15 minutes");
  await expect(alert(page)).toContainText("A sign-in link by email still works");

  await page.locator("#magic-email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText(`We’ve emailed a sign-in link to ${email}.`);
  await page.goto(signInLink(await waitForMail(email)));
  await expect(page).not.toHaveURL(/\/signin/);
  await expect(accountLink(page)).toBeVisible();
});

test("registering a taken address answers exactly as registering a new one", async ({ page }) => {
  const [taken] = insertUsers([{ prefix: "taken" }]);
  const fresh = uniqueEmail("fresh");

  async function register(email: string): Promise<string> {
    await page.goto("/register");
    await page.locator("#field-name").fill("Someone New");
    await page.locator("#register-email").fill(email);
    await page.locator("#register-password").fill(`tidal-lantern-${randomSuffix()}`);
    await page.getByRole("button", { name: "Create account" }).click();
    const status = page.getByRole("status");
    await expect(status).toContainText("Check your inbox");
    return (await status.innerText()).replaceAll(email, "<address>");
  }

  const answerForTaken = await register(taken!.email);
  const answerForFresh = await register(fresh);
  expect(answerForTaken).toBe(answerForFresh);

  // Behind the same answer: a sign-in link for the owner of the taken address, a confirmation link for the new one.
  expect(signInLink(await waitForMail(taken!.email))).toContain("/api/auth/callback/email");
  expect(signInLink(await waitForMail(fresh))).toContain("/api/auth/callback/email");
});
