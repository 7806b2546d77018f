import { expect, test } from "./test";
import { article, articles, LEAD_SLUG, sections, sources } from "./corpus";
import { expectHoursAgo, expectOk, hrefs, isoTime } from "./helpers";

const lead = article(LEAD_SLUG);
const titleToSlug = new Map(articles.map((item) => [item.title, item.slug]));

test.describe("home page", () => {
  test.beforeEach(async ({ page }) => {
    await expectOk(page, "/");
  });

  test("lead story: picture, headline link, dek, source and time", async ({ page }) => {
    const story = page.locator('article[aria-labelledby="lead-story-title"]');
    await expect(story).toBeVisible();

    const picture = story.locator("img");
    await expect(picture).toBeVisible();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);

    const headline = story.getByRole("heading", { name: lead.title });
    await expect(headline).toBeVisible();
    await expect(headline.getByRole("link")).toHaveAttribute("href", `/articles/${LEAD_SLUG}`);
    await expect(story.getByText(lead.dek)).toBeVisible();

    const source = sources.find((item) => item.slug === lead.source)!;
    await expect(story.getByRole("link", { name: source.name })).toHaveAttribute(
      "href",
      `/sources/${source.slug}`,
    );
    const time = story.locator("time[datetime]");
    await expect(time).toBeVisible();
    expectHoursAgo(await isoTime(time), lead.hoursAgo);
    // Rendered relative in the browser ("3 hours ago"), absolute in the title.
    await expect(time).toHaveText(/ago$/);

    await headline.getByRole("link").click();
    await expect(page).toHaveURL(`/articles/${LEAD_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lead.title);
  });

  test("headlines grid: several distinct stories besides the lead, each with source and time", async ({
    page,
  }) => {
    const grid = page.getByRole("region", { name: "Headlines" });
    const cards = grid.locator("article");
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    const links = await hrefs(grid.locator("h3 a"));
    expect(links).toHaveLength(await cards.count());
    expect(new Set(links).size, "no story twice").toBe(links.length);
    expect(links).not.toContain(`/articles/${LEAD_SLUG}`);
    for (const card of await cards.all()) {
      await expect(card.getByRole("heading")).not.toBeEmpty();
      await expect(card.locator("a[href^='/sources/']")).not.toBeEmpty();
      await expect(card.locator("time[datetime]")).toBeVisible();
    }
  });

  test("Latest list is newest first and 'Older stories' opens /latest?page=2", async ({ page }) => {
    const latest = page.getByRole("region", { name: "Latest" });
    const rows = latest.locator("article");
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const times = await rows.evaluateAll((items) =>
      items.map((item) => Date.parse(item.querySelector("time")!.getAttribute("datetime")!)),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const title of await latest.locator("h3 a").allTextContents()) {
      expect(titleToSlug.has(title), `"${title}" is a seed story`).toBe(true);
    }

    await latest.getByRole("link", { name: /Older stories/ }).click();
    await expect(page).toHaveURL("/latest?page=2");
    await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 2 of 3");
  });

  test("section rails show stories from their own section", async ({ page }) => {
    // Every section of the demo corpus has stories, so every section gets a rail.
    for (const section of sections) {
      const rail = page.getByRole("region", { name: new RegExp(`^${section.name}\\b`) });
      await expect(rail, `${section.name} rail`).toBeVisible();
      await expect(rail.getByRole("link", { name: section.name, exact: true })).toHaveAttribute(
        "href",
        `/sections/${section.slug}`,
      );
      const titles = await rail.locator("article h3 a").allTextContents();
      expect(titles.length, `${section.name} rail has stories`).toBeGreaterThan(0);
      for (const title of titles) {
        const story = articles.find((item) => item.title === title);
        expect(story?.section, `"${title}" in the ${section.name} rail`).toBe(section.slug);
      }
    }
  });
});
