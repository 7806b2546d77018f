import { expect, type Locator, type Page, type Response } from "@playwright/test";

export const NOT_FOUND_HEADING = "We can’t find that page";

/** The HTTP status and the page a reader sees for a missing page. */
export async function expectNotFound(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), `HTTP status of ${url}`).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: NOT_FOUND_HEADING })).toBeVisible();
}

export async function expectOk(page: Page, url: string): Promise<Response> {
  const response = await page.goto(url);
  expect(response, `response for ${url}`).not.toBeNull();
  expect(response!.status(), `HTTP status of ${url}`).toBe(200);
  return response!;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A `<time datetime>` holding a valid ISO 8601 UTC instant; returns it in milliseconds. */
export async function isoTime(time: Locator): Promise<number> {
  const value = await time.getAttribute("datetime");
  expect(value, "time[datetime]").toMatch(ISO_UTC);
  const ms = Date.parse(value!);
  expect(Number.isNaN(ms), `datetime ${value} parses`).toBe(false);
  return ms;
}

/** `hoursAgo` in the seed corpus counts back from when the e2e server seeded (minutes before the tests). */
export function expectHoursAgo(ms: number, hoursAgo: number) {
  const expected = Date.now() - hoursAgo * 3_600_000;
  // Seeding happens before the build; allow for a slow build and a long run.
  expect(Math.abs(ms - expected), `published about ${hoursAgo} hours ago`).toBeLessThan(45 * 60_000);
}

/** Story rows on an archive page (each a headline link to the story). */
export function archiveHeadlines(page: Page): Locator {
  return page.locator("main h2 a[href^='/articles/']");
}

export async function hrefs(links: Locator): Promise<string[]> {
  return links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? ""));
}

/** The top-level comments of the comment list in `section#comments`, oldest-to-newest as shown. */
export function topLevelComments(page: Page): Locator {
  return page.locator("section#comments > ol > li > article");
}

export async function datetimes(items: Locator): Promise<number[]> {
  return items.evaluateAll((elements) =>
    elements.map((element) =>
      Date.parse(element.querySelector("time[datetime]")?.getAttribute("datetime") ?? ""),
    ),
  );
}
