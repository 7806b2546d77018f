/**
 * Cross-site request forgery: a signed-in reader's browser replaying a comment post from another site is refused
 * with a 403 (lib/request-guard, before Next.js's own check, which answers 500), and next-auth's own routes
 * refuse a POST without its CSRF token.
 */
import { createUser, expect, openDb, test } from "./users";

const ARTICLE = "/articles/the-songs-of-the-saltmarsh-picket-line";

test("a server action posted from another origin is refused and stores nothing", async ({
  page,
  context,
}) => {
  const user = await createUser(context, { prefix: "csrf" });
  await page.goto(ARTICLE);
  const textarea = page.locator("section#comments textarea[name=body]");
  await expect(textarea).toBeVisible();

  // Capture the real post the form makes, then replay it as another site would.
  const body = `Genuine comment ${Date.now()}`;
  await textarea.fill(body);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: "Post comment" }).click(),
  ]);
  await expect(page.locator(".comment", { hasText: body })).toBeVisible();

  const forged = `Forged comment ${Date.now()}`;
  const headers: Record<string, string> = {
    ...request.headers(),
    origin: "https://attacker.example",
    referer: "https://attacker.example/",
  };
  delete headers["content-length"];
  const replay = await context.request.post(request.url(), {
    headers,
    data: (request.postData() ?? "").replace(body, forged),
  });
  expect(replay.status()).toBe(403);
  expect(await replay.text()).toContain("sent from another website");

  const db = openDb();
  try {
    const rows = db.prepare(`SELECT body FROM "Comment" WHERE userId = ?`).all(user.id) as { body: string }[];
    expect(rows.map((row) => row.body)).toEqual([body]);
  } finally {
    db.close();
  }
});

test("next-auth refuses a sign-in link request without its CSRF token", async ({ request }) => {
  const response = await request.post("/api/auth/signin/email", {
    form: { email: "victim@ledger.test", callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect([302, 303, 307]).toContain(response.status());
  expect(response.headers().location).toContain("csrf=true");
});
