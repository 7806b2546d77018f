import AxeBuilder from "@axe-core/playwright";

import {
  type FixtureFeedServer,
  loadCorpus,
  SAMPLE_CORPUS,
  serveOutletFeeds,
} from "../scripts/lib/outlet-feeds";
import { slugify } from "../lib/slug";
import { expectNotFound } from "./helpers";
import { createStaff } from "./newsroom-helpers";
import { expect, test } from "./users";

/**
 * /admin/sources: a feed added through the form, polled with "Poll now" from a fixture feed this spec serves on
 * loopback (the e2e server allows private addresses and runs no background worker, so the button is what polls),
 * and the imported article crediting its outlet.
 */
const corpus = loadCorpus(SAMPLE_CORPUS);
const outlet = corpus.outlets.find((o) => o.format === "rss")!;
const items = corpus.articles.filter((a) => a.outlet === outlet.slug);
let feeds: FixtureFeedServer;

test.beforeAll(async () => {
  feeds = await serveOutletFeeds(corpus);
});
test.afterAll(async () => {
  await feeds?.close();
});

test("an editor adds a feed, polls it now, sees its health, and the imported article credits the outlet", async ({
  page,
  context,
}) => {
  await createStaff(context, "EDITOR");
  await page.goto("/admin/sources");
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Sources" }).isVisible();

  const url = feeds.urlFor(outlet);
  await page.getByLabel("Outlet", { exact: true }).selectOption({ label: "Meridian Wire" });
  await page.getByLabel("Feed address (RSS, Atom or JSON Feed)").fill(url);
  await page.getByLabel("Section for its articles").selectOption({ label: "World" });
  await page.getByLabel(/Republish the full text/).check();
  await page.getByRole("button", { name: "Add feed" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${url}` })).toBeVisible();

  const feed = page.getByRole("article", { name: `Feed ${url}` });
  await expect(feed.getByText("Not polled yet")).toBeVisible();
  await feed.getByRole("button", { name: `Poll now for ${url}` }).click();
  await expect(feed.getByRole("status")).toHaveText(
    `Polled: ${items.length} new articles, 0 updated, 0 skipped as duplicates.`,
  );
  await expect(feed.getByText("Healthy")).toBeVisible();
  await expect(feed.locator("dt:has-text('Items imported') + dd")).toHaveText(String(items.length));
  await expect(feed.locator("dt:has-text('Skipped as duplicates') + dd")).toHaveText("0");
  await expect(feed.locator("dt:has-text('Last error') + dd")).toHaveText("None");

  // Polled again: the fixture server answers 304 to the stored ETag.
  await feed.getByRole("button", { name: `Poll now for ${url}` }).click();
  await expect(feed.getByRole("status")).toHaveText(
    "Polled: nothing new (the feed has not changed since the last poll).",
  );

  await feed.getByRole("button", { name: `Pause for ${url}` }).click();
  await expect(feed.getByText("Paused", { exact: true }).first()).toBeVisible();
  await expect(feed.getByRole("button", { name: `Resume for ${url}` })).toBeVisible();

  const article = items[0]!;
  await page.goto(`/articles/${slugify(article.title)}`);
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  const credit = page.getByText("Originally published by");
  await expect(credit).toBeVisible();
  await expect(credit.getByRole("link", { name: "Meridian Wire" })).toHaveAttribute("href", article.link);
  // Imported articles carry no comment form.
  await expect(page.getByRole("button", { name: /post comment/i })).toHaveCount(0);
});

test("a broken feed shows its error on the page", async ({ page, context }) => {
  await createStaff(context, "EDITOR");
  await page.goto("/admin/sources");
  const url = `${feeds.baseUrl}/feeds/no-such-outlet.rss`;
  await page.getByLabel("Outlet", { exact: true }).selectOption({ label: "Meridian Wire" });
  await page.getByLabel("Feed address (RSS, Atom or JSON Feed)").fill(url);
  await page.getByRole("button", { name: "Add feed" }).click();
  const feed = page.getByRole("article", { name: `Feed ${url}` });
  await feed.getByRole("button", { name: `Poll now for ${url}` }).click();
  await expect(feed.getByRole("alert")).toHaveText("Polled: it failed: The server answered 404.");
  await expect(feed.getByText("Failing (1 in a row)")).toBeVisible();
  await expect(feed.locator("dt:has-text('Last error') + dd")).toContainText("The server answered 404.");
});

test("the form keeps what was typed when the address is not a web address", async ({ page, context }) => {
  await createStaff(context, "ADMIN");
  await page.goto("/admin/sources");
  await page.getByLabel("Feed address (RSS, Atom or JSON Feed)").evaluate((input: HTMLInputElement) => {
    input.type = "text"; // past the browser's own check, to the server's
  });
  await page.getByLabel("Feed address (RSS, Atom or JSON Feed)").fill("ftp://outlet.example/feed");
  await page.getByLabel(/Hold new items/).check();
  await page.getByRole("button", { name: "Add feed" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Fix the highlighted fields." })).toBeVisible();
  const address = page.getByLabel("Feed address (RSS, Atom or JSON Feed)");
  await expect(address).toHaveValue("ftp://outlet.example/feed");
  await expect(address).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);
  await expect(page.getByLabel(/Hold new items/)).toBeChecked();
});

test("contributors don't find the page", async ({ page, context }) => {
  await createStaff(context, "CONTRIBUTOR");
  await expectNotFound(page, "/admin/sources");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`/admin/sources has no axe violations (${colorScheme})`, async ({ page, context }) => {
    await page.emulateMedia({ colorScheme });
    await createStaff(context, "EDITOR");
    await page.goto("/admin/sources");
    await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}
