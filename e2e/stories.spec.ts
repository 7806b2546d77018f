import { expect, test } from "./test";
import { article, articles, LEAD_SLUG, sources } from "./corpus";
import { datetimes, expectNotFound, expectOk, hrefs } from "./helpers";
import { createStaff } from "./newsroom-helpers";

/**
 * Stories across outlets on the demo corpus: the Saltmarsh port strike is covered by five outlets, and seeding
 * groups its six articles into one story named after the first report.
 */
const STORY_SLUG = "saltmarsh-dockworkers-vote-to-strike-over-automated-cranes";
const strike = articles
  .filter((candidate) => candidate.tags.includes("saltmarsh-port-strike"))
  .sort((a, b) => a.hoursAgo - b.hoursAgo);
const outletName = (slug: string) => sources.find((source) => source.slug === slug)!.name;
const firstReport = strike.at(-1)!;

async function expectStoryPage(page: import("@playwright/test").Page) {
  await expectOk(page, `/stories/${STORY_SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstReport.title);
  const timeline = page.getByRole("region", { name: "Timeline, newest first" }).getByRole("listitem");
  await expect(timeline).toHaveCount(strike.length);
  // Newest first, every article with its outlet, time, title and excerpt.
  expect(await hrefs(timeline.locator("h3 a"))).toEqual(strike.map((seed) => `/articles/${seed.slug}`));
  const times = await datetimes(timeline);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  for (const [index, seed] of strike.entries()) {
    const item = timeline.nth(index);
    await expect(item.getByRole("link", { name: outletName(seed.source) })).toBeVisible();
    await expect(item.getByText(seed.excerpt)).toBeVisible();
  }
  await expect(timeline.last()).toContainText(`First reported by ${outletName(firstReport.source)}`);
  await expect(page.getByText(`First reported by ${outletName(firstReport.source)}:`)).toBeVisible();

  const outlets = page.getByRole("region", { name: "Outlets covering this story" }).getByRole("listitem");
  await expect(outlets).toHaveCount(new Set(strike.map((seed) => seed.source)).size);
  await expect(outlets.first()).toHaveText(`${outletName("harbour-ledger")} (2)`);
}

test.describe("the story page", () => {
  test("shows the whole story from every outlet, newest first, with its first report", async ({ page }) => {
    await expectStoryPage(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("reads the same, and its feed lists the story's articles", async ({ page, request }) => {
      await expectStoryPage(page);
      const feed = await request.get(`/stories/${STORY_SLUG}/feed.xml`);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toContain("application/rss+xml");
      const xml = await feed.text();
      expect(xml.match(/<item>/g)).toHaveLength(strike.length);
      expect(xml).toContain(`/articles/${LEAD_SLUG}`);
    });
  });

  test("an unknown story is a 404 page", async ({ page, request }) => {
    await expectNotFound(page, "/stories/no-such-story-here");
    expect((await request.get("/stories/no-such-story-here/feed.xml")).status()).toBe(404);
    expect((await request.get(`/stories/${STORY_SLUG}?page=2`)).status()).toBe(404);
  });
});

test.describe("an article in a story", () => {
  test("says how many outlets cover the story and links to it", async ({ page }) => {
    await expectOk(page, `/articles/${LEAD_SLUG}`);
    const outletCount = new Set(strike.map((seed) => seed.source)).size;
    await page.getByRole("link", { name: new RegExp(`^${outletCount} outlets cover this story`) }).click();
    await expect(page).toHaveURL(`/stories/${STORY_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstReport.title);
  });

  test("its related sidebar puts other outlets' coverage of the story first, newest first", async ({
    page,
  }) => {
    const songs = article("the-songs-of-the-saltmarsh-picket-line");
    await expectOk(page, `/articles/${songs.slug}`);
    const related = page.getByRole("complementary", { name: "Related articles" }).getByRole("listitem");
    const expected = strike
      .filter((seed) => seed.slug !== songs.slug && seed.source !== songs.source)
      .map((seed) => `/articles/${seed.slug}`);
    expect((await hrefs(related.locator("h3 a"))).slice(0, expected.length)).toEqual(expected);
  });

  test("the editor's pins still come first, then the rest of the story", async ({ page }) => {
    const lead = article(LEAD_SLUG);
    await expectOk(page, `/articles/${LEAD_SLUG}`);
    const links = await hrefs(
      page.getByRole("complementary", { name: "Related articles" }).getByRole("listitem").locator("h3 a"),
    );
    const pins = lead.pinnedRelated!.map((slug) => `/articles/${slug}`);
    expect(links.slice(0, pins.length)).toEqual(pins);
    const rest = strike
      .filter((seed) => seed.slug !== LEAD_SLUG && !lead.pinnedRelated!.includes(seed.slug))
      .map((seed) => `/articles/${seed.slug}`);
    expect(links.slice(pins.length, pins.length + rest.length)).toEqual(rest);
  });
});

test("the home page packages a story covered by three or more outlets", async ({ page }) => {
  await expectOk(page, "/");
  const packages = page.getByRole("region", { name: "Full coverage" });
  const more = packages.getByRole("link", { name: /^\+5 more from / });
  await expect(more).toBeVisible();
  await more.click();
  await expect(page).toHaveURL(`/stories/${STORY_SLUG}`);
});

test.describe("editors' story controls", () => {
  const comet = article("lumens-first-images-show-comet-nucleus-shaped-like-a-peanut");
  const COMET_STORY = "lumen-s-first-images-show-a-comet-nucleus-shaped-like-a-peanut";

  test("a contributor cannot open them", async ({ page }) => {
    await createStaff(page.context(), "CONTRIBUTOR");
    await expectNotFound(page, "/admin/stories");
  });

  test("an editor renames a story and locks it; readers see the new title", async ({ page }) => {
    await createStaff(page.context(), "EDITOR");
    await expectOk(page, "/admin/stories");
    await expect(
      page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Stories" }),
    ).toBeVisible();
    await page.getByRole("link", { name: comet.title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(comet.title);

    const title = `Lumen meets its comet ${Date.now()}`;
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
    await page
      .getByRole("textbox", { name: "Description", exact: true })
      .fill("The probe's flyby, from launch to the first images.");
    await page.getByRole("button", { name: "Save title and description" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved the story’s title" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    await page.getByRole("button", { name: "Lock story" }).click();
    await expect(page.getByRole("button", { name: "Unlock story" })).toBeVisible();
    await page.getByRole("button", { name: "Unlock story" }).click();
    await expect(page.getByRole("button", { name: "Lock story" })).toBeVisible();

    await expectOk(page, `/stories/${COMET_STORY}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("an editor picks the lead, splits an article out and merges it back", async ({ page }) => {
    const chess = article("volunteer-chess-programmers-accuse-commercial-engine-of-copying-their-code");
    const essay = article("what-we-owe-the-people-who-teach-machines-to-play");
    const analysis = article("code-analysis-finds-striking-overlap-between-sable-pro-and-kestrel");
    await createStaff(page.context(), "EDITOR");
    await expectOk(page, "/admin/stories");
    await page.getByRole("link", { name: chess.title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(chess.title);

    await page.getByRole("button", { name: `Make lead: ${analysis.title}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Changed the lead article." })).toBeVisible();
    await expect(page.getByRole("button", { name: `Lead: ${analysis.title}` })).toBeDisabled();
    await expect(
      page.getByRole("listitem").filter({ hasText: analysis.title }).getByText("Lead (chosen)"),
    ).toBeVisible();

    await page.getByRole("button", { name: `Split out: ${essay.title}` }).click();
    // The article leaves this story: the editor lands on its new one.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(essay.title);
    await expect(page.getByRole("status").filter({ hasText: "Split out into this new story" })).toBeVisible();

    await page.getByLabel("Story to merge into this one").selectOption({ label: `${chess.title} (4)` });
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Merged" })).toBeVisible();
    await expect(page.getByRole("button", { name: `Split out: ${chess.title}` })).toBeVisible();
  });
});
