/**
 * Site search: the header's search box on every page, /search with filters, sorting and pages, with and without
 * JavaScript, bad input over HTTP, the home page's SearchAction, and a story leaving the results when unpublished.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";

import { article, LEAD_SLUG, SANITISER_FIXTURE_SLUG } from "./corpus";
import { expectNotFound, expectOk } from "./helpers";
import { createArticle, createStaff, savedMessage, submitArticle } from "./newsroom-helpers";
import { expect, test } from "./users";

/** "week" is in 27 of the demo stories: two pages. */
const TWO_PAGE_WORD = "week";
const TWO_PAGE_COUNT = 27;
const RELATIVE = /\bago\b|yesterday|just now/i;

function results(page: Page): Locator {
  return page.getByRole("list", { name: "Search results" }).getByRole("article");
}

function resultLinks(page: Page): Locator {
  return page.getByRole("list", { name: "Search results" }).locator("h2 a");
}

function status(page: Page): Locator {
  return page.getByRole("status");
}

async function searchFromHeader(page: Page, words: string) {
  const box = page.getByRole("search", { name: "Site" }).getByRole("searchbox", { name: "Search stories" });
  await box.fill(words);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
}

test.describe("search with JavaScript", () => {
  test("from the header of any page: ranked results with source, time, marked words and a link", async ({
    page,
  }) => {
    await expectOk(page, `/articles/${article(LEAD_SLUG).slug}`);
    await searchFromHeader(page, "port strike");
    await expect(page).toHaveURL("/search?q=port+strike");
    await expect(page).toHaveTitle(/^6 stories match “port strike”/);
    await expect(status(page)).toHaveText("6 stories match “port strike”");
    await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue("port strike");

    const first = results(page).first();
    const lead = article(LEAD_SLUG);
    await expect(first.getByRole("heading", { level: 2 })).toHaveText(lead.title);
    await expect(first.locator("h2 mark")).toHaveText(["port", "strike"]);
    await expect(first.getByRole("link", { name: "The Harbour Ledger" })).toHaveAttribute(
      "href",
      `/sources/${lead.source}`,
    );
    await expect(first.locator("time[datetime]")).toHaveText(RELATIVE);
    await expect(first.locator("p mark").first()).toHaveText(/^(port|strike)$/i);

    await first.getByRole("link", { name: lead.title }).click();
    await expect(page).toHaveURL(`/articles/${LEAD_SLUG}`);
  });

  test("accents and word endings: “cafe” finds “cafés”, “strikes” finds “strike”", async ({ page }) => {
    await expectOk(page, "/search?q=cafe");
    await expect(resultLinks(page).first()).toHaveText(
      "Repair cafés push for the right to fix electric bikes",
    );
    await expect(results(page).first().locator("h2 mark")).toHaveText("cafés");
    await expectOk(page, "/search?q=strikes+dockworkers");
    await expect(resultLinks(page)).toContainText([
      "Saltmarsh dockworkers vote to strike over automated cranes",
    ]);
  });

  test("filters narrow the results, each with its own URL; a filter can be taken off again", async ({
    page,
  }) => {
    await expectOk(page, "/search?q=port+strike");
    await page.getByText("Sort and filters").click();
    await page.getByLabel("Section", { exact: true }).selectOption({ label: "Culture" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]section=culture(&|$)/);
    await expect(status(page)).toHaveText("1 story matches “port strike”");
    await expect(resultLinks(page)).toHaveText(["The songs of the Saltmarsh picket line"]);

    // The filtered URL is shareable: opened afresh it shows the same.
    await expectOk(page, page.url());
    await expect(resultLinks(page)).toHaveText(["The songs of the Saltmarsh picket line"]);

    await page.getByRole("link", { name: /Section: Culture/ }).click();
    await expect(page).toHaveURL("/search?q=port+strike");
    await expect(results(page)).toHaveCount(6);
  });

  test("sorted newest first", async ({ page }) => {
    await expectOk(page, "/search?q=saltmarsh&sort=newest");
    const times = await results(page)
      .locator("time[datetime]")
      .evaluateAll((items) => items.map((item) => Date.parse(item.getAttribute("datetime")!)));
    expect(times.length).toBeGreaterThan(3);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  test("20 a page, with links to the next and previous pages", async ({ page }) => {
    await expectOk(page, `/search?q=${TWO_PAGE_WORD}`);
    await expect(status(page)).toContainText(
      `${TWO_PAGE_COUNT} stories match “${TWO_PAGE_WORD}” · page 1 of 2`,
    );
    await expect(results(page)).toHaveCount(20);
    const firstPage = await resultLinks(page).allTextContents();

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(`/search?q=${TWO_PAGE_WORD}&page=2`);
    await expect(results(page)).toHaveCount(TWO_PAGE_COUNT - 20);
    await expect(page.getByRole("list", { name: "Search results" })).toHaveAttribute("start", "21");
    const secondPage = await resultLinks(page).allTextContents();
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

    await page.getByRole("link", { name: "← Previous" }).click();
    await expect(page).toHaveURL(`/search?q=${TWO_PAGE_WORD}`);
    expect(await resultLinks(page).allTextContents()).toEqual(firstPage);

    await expectOk(page, `/search?q=${TWO_PAGE_WORD}&page=3`);
    await expect(page.getByText("There is no page 3 of these results.")).toBeVisible();
    await page.getByRole("link", { name: "Go to the first page" }).click();
    await expect(results(page)).toHaveCount(20);
  });

  test("no match: says so, and offers the same search without its filters", async ({ page }) => {
    await expectOk(page, "/search?q=quokka");
    await expect(status(page)).toHaveText("No stories match “quokka”");
    await expect(page.getByText("Check the spelling")).toBeVisible();

    await expectOk(page, "/search?q=comet&section=sport&source=orbit-and-axis");
    await expect(status(page)).toHaveText("No stories match “comet” with these filters");
    await page.getByRole("link", { name: "search every story for “comet”" }).click();
    await expect(page).toHaveURL("/search?q=comet");
    await expect(results(page).first()).toBeVisible();
  });

  test("quotes make a phrase and a minus sign leaves a word out", async ({ page }) => {
    await expectOk(page, `/search?q=${encodeURIComponent('"crane automation"')}`);
    const phrase = await resultLinks(page).allTextContents();
    expect(phrase).toContain(article(LEAD_SLUG).title);
    await expectOk(page, `/search?q=${encodeURIComponent('"crane automation" -tentative')}`);
    const excluded = await resultLinks(page).allTextContents();
    expect(excluded).not.toContain(article(LEAD_SLUG).title);
    expect(excluded.length).toBe(phrase.length - 1);
  });

  test("markup in a story's body is neither shown nor run; a query full of markup is shown as typed", async ({
    page,
    dialogs,
  }) => {
    await expectOk(page, "/search?q=onerror+markup");
    const fixture = results(page).filter({ hasText: article(SANITISER_FIXTURE_SLUG).title });
    await expect(fixture).toHaveCount(1);
    await expect(fixture).not.toContainText("<script");
    await expect(fixture.locator("img, script")).toHaveCount(0);

    const payload = `"><img src=x onerror=alert(1)><script>alert(2)</script>`;
    await expectOk(page, `/search?q=${encodeURIComponent(payload)}`);
    await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue(payload);
    await expect(page.locator("main img, main script")).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test("a published story is found at once, and is gone at once when unpublished", async ({ page }) => {
    await createStaff(page.context(), "EDITOR");
    const word = `zephyrine${Date.now().toString(36)}`;
    const title = `Lighthouse keeper ${word} retires`;
    const { id } = await createArticle(page, { title }, "Publish now", "publish");
    await expect(savedMessage(page)).toHaveText("Published. Readers see it now.");

    await expectOk(page, `/search?q=${word}`);
    await expect(resultLinks(page)).toHaveText([title]);

    await page.goto(`/admin/articles/${id}`);
    await submitArticle(page, "Unpublish", "unpublish");
    await expectOk(page, `/search?q=${word}`);
    await expect(status(page)).toHaveText(`No stories match “${word}”`);
  });

  test("no accessibility violations, and the page reflows to 320 pixels", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectOk(page, "/search?q=port+strike&section=business");
      // Checked as readers see it: hydrated, with relative times.
      await expect(results(page).first().locator("time")).toHaveText(RELATIVE);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(", ")}`,
        ),
        colorScheme,
      ).toEqual([]);
    }
    await page.setViewportSize({ width: 320, height: 800 });
    await expectOk(page, "/search?q=port+strike&section=business");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(page.getByRole("search", { name: "Site" }).getByRole("searchbox")).toBeInViewport();
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("header search, filters and pages work as plain forms and links", async ({ page }) => {
    await expectOk(page, "/latest");
    await searchFromHeader(page, TWO_PAGE_WORD);
    await expect(status(page)).toContainText(`${TWO_PAGE_COUNT} stories match “${TWO_PAGE_WORD}”`);
    await expect(results(page).first().locator("time[datetime]")).not.toHaveText(RELATIVE);

    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(`/search?q=${TWO_PAGE_WORD}&page=2`);
    await expect(results(page)).toHaveCount(TWO_PAGE_COUNT - 20);

    await page.getByText("Sort and filters").click();
    await page.getByLabel("Sort by", { exact: true }).selectOption({ label: "Newest first" });
    await page.getByLabel("Source", { exact: true }).selectOption({ label: "The Harbour Ledger" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/sort=newest/);
    await expect(page).toHaveURL(/source=harbour-ledger/);
    const sources = await results(page).locator("a[href^='/sources/']").allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources)).toEqual(new Set(["The Harbour Ledger"]));
  });
});

test.describe("bad input over HTTP never breaks the page", () => {
  const long = "harbour ".repeat(1_250);
  const cases: { name: string; query: string; expect: RegExp | string }[] = [
    { name: "empty", query: "q=", expect: "Type a word or phrase to search the stories." },
    { name: "no q at all", query: "", expect: "Type a word or phrase to search the stories." },
    { name: "10,000 characters", query: `q=${encodeURIComponent(long)}`, expect: "first 200 characters" },
    { name: "NUL bytes", query: "q=port%00strike%00", expect: "stories match “port strike”" },
    { name: "FTS syntax", query: `q=${encodeURIComponent('NEAR(port* "strike:^ (OR')}`, expect: /match/ },
    {
      name: "SQL",
      query: `q=${encodeURIComponent('\'; DROP TABLE "Article"; --')}`,
      expect: /No stories match/,
    },
    { name: "unbalanced quotes", query: `q=${encodeURIComponent('"port strike')}`, expect: /stories match/ },
    { name: "only exclusions", query: "q=-strike", expect: "Add a word to look for" },
    { name: "only common words", query: "q=the+and", expect: "too common to search for" },
    { name: "an array", query: "q=port&q=strike", expect: "stories match “port”" },
    {
      name: "unknown section",
      query: "q=port&section=nowhere",
      expect: "There is no section called “nowhere”",
    },
    {
      name: "junk slug",
      query: "q=port&author=%3Cscript%3E",
      expect: "There is no author called “<script>”",
    },
    { name: "malformed date", query: "q=port&from=2026-13-45", expect: "is not a date" },
    { name: "unknown sort", query: "q=port&sort=oldest", expect: "There is no sort order called" },
    { name: "page past the end", query: "q=port&page=999", expect: "There is no page 999" },
  ];
  for (const { name, query, expect: text } of cases) {
    test(name, async ({ request }) => {
      const response = await request.get(`/search?${query}`);
      expect(response.status()).toBe(200);
      const body = await response.text();
      if (typeof text === "string")
        expect(body).toContain(text.replaceAll("<", "&lt;").replaceAll(">", "&gt;"));
      else expect(body).toMatch(text);
    });
  }

  // As on the archives: a ?page= that is not a page number is a real 404 (the proxy answers before the page
  // streams); a well-formed page past the end says so on the page (above), as the count is only known there.
  for (const page of ["-1", "abc", "1e9", "0", "1&page=2"]) {
    test(`page=${page} is not a page`, async ({ page: browserPage }) => {
      await expectNotFound(browserPage, `/search?q=port&page=${page}`);
    });
  }
});

test("the home page describes the site search for search engines (WebSite SearchAction)", async ({
  page,
  request,
}) => {
  await expectOk(page, "/");
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const website = scripts.map((text) => JSON.parse(text)).find((data) => data["@type"] === "WebSite");
  expect(website).toMatchObject({
    "@context": "https://schema.org",
    potentialAction: { "@type": "SearchAction", "query-input": "required name=search_term_string" },
  });
  const template: string = website.potentialAction.target.urlTemplate;
  expect(template).toMatch(/^https?:\/\/[^/]+\/search\?q=\{search_term_string\}$/);
  const url = new URL(template.replace("{search_term_string}", "comet"));
  const response = await request.get(url.pathname + url.search);
  expect(await response.text()).toContain("stories match “comet”");
});
