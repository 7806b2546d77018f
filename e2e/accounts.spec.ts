/**
 * Accounts end to end: registration confirmed through a real SMTP round trip (scripts/e2e-smtp.mjs), password
 * and magic-link sign-in, one-time links, sign-out, and the demo accounts the e2e server allows.
 */
import type { Page } from "@playwright/test";

import { signInLink, waitForMail } from "./mail";
import {
  accountLink,
  addSession,
  createUser,
  expect,
  openContexts,
  openDb,
  randomSuffix,
  SESSION_COOKIE,
  signInContext,
  test,
  uniqueEmail,
} from "./users";

const PASSWORD_MISMATCH = "That email and password don’t match an account with a confirmed address.";

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.locator("#password-email").fill(email);
  await page.locator("#field-password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** The page's own alert (not Next's empty route announcer). */
function alert(page: Page) {
  return page.locator("[role=alert]:not(#__next-route-announcer__)");
}

async function sessionCookie(page: Page): Promise<string | undefined> {
  return (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE)?.value;
}

function sessionsOf(email: string): { sessionToken: string }[] {
  const db = openDb();
  try {
    return db
      .prepare(`SELECT s.sessionToken FROM "Session" s JOIN "User" u ON u.id = s.userId WHERE u.email = ?`)
      .all(email) as { sessionToken: string }[];
  } finally {
    db.close();
  }
}

test("sign up with a password: confirm by email, sign out, sign in again with the password", async ({
  page,
  dialogs,
}) => {
  const email = uniqueEmail("signup");
  const password = `tidal-lantern-${randomSuffix()}`;
  const name = `New Reader ${randomSuffix()}`;

  await page.goto("/register");
  await page.locator("#field-name").fill(name);
  await page.locator("#register-email").fill(email);
  await page.locator("#register-password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  await expect(page.getByRole("status")).toContainText(email);

  // The password does nothing until the address is confirmed.
  await signInWithPassword(page, email, password);
  await expect(alert(page)).toHaveText(PASSWORD_MISMATCH);
  await expect(page).toHaveURL(/\/signin/);

  const mail = await waitForMail(email);
  expect(mail.headerFrom).toContain("no-reply@ledger.test");
  expect(mail.subject).toMatch(/^Sign in to /);
  await page.goto(signInLink(mail));
  await expect(page).not.toHaveURL(/\/signin/);
  await expect(accountLink(page)).toHaveText(`Your account: ${name}`);

  await page.goto("/account");
  await expect(page.getByText(`Signed in as ${email}.`)).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL("/signed-out");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You’re signed out");
  expect(await sessionCookie(page)).toBeUndefined();
  expect(sessionsOf(email), "sign-out deletes the session row").toEqual([]);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)account$/);

  // A wrong password is refused with the same message as an unknown account.
  await signInWithPassword(page, email, `${password}-wrong`);
  await expect(alert(page)).toHaveText(PASSWORD_MISMATCH);

  await signInWithPassword(page, email, password);
  await expect(page).not.toHaveURL(/\/signin/);
  await expect(accountLink(page)).toHaveText(`Your account: ${name}`);
  // The password sign-in made a real database session, and the cookie holds its token.
  const token = await sessionCookie(page);
  expect(token).toBeTruthy();
  expect(sessionsOf(email).map((row) => row.sessionToken)).toEqual([token]);
  expect(dialogs).toEqual([]);
});

test("sign in with a magic link; the same link a second time offers a new one", async ({
  page,
  browser,
  dialogs,
  extraHTTPHeaders,
}) => {
  const email = uniqueEmail("magic");
  await page.goto("/signin");
  await page.locator("#magic-email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText(`We’ve emailed a sign-in link to ${email}.`);

  const link = signInLink(await waitForMail(email));
  await page.goto(link);
  await expect(page).not.toHaveURL(/\/signin/);
  // A new account without a name yet.
  await expect(accountLink(page)).toHaveText("Your account: Reader");
  expect(sessionsOf(email)).toHaveLength(1);

  // Used once: in another browser the link fails and the error page offers a new one.
  const [other] = await openContexts(browser, 1, { dialogs, headers: extraHTTPHeaders ?? {} });
  try {
    const second = await other!.newPage();
    await second.goto(link);
    await expect(second).toHaveURL(/\/signin\/error\?error=Verification/);
    await expect(alert(second)).toContainText("expired or has already been used");
    await expect(second.getByRole("heading", { name: "Send a new link" })).toBeVisible();
    await expect(accountLink(second)).toHaveCount(0);
    await second.locator("#magic-email").fill(email);
    await second.getByRole("button", { name: "Email me a link" }).click();
    await expect(second.getByRole("status")).toContainText(`We’ve emailed a sign-in link to ${email}.`);
    const fresh = signInLink(await waitForMail(email, { count: 2 }));
    expect(fresh).not.toBe(link);
    await second.goto(fresh);
    await expect(second).not.toHaveURL(/\/signin/);
    await expect(accountLink(second)).toHaveText("Your account: Reader");
  } finally {
    await other!.close();
  }
  expect(sessionsOf(email)).toHaveLength(2);
  expect(dialogs).toEqual([]);
});

test("a demo account signs in with its password on the e2e server", async ({ page }) => {
  await signInWithPassword(page, "reader@example.com", "ledger-demo-2026");
  await expect(page).not.toHaveURL(/\/signin/);
  await expect(accountLink(page)).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText("Signed in as reader@example.com.")).toBeVisible();
  // Only this browser's session ends: other tests may be signed in as the same demo reader.
  await page.getByRole("main").getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL("/signed-out");
});

test("display name changes and “Sign out everywhere” ends every session", async ({
  browser,
  context,
  page,
  dialogs,
  extraHTTPHeaders,
}) => {
  const user = await createUser(context, { prefix: "everywhere" });
  const [other] = await openContexts(browser, 1, { dialogs, headers: extraHTTPHeaders ?? {} });
  try {
    // A second device: another session row for the same user.
    const second = await other!.newPage();
    await signInContext(other!, addSession(user.id));
    await second.goto("/account");
    await expect(second.getByText(`Signed in as ${user.email}.`)).toBeVisible();

    await page.goto("/account");
    const renamed = `Renamed ${randomSuffix()}`;
    await page.getByRole("textbox", { name: "Display name" }).fill(`  ${renamed}  `);
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByRole("status")).toHaveText("Display name saved.");
    await expect(page.getByRole("textbox", { name: "Display name" })).toHaveValue(renamed);
    await page.reload();
    await expect(accountLink(page)).toHaveText(`Your account: ${renamed}`);

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL("/signed-out?everywhere=1");
    expect(await sessionCookie(page)).toBeUndefined();
    expect(sessionsOf(user.email)).toEqual([]);
    await second.goto("/account");
    await expect(second).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)account$/);
  } finally {
    await other!.close();
  }
});
