/**
 * Reading pages navigate with plain links (ADR 073): a page view asks the server for nothing beyond the page and
 * its assets, and a click loads a document the edge can answer, never a router payload that would pass it.
 */
import type { Page, Request } from "@playwright/test";

import { expect, test } from "./test";
import { LEAD_SLUG } from "./corpus";
import { expectOk } from "./helpers";

/** Requests the Next router makes for a page's payload (prefetches and client navigations). */
function routerRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"] || headers["next-router-prefetch"] || new URL(request.url()).searchParams.has("_rsc"))
      seen.push(request);
  });
  return seen;
}

/** Scrolls to the bottom a screen at a time, so every link has been in view, then waits for the network. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) await page.mouse.wheel(0, 600);
  await page.waitForLoadState("networkidle");
}

for (const path of ["/", `/articles/${LEAD_SLUG}`, "/latest"]) {
  test(`viewing ${path} makes no router requests, whatever links come into view`, async ({ page }) => {
    const requests = routerRequests(page);
    await expectOk(page, path);
    await page.waitForLoadState("networkidle");
    await scrollThrough(page);
    expect(requests.map((request) => request.url())).toEqual([]);
  });
}

test("following a story link loads its page as a document", async ({ page }) => {
  const requests = routerRequests(page);
  await expectOk(page, "/");
  const headline = page.locator('article[aria-labelledby="lead-story-title"]').getByRole("heading");
  const [navigation] = await Promise.all([
    page.waitForRequest((request) => request.isNavigationRequest()),
    headline.getByRole("link").click(),
  ]);
  expect(navigation.resourceType()).toBe("document");
  expect(new URL(navigation.url()).pathname).toBe(`/articles/${LEAD_SLUG}`);
  await expect(page.locator("main h1")).toBeVisible();
  expect(requests.map((request) => request.url())).toEqual([]);
});
