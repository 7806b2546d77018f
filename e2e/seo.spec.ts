/**
 * What search engines, social networks and feed readers get: article heads and structured data, archive heads,
 * the feeds and sitemaps over HTTP (with conditional GET), and a withdrawn story leaving all of them at once.
 */
import { type APIRequestContext, type Page } from "@playwright/test";
import sharp from "sharp";

import { expect, test } from "./test";
import { article, LEAD_SLUG, sections, tags } from "./corpus";
import { newsEntries, parseAnyFeed, schemaErrors, sitemapLocations } from "./feed-checks";
import { expectOk } from "./helpers";
import { createArticle, createStaff, headline, savedMessage, submitArticle } from "./newsroom-helpers";
import { openDb } from "./users";

const lead = article(LEAD_SLUG);

async function meta(page: Page, attribute: "name" | "property", key: string): Promise<string[]> {
  return page
    .locator(`head meta[${attribute}="${key}"]`)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute("content") ?? ""));
}

async function headLinks(page: Page, rel: string): Promise<{ href: string; type: string | null }[]> {
  return page.locator(`head link[rel="${rel}"]`).evaluateAll((elements) =>
    elements.map((element) => ({
      href: element.getAttribute("href") ?? "",
      type: element.getAttribute("type"),
    })),
  );
}

async function getText(request: APIRequestContext, url: string, contentType: RegExp): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(contentType);
  return response.text();
}

test.describe("an article page, as crawlers and social networks read it", () => {
  test("NewsArticle and breadcrumb JSON-LD, large image cards, hashtags, canonical and feed links", async ({
    page,
    baseURL,
  }) => {
    await expectOk(page, `/articles/${LEAD_SLUG}`);
    const url = `${baseURL}/articles/${LEAD_SLUG}`;

    const documents = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text),
    );
    const news = documents.find((document) => document["@type"] === "NewsArticle");
    expect(news).toMatchObject({
      headline: lead.title,
      mainEntityOfPage: { "@id": url },
      image: [{ url: `${baseURL}${lead.hero.file}`, width: lead.hero.width, height: lead.hero.height }],
      author: lead.authors.map((slug) => ({ "@type": "Person", url: `${baseURL}/authors/${slug}` })),
      publisher: { "@type": "NewsMediaOrganization", logo: { url: `${baseURL}/logo.png` } },
      isAccessibleForFree: true,
    });
    const breadcrumb = documents.find((document) => document["@type"] === "BreadcrumbList");
    expect(breadcrumb.itemListElement.map((item: { item: string }) => item.item)).toEqual([
      `${baseURL}/`,
      `${baseURL}/sections/${lead.section}`,
      url,
    ]);
    const logo = await page.request.get(`${baseURL}/logo.png`);
    expect(logo.headers()["content-type"]).toBe("image/png");

    expect(await meta(page, "name", "twitter:card")).toEqual(["summary_large_image"]);
    expect(await meta(page, "property", "og:image:alt")).toEqual([lead.hero.alt]);
    expect((await meta(page, "name", "robots")).join()).toContain("max-image-preview:large");
    expect((await meta(page, "property", "article:tag")).sort()).toEqual(
      lead.tags.map((slug) => tags.find((tag) => tag.slug === slug)!.name).sort(),
    );
    expect(await headLinks(page, "canonical")).toEqual([{ href: url, type: null }]);
    expect(await headLinks(page, "alternate")).toEqual(
      expect.arrayContaining([
        { href: `${baseURL}/feed.xml`, type: "application/rss+xml" },
        { href: `${baseURL}/feed.atom`, type: "application/atom+xml" },
        { href: `${baseURL}/feed.json`, type: "application/feed+json" },
        { href: `${baseURL}/articles/${LEAD_SLUG}/comments/feed.xml`, type: "application/rss+xml" },
      ]),
    );
    await expect(page.getByRole("link", { name: "Follow these comments (RSS feed)" })).toHaveAttribute(
      "href",
      `/articles/${LEAD_SLUG}/comments/feed.xml`,
    );
  });

  test("every story's headline card is a 1200×630 PNG, drawn without network access", async ({ request }) => {
    const response = await request.get(`/articles/${LEAD_SLUG}/social-card.png`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const image = await sharp(await response.body()).metadata();
    expect([image.format, image.width, image.height]).toEqual(["png", 1200, 630]);
    expect((await request.get("/articles/no-such-story/social-card.png")).status()).toBe(404);
  });
});

test.describe("archive heads", () => {
  test("paged archives link their neighbours and keep a clean canonical URL", async ({ page, baseURL }) => {
    await expectOk(page, "/latest");
    expect(await headLinks(page, "prev")).toEqual([]);
    expect(await headLinks(page, "next")).toEqual([{ href: `${baseURL}/latest?page=2`, type: null }]);

    await expectOk(page, "/latest?page=2&utm_source=newsletter&fbclid=abc");
    expect(await headLinks(page, "canonical")).toEqual([{ href: `${baseURL}/latest?page=2`, type: null }]);
    expect(await headLinks(page, "prev")).toEqual([{ href: `${baseURL}/latest`, type: null }]);
    expect(await headLinks(page, "next")).toEqual([{ href: `${baseURL}/latest?page=3`, type: null }]);
  });

  test("home and archive pages advertise their own feeds in every format", async ({ page, baseURL }) => {
    const section = sections.at(-1)!;
    for (const [path, feedBase] of [
      ["/", ""],
      [`/sections/${section.slug}`, `/sections/${section.slug}`],
      [`/tags/${lead.tags[0]}`, `/tags/${lead.tags[0]}`],
      [`/sources/${lead.source}`, `/sources/${lead.source}`],
      [`/authors/${lead.authors[0]}`, `/authors/${lead.authors[0]}`],
    ] as const) {
      await expectOk(page, path);
      expect(await headLinks(page, "alternate"), path).toEqual([
        { href: `${baseURL}${feedBase}/feed.xml`, type: "application/rss+xml" },
        { href: `${baseURL}${feedBase}/feed.atom`, type: "application/atom+xml" },
        { href: `${baseURL}${feedBase}/feed.json`, type: "application/feed+json" },
      ]);
    }
  });
});

test.describe("feeds and sitemaps over HTTP", () => {
  const formats = [
    ["rss", "feed.xml", /^application\/rss\+xml/],
    ["atom", "feed.atom", /^application\/atom\+xml/],
    ["json", "feed.json", /^application\/feed\+json/],
  ] as const;

  test("every feed of a hashtag parses and answers 304 to its ETag and to If-Modified-Since", async ({
    request,
    baseURL,
  }) => {
    // A hashtag no other test publishes under, so its feed cannot change while this test runs.
    const tag = lead.tags[0]!;
    for (const [format, file, contentType] of formats) {
      const url = `/tags/${tag}/${file}`;
      const first = await request.get(url);
      expect(first.status(), url).toBe(200);
      expect(first.headers()["content-type"], url).toMatch(contentType);
      const feed = parseAnyFeed(await first.text(), format);
      expect(
        feed.items.map((item) => item.url),
        url,
      ).toContain(`${baseURL}/articles/${LEAD_SLUG}`);
      const { etag, "last-modified": lastModified } = first.headers();
      expect(etag, url).toMatch(/^W\/".+"$/);
      expect(Date.parse(lastModified!), url).toBeGreaterThan(0);

      const byTag = await request.get(url, { headers: { "if-none-match": etag! } });
      expect(byTag.status(), `${url} If-None-Match`).toBe(304);
      expect(await byTag.body(), url).toHaveLength(0);
      const byDate = await request.get(url, { headers: { "if-modified-since": lastModified! } });
      expect(byDate.status(), `${url} If-Modified-Since`).toBe(304);
      const older = new Date(Date.parse(lastModified!) - 1000).toUTCString();
      expect((await request.get(url, { headers: { "if-modified-since": older } })).status()).toBe(200);
    }
    expect((await request.get("/tags/no-such-tag/feed.xml")).status()).toBe(404);
  });

  test("the sitemap index and every file it names validate against the sitemap schemas", async ({
    request,
    baseURL,
  }) => {
    const robots = await getText(request, "/robots.txt", /^text\/plain/);
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

    const index = await getText(request, "/sitemap.xml", /^application\/xml/);
    expect(await schemaErrors(index, "siteindex")).toEqual([]);
    const files = sitemapLocations(index);
    expect(files).toEqual(
      expect.arrayContaining([
        `${baseURL}/sitemaps/archives.xml`,
        `${baseURL}/sitemaps/news.xml`,
        `${baseURL}/sitemaps/articles-1.xml`,
        `${baseURL}/sitemaps/tags-1.xml`,
      ]),
    );
    const listed: string[] = [];
    for (const file of files) {
      const body = await getText(request, file, /^application\/xml/);
      expect(await schemaErrors(body, file.endsWith("/news.xml") ? "news" : "sitemap"), file).toEqual([]);
      listed.push(...sitemapLocations(body));
    }
    expect(listed).toEqual(
      expect.arrayContaining([
        `${baseURL}/`,
        `${baseURL}/sections/${lead.section}`,
        `${baseURL}/tags/${lead.tags[0]}`,
        `${baseURL}/articles/${LEAD_SLUG}`,
      ]),
    );
    expect((await request.get("/sitemaps/articles-99.xml")).status()).toBe(404);
    expect((await request.get("/sitemaps/nothing.xml")).status()).toBe(404);

    // A streamed file answers 304 too (no test publishes under a new hashtag, so this one stays put).
    const tagsFile = await request.get("/sitemaps/tags-1.xml");
    const again = await request.get("/sitemaps/tags-1.xml", {
      headers: { "if-none-match": tagsFile.headers().etag! },
    });
    expect(again.status()).toBe(304);
  });
});

test("a story published and then withdrawn enters and leaves every feed and sitemap on the next request", async ({
  page,
  request,
  baseURL,
}) => {
  await createStaff(page.context(), "EDITOR");
  const title = headline("Tide tables move online");
  const { id, slug } = await createArticle(page, { title }, "Publish now", "publish");
  await expect(savedMessage(page)).toHaveText("Published. Readers see it now.");
  const url = `${baseURL}/articles/${slug}`;
  const db = openDb();
  const { section } = db
    .prepare(
      `SELECT s.slug AS section FROM "Article" a JOIN "Section" s ON s.id = a.sectionId WHERE a.id = ?`,
    )
    .get(id) as { section: string };
  db.close();

  async function everywhere(): Promise<Record<string, boolean>> {
    const found: Record<string, boolean> = {};
    for (const [scope, prefix] of [
      ["site", ""],
      ["section", `/sections/${section}`],
    ] as const) {
      for (const [format, file] of [
        ["rss", "feed.xml"],
        ["atom", "feed.atom"],
        ["json", "feed.json"],
      ] as const) {
        const feed = parseAnyFeed(await getText(request, `${prefix}/${file}`, /./), format);
        found[`${scope} ${format}`] = feed.items.some((item) => item.url === url);
      }
    }
    const news = await getText(request, "/sitemaps/news.xml", /xml/);
    found.news = newsEntries(news).some((entry) => entry.loc === url);
    const files = sitemapLocations(await getText(request, "/sitemap.xml", /xml/)).filter((file) =>
      file.includes("/sitemaps/articles-"),
    );
    let inSitemap = false;
    for (const file of files)
      inSitemap ||= sitemapLocations(await getText(request, file, /xml/)).includes(url);
    found.sitemap = inSitemap;
    return found;
  }

  const published = await everywhere();
  expect(Object.values(published).every(Boolean), JSON.stringify(published)).toBe(true);

  // No hero image: the share image is the generated headline card.
  await page.goto(`/articles/${slug}`);
  const [ogImage] = await meta(page, "property", "og:image");
  expect(ogImage).toBe(`${url}/social-card.png`);
  const card = await request.get(ogImage!);
  expect([card.status(), card.headers()["content-type"]]).toEqual([200, "image/png"]);

  await page.goto(`/admin/articles/${id}`);
  await submitArticle(page, "Unpublish", "unpublish");
  await expect(savedMessage(page)).toHaveText("Unpublished. Readers can no longer see it.");

  const withdrawn = await everywhere();
  expect(Object.values(withdrawn).some(Boolean), JSON.stringify(withdrawn)).toBe(false);
  expect((await request.get(ogImage!)).status()).toBe(404);
});
