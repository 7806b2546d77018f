import { expect, test } from "./test";
import {
  article,
  articles,
  authors,
  LEAD_SLUG,
  NO_COMMENTS_SLUG,
  SANITISER_FIXTURE_SLUG,
  seedCommentCount,
  sources,
  tags,
} from "./corpus";
import { expectHoursAgo, expectOk, isoTime } from "./helpers";

const lead = article(LEAD_SLUG);

test.describe("lead article page", () => {
  test.beforeEach(async ({ page }) => {
    await expectOk(page, `/articles/${LEAD_SLUG}`);
  });

  test("headline, dek, source, byline and published time", async ({ page }) => {
    const h1 = page.locator("h1");
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveText(lead.title);
    await expect(page).toHaveTitle(new RegExp(lead.title.slice(0, 30)));

    const header = page.locator('article[aria-labelledby="article-headline"] > header');
    await expect(header.getByText(lead.dek, { exact: true })).toBeVisible();

    const source = sources.find((item) => item.slug === lead.source)!;
    await expect(header.getByRole("link", { name: source.name, exact: true })).toHaveAttribute(
      "href",
      `/sources/${source.slug}`,
    );

    expect(lead.authors.length).toBeGreaterThan(0);
    for (const slug of lead.authors) {
      const author = authors.find((item) => item.slug === slug)!;
      await expect(header.getByRole("link", { name: author.name, exact: true })).toHaveAttribute(
        "href",
        `/authors/${slug}`,
      );
    }
    await expect(header).toContainText(/By \S/);

    const published = header.getByText(/^Published/).locator("time[datetime]");
    await expect(published).toBeVisible();
    expectHoursAgo(await isoTime(published), lead.hoursAgo);
    await expect(published).toHaveText("3 hours ago");
    if (lead.updatedHoursAgo !== undefined) {
      const updated = header.getByText(/^Updated/).locator("time[datetime]");
      expectHoursAgo(await isoTime(updated), lead.updatedHoursAgo);
    }
  });

  test("hero image with alt text and caption, then the body", async ({ page }) => {
    const figure = page.locator('article[aria-labelledby="article-headline"] > figure');
    const img = figure.locator("img");
    await expect(img).toBeVisible();
    await expect(img).toHaveAttribute("alt", lead.hero.alt);
    expect(lead.hero.alt.trim()).not.toBe("");
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
      .toBe(true);
    await expect(figure.locator("figcaption")).toHaveText(lead.hero.caption);

    const paragraphs = page.locator(".prose-article p");
    expect(await paragraphs.count()).toBeGreaterThanOrEqual(5);
    await expect(paragraphs.first()).toContainText("The strike at Saltmarsh Harbour is over.");
    // Markdown is rendered, not shown raw.
    await expect(page.locator(".prose-article h2").first()).toHaveText("What is in the deal");
    await expect(page.locator(".prose-article")).not.toContainText("## ");
  });

  test("hashtags link to their tag pages", async ({ page }) => {
    const hashtags = page.getByRole("region", { name: "Hashtags" });
    const links = hashtags.getByRole("link");
    await expect(links).toHaveCount(lead.tags.length);
    for (const slug of lead.tags) {
      const tag = tags.find((item) => item.slug === slug)!;
      await expect(hashtags.getByRole("link", { name: `#${tag.name}`, exact: true })).toHaveAttribute(
        "href",
        `/tags/${slug}`,
      );
    }
    await hashtags.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/tags\/[a-z0-9-]+$/);
    await expect(page.getByRole("link", { name: lead.title })).toBeVisible();
  });

  test("related sidebar: 1–6 complete items, none pointing back at this story", async ({ page }) => {
    const items = page.getByRole("complementary", { name: "Related articles" }).getByRole("listitem");
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(6);
    for (const item of await items.all()) {
      await expect(item.locator("a[href^='/sources/']")).not.toBeEmpty();
      await isoTime(item.locator("time[datetime]"));
      await expect(item.locator("time")).not.toBeEmpty();
      const title = item.getByRole("heading").getByRole("link");
      await expect(title).not.toBeEmpty();
      const href = await title.getAttribute("href");
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+$/);
      expect(href).not.toBe(`/articles/${LEAD_SLUG}`);
      const related = articles.find((candidate) => `/articles/${candidate.slug}` === href);
      expect(related, `${href} is a seed story`).toBeDefined();
      await expect(title).toHaveText(related!.title);
      const excerpt = (await item.locator("h2 ~ p, h3 ~ p").textContent())?.trim() ?? "";
      expect(excerpt, `excerpt of ${href}`).toBe(related!.excerpt);
    }

    const first = items.first().getByRole("heading").getByRole("link");
    const target = await first.getAttribute("href");
    await first.click();
    await expect(page).toHaveURL(target!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      articles.find((item) => `/articles/${item.slug}` === target)!.title,
    );
  });

  test("comments section shows the seed discussion and a sign-in invitation", async ({ page }) => {
    const comments = page.locator("section#comments");
    const total = seedCommentCount(LEAD_SLUG);
    expect(total).toBeGreaterThan(0);
    await expect(comments.getByRole("heading", { level: 2 })).toHaveText(`Comments (${total})`);
    await expect(comments.locator("article.comment")).toHaveCount(total);
    await expect(comments.getByText("Mira Tennant").first()).toBeVisible();
    await expect(comments.getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      /^\/signin\?callbackUrl=/,
    );
    await expect(comments).not.toContainText("No comments yet");
  });
});

test("an article without comments says so", async ({ page }) => {
  await expectOk(page, `/articles/${NO_COMMENTS_SLUG}`);
  const comments = page.locator("section#comments");
  await expect(comments.getByRole("heading", { level: 2 })).toHaveText("Comments");
  await expect(comments.getByText(/^No comments yet…/)).toBeVisible();
  await expect(comments.locator("article.comment")).toHaveCount(0);
  await expect(comments.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test.describe("every seed story's related sidebar", () => {
  // Server-rendered markup is all this needs: skip scripts and images to keep the sweep quick.
  test.use({ javaScriptEnabled: false });
  const chunks = 3;
  for (let chunk = 0; chunk < chunks; chunk++) {
    const stories = articles.filter((_, index) => index % chunks === chunk);
    test(`lists only complete links to other stories (part ${chunk + 1} of ${chunks})`, async ({ page }) => {
      await page.route(/\/_next\/image|\.(png|jpe?g|webp|avif|svg|woff2?)(\?|$)/, (route) => route.abort());
      for (const story of stories) {
        await expectOk(page, `/articles/${story.slug}`);
        const items = page.locator('aside[aria-label="Related articles"] li');
        const problems = await items.evaluateAll(
          (elements, self) =>
            elements.flatMap((item) => {
              const href = item.querySelector("h2 a, h3 a")?.getAttribute("href");
              const issues = [];
              if (!item.querySelector("a[href^='/sources/']")?.textContent?.trim()) issues.push("no source");
              if (!item.querySelector("time[datetime]")?.textContent?.trim()) issues.push("no time");
              if (!href?.startsWith("/articles/")) issues.push("no title link");
              if (href === self) issues.push("links to itself");
              if (!item.querySelector("h2 ~ p, h3 ~ p")?.textContent?.trim()) issues.push("no excerpt");
              return issues.length ? [`${href}: ${issues.join(", ")}`] : [];
            }),
          `/articles/${story.slug}`,
        );
        expect(problems, story.slug).toEqual([]);
        expect(await items.count(), story.slug).toBeLessThanOrEqual(6);
      }
    });
  }
});

test("the sanitiser fixture shows its story without running the injected script", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const fixture = article(SANITISER_FIXTURE_SLUG);
  expect(fixture.body).toContain("<script>");
  await expectOk(page, `/articles/${SANITISER_FIXTURE_SLUG}`);
  await expect(page.locator("h1")).toHaveText(fixture.title);

  const body = page.locator(".prose-article");
  await expect(body.locator("p").first()).toContainText("A widely used widget");
  await expect(body.locator("script")).toHaveCount(0);
  await expect(body.locator("[onerror], [onload], [onclick]")).toHaveCount(0);
  expect(await body.locator("a[href^='javascript:' i], iframe, object, embed").count()).toBe(0);
  // The page hydrated (relative times are rendered by client JavaScript), so a live script would have run by now.
  await expect(page.locator('article[aria-labelledby="article-headline"] > header time').first()).toHaveText(
    /ago$/,
  );
  await page.waitForLoadState("networkidle");
  expect(dialogs).toEqual([]);
});

test.describe("on a 390px-wide phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const slug of [LEAD_SLUG, SANITISER_FIXTURE_SLUG]) {
    test(`article ${slug.slice(0, 30)}… has no horizontal scroll`, async ({ page }) => {
      await expectOk(page, `/articles/${slug}`);
      await page.waitForLoadState("load");
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(innerWidth).toBe(390);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  }
});
