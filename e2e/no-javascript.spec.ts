import { expect, test } from "./test";
import {
  ARCHIVE_PAGE_SIZE,
  article,
  LEAD_SLUG,
  LONG_THREAD,
  LONG_THREAD_SLUG,
  seedCommentCount,
} from "./corpus";
import { archiveHeadlines, datetimes, expectOk, hrefs, topLevelComments } from "./helpers";

test.use({ javaScriptEnabled: false });

const lead = article(LEAD_SLUG);
/** Absolute times as the server renders them, e.g. "26 Nov 2026, 14:05 UTC"; never "… ago" (that needs JS). */
const RELATIVE = /\bago\b|yesterday|just now/i;

test.describe("reading without JavaScript", () => {
  test("home page shows the lead story, headlines and latest with absolute times", async ({ page }) => {
    await expectOk(page, "/");
    const story = page.locator('article[aria-labelledby="lead-story-title"]');
    await expect(story.getByRole("heading", { name: lead.title })).toBeVisible();
    await expect(story.getByText(lead.dek)).toBeVisible();
    await expect(story.locator("img")).toBeVisible();
    const time = story.locator("time[datetime]");
    await expect(time).not.toBeEmpty();
    await expect(time).not.toHaveText(RELATIVE);
    expect(
      await page.getByRole("region", { name: "Headlines" }).locator("article").count(),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await page.getByRole("region", { name: "Latest" }).locator("article").count(),
    ).toBeGreaterThanOrEqual(5);

    await story.getByRole("link", { name: lead.title }).click();
    await expect(page).toHaveURL(`/articles/${LEAD_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lead.title);
  });

  test("article page shows headline, body, related stories and comments", async ({ page }) => {
    await expectOk(page, `/articles/${LEAD_SLUG}`);
    await expect(page.locator("h1")).toHaveText(lead.title);
    await expect(page.locator("article figure img")).toBeVisible();
    expect(await page.locator(".prose-article p").count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator(".prose-article p").first()).toContainText(
      "The strike at Saltmarsh Harbour is over.",
    );
    const published = page.getByText(/^Published/).locator("time[datetime]");
    await expect(published).not.toBeEmpty();
    await expect(published).not.toHaveText(RELATIVE);

    const related = page.getByRole("complementary", { name: "Related articles" }).getByRole("listitem");
    expect(await related.count()).toBeGreaterThanOrEqual(1);
    await expect(related.first().getByRole("heading").getByRole("link")).not.toBeEmpty();

    const comments = page.locator("section#comments");
    await expect(comments.getByRole("heading", { level: 2 })).toHaveText(
      `Comments (${seedCommentCount(LEAD_SLUG)})`,
    );
    await expect(comments.locator("article.comment")).toHaveCount(seedCommentCount(LEAD_SLUG));
  });

  test("archive pages list stories and their pagination links work", async ({ page }) => {
    await expectOk(page, "/latest");
    await expect(archiveHeadlines(page)).toHaveCount(ARCHIVE_PAGE_SIZE);
    const first = await hrefs(archiveHeadlines(page));
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await pagination.locator("a[rel=next]").click();
    await expect(page).toHaveURL("/latest?page=2");
    await expect(archiveHeadlines(page)).toHaveCount(ARCHIVE_PAGE_SIZE);
    expect((await hrefs(archiveHeadlines(page))).some((href) => first.includes(href))).toBe(false);
    await pagination.locator("a[rel=prev]").click();
    await expect(page).toHaveURL("/latest");
    expect(await hrefs(archiveHeadlines(page))).toEqual(first);
  });
});

test.describe("comments page without JavaScript", () => {
  const commentsPath = `/articles/${LONG_THREAD_SLUG}/comments`;
  const total = LONG_THREAD.topLevel + LONG_THREAD.mostRepliedReplies;
  const numbers = async (page: import("@playwright/test").Page) =>
    (await topLevelComments(page).allTextContents()).map((text) =>
      Number(/Test comment number (\d+)/.exec(text)?.[1]),
    );

  test("newest first by default; Oldest and Load more keep the order across pages", async ({ page }) => {
    await expectOk(page, commentsPath);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`(${total})`);
    await expect(topLevelComments(page)).toHaveCount(20);
    expect(await numbers(page)).toEqual(Array.from({ length: 20 }, (_, i) => LONG_THREAD.topLevel - i));
    const newest = await datetimes(topLevelComments(page));
    expect(newest).toEqual([...newest].sort((a, b) => b - a));

    await page
      .getByRole("navigation", { name: "Sort comments" })
      .getByRole("link", { name: "Oldest" })
      .click();
    await expect(page).toHaveURL(`${commentsPath}?sort=oldest`);
    await expect(
      page.getByRole("navigation", { name: "Sort comments" }).locator("[aria-current]"),
    ).toHaveText("Oldest");
    await expect(topLevelComments(page)).toHaveCount(20);
    const oldest = await datetimes(topLevelComments(page));
    expect(oldest.every((ms) => !Number.isNaN(ms))).toBe(true);
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    expect(await numbers(page)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));

    await page.getByRole("link", { name: "Load more comments" }).click();
    await expect(page).toHaveURL(`${commentsPath}?sort=oldest&page=2`);
    expect(await numbers(page)).toEqual([21, 22, 23, 24, 25]);
    const later = await datetimes(topLevelComments(page));
    expect(Math.min(...later)).toBeGreaterThan(Math.max(...oldest));
    await expect(page.getByRole("link", { name: "Load more comments" })).toHaveCount(0);

    await page.getByRole("link", { name: "← Previous" }).click();
    await expect(page).toHaveURL(`${commentsPath}?sort=oldest`);
    expect((await numbers(page))[0]).toBe(1);
  });

  test("Most replies puts the busiest thread first, with its replies", async ({ page }) => {
    await expectOk(page, commentsPath);
    await page
      .getByRole("navigation", { name: "Sort comments" })
      .getByRole("link", { name: "Most replies" })
      .click();
    await expect(page).toHaveURL(`${commentsPath}?sort=replies`);
    expect((await numbers(page))[0]).toBe(LONG_THREAD.mostRepliedNumber);
    const firstThread = page.locator("section#comments > ol > li").first();
    await expect(firstThread.locator("ol article.comment")).toHaveCount(LONG_THREAD.repliesShown);
    await expect(firstThread.locator("ol article.comment").first()).toContainText(
      `Reply 1 to comment ${LONG_THREAD.mostRepliedNumber}.`,
    );
  });

  test("a long conversation shows its first replies, and the rest on its own pages", async ({ page }) => {
    const { mostRepliedNumber: number, mostRepliedReplies: replies, repliesShown, nestedReply } = LONG_THREAD;
    await expectOk(page, `${commentsPath}?sort=replies`);
    const more = replies - repliesShown;
    await page.getByRole("link", { name: new RegExp(`^${more} more replies to `) }).click();
    await expect(page).toHaveURL(/\/comments\/thread\/[^/#]+#comment-/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("A conversation started by");
    await expect(page.getByText(`Replies 1–50 of ${replies}, oldest first.`)).toBeVisible();
    const conversation = page.getByRole("region", { name: "Conversation" });
    await expect(conversation.locator("article.comment").first()).toContainText(
      `Test comment number ${number} on the bat study.`,
    );
    // The comment and this page's 50 replies; the link's target is the first reply the story did not show.
    await expect(conversation.locator("article.comment")).toHaveCount(51);
    await expect(page.locator(":target")).toContainText(`Reply ${repliesShown + 1} to comment ${number}.`);

    await page.getByRole("link", { name: "Later replies" }).click();
    await expect(page).toHaveURL(/\/comments\/thread\/[^/]+\/2$/);
    await expect(page.getByText(`Replies 51–${replies} of ${replies}, oldest first.`)).toBeVisible();
    await expect(conversation.locator("ol ol article.comment")).toHaveCount(replies - 50);
    await expect(page.getByRole("link", { name: "Later replies" })).toHaveCount(0);
    // A reply whose parent is on the first page says whom it answers, and leads there.
    const nested = conversation.locator("article.comment", { hasText: `Reply ${nestedReply.number} to` });
    await nested.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/comments\/thread\/[^/]+#comment-/);
    await expect(page.locator(":target")).toContainText(`Reply ${nestedReply.answers} to comment ${number}.`);

    await page.getByRole("link", { name: "← Back to the story" }).click();
    await expect(page).toHaveURL(`/articles/${LONG_THREAD_SLUG}#comments`);
  });

  test("a conversation's address that is not one answers 404", async ({ page }) => {
    for (const path of [
      `${commentsPath}/thread/no-such-comment`,
      `${commentsPath}/thread/no-such-comment/2`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expectOk(page, `${commentsPath}?sort=replies`);
    const href = await page.getByRole("link", { name: / more replies to / }).getAttribute("href");
    const thread = href!.replace(/#.*$/, "");
    for (const path of [`${thread}/1`, `${thread}/3`, `${thread}/abc`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("the article page's comment links lead to the sorted and paged comments", async ({ page }) => {
    await expectOk(page, `/articles/${LONG_THREAD_SLUG}`);
    const section = page.locator("section#comments");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(`Comments (${total})`);
    await expect(topLevelComments(page)).toHaveCount(20);
    await section.getByRole("link", { name: "Load more comments" }).click();
    await expect(page).toHaveURL(`${commentsPath}?page=2`);
    expect(await numbers(page)).toEqual([5, 4, 3, 2, 1]);

    // The lead story has two top-level comments: "Oldest" on its page shows the earlier one first.
    await expectOk(page, `/articles/${LEAD_SLUG}`);
    await page
      .locator("section#comments")
      .getByRole("navigation", { name: "Sort comments" })
      .getByRole("link", { name: "Oldest" })
      .click();
    await expect(page).toHaveURL(`/articles/${LEAD_SLUG}/comments?sort=oldest`);
    const times = await datetimes(topLevelComments(page));
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    await expect(topLevelComments(page).first()).toContainText("Mira Tennant");
  });

  test("an unknown sort or a malformed page is a 404", async ({ page }) => {
    expect((await page.goto(`${commentsPath}?sort=sideways`))?.status()).toBe(404);
    expect((await page.goto(`${commentsPath}?page=abc`))?.status()).toBe(404);
  });
});
