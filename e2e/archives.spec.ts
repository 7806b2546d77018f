import { expect, test } from "./test";
import {
  ARCHIVE_PAGE_SIZE,
  article,
  articles,
  authors,
  CLUSTER_TAG,
  clusterArticles,
  LEAD_SLUG,
  LONG_THREAD_SLUG,
  newestFirst,
  sections,
  sources,
  tags,
} from "./corpus";
import { archiveHeadlines, expectNotFound, expectOk, hrefs } from "./helpers";

const lastPage = Math.ceil(articles.length / ARCHIVE_PAGE_SIZE);
const onLastPage = articles.length - (lastPage - 1) * ARCHIVE_PAGE_SIZE;

async function archiveTimes(page: import("@playwright/test").Page) {
  return page
    .locator("main article")
    .evaluateAll((rows) =>
      rows.map((row) => Date.parse(row.querySelector("time")!.getAttribute("datetime")!)),
    );
}

test("/latest paginates 20 stories a page, newest first, with rel=next/prev links", async ({ page }) => {
  expect(lastPage).toBe(3);
  await expectOk(page, "/latest");
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText(`Page 1 of ${lastPage}`);
  await expect(archiveHeadlines(page)).toHaveCount(ARCHIVE_PAGE_SIZE);
  const first = await hrefs(archiveHeadlines(page));
  // The 20 newest stories (two share a publication time, so compare them as a set; the order is checked by time).
  expect([...first].sort()).toEqual(
    newestFirst
      .slice(0, ARCHIVE_PAGE_SIZE)
      .map((story) => `/articles/${story.slug}`)
      .sort(),
  );
  const times1 = await archiveTimes(page);
  expect(times1).toEqual([...times1].sort((a, b) => b - a));
  await expect(pagination.locator("a[rel=prev]")).toHaveCount(0);

  await pagination.locator("a[rel=next]").click();
  await expect(page).toHaveURL("/latest?page=2");
  await expect(pagination).toContainText(`Page 2 of ${lastPage}`);
  await expect(archiveHeadlines(page)).toHaveCount(ARCHIVE_PAGE_SIZE);
  const second = await hrefs(archiveHeadlines(page));
  expect(
    second.filter((href) => first.includes(href)),
    "stories repeated from page 1",
  ).toEqual([]);
  const times2 = await archiveTimes(page);
  expect(Math.max(...times2)).toBeLessThanOrEqual(Math.min(...times1));

  await pagination.locator("a[rel=next]").click();
  await expect(page).toHaveURL(`/latest?page=${lastPage}`);
  await expect(pagination).toContainText(`Page ${lastPage} of ${lastPage}`);
  await expect(archiveHeadlines(page)).toHaveCount(onLastPage);
  const third = await hrefs(archiveHeadlines(page));
  expect(new Set([...first, ...second, ...third]).size, "every story exactly once").toBe(articles.length);
  await expect(pagination.locator("a[rel=next]")).toHaveCount(0);

  await pagination.locator("a[rel=prev]").click();
  await expect(page).toHaveURL("/latest?page=2");
  await pagination.locator("a[rel=prev]").click();
  await expect(page).toHaveURL("/latest");
  await expect(pagination).toContainText(`Page 1 of ${lastPage}`);
});

test("a tag page lists its whole story cluster", async ({ page }) => {
  const tag = tags.find((item) => item.slug === CLUSTER_TAG)!;
  await expectOk(page, `/tags/${CLUSTER_TAG}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(tag.name);
  const listed = await hrefs(archiveHeadlines(page));
  expect(listed.sort()).toEqual(clusterArticles.map((story) => `/articles/${story.slug}`).sort());
  // Fewer than a page: no pagination.
  await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
});

test("section, source and author pages list their stories", async ({ page }) => {
  const lead = article(LEAD_SLUG);
  const cases = [
    {
      path: `/sections/${lead.section}`,
      name: sections.find((item) => item.slug === lead.section)!.name,
      matches: (slug: string) => article(slug).section === lead.section,
    },
    {
      path: `/sources/${lead.source}`,
      name: sources.find((item) => item.slug === lead.source)!.name,
      matches: (slug: string) => article(slug).source === lead.source,
    },
    {
      path: `/authors/${lead.authors[0]}`,
      name: authors.find((item) => item.slug === lead.authors[0])!.name,
      matches: (slug: string) => article(slug).authors.includes(lead.authors[0]!),
    },
  ];
  for (const { path, name, matches } of cases) {
    await expectOk(page, path);
    await expect(page.getByRole("heading", { level: 1 }), path).toContainText(name);
    const listed = (await hrefs(archiveHeadlines(page))).map((href) => href.replace("/articles/", ""));
    const expected = articles.filter((story) => matches(story.slug));
    expect(listed.length, path).toBe(Math.min(expected.length, ARCHIVE_PAGE_SIZE));
    expect(listed, path).toContain(LEAD_SLUG);
    for (const slug of listed) expect(matches(slug), `${slug} on ${path}`).toBe(true);
  }
});

test.describe("missing pages are 404s with the not-found page", () => {
  for (const url of [
    "/latest?page=abc",
    "/latest?page=-1",
    "/latest?page=0",
    "/latest?page=1.5",
    "/latest?page=99999999999999",
    `/tags/${CLUSTER_TAG}?page=abc`,
    "/tags/no-such-tag",
    "/sections/no-such-section",
    "/sources/no-such-source",
    "/authors/no-such-author",
    "/articles/no-such-story",
    "/articles/no-such-story/comments",
    "/no/such/page",
  ]) {
    test(url, async ({ page }) => {
      await expectNotFound(page, url);
    });
  }

  // A well-formed ?page= past the last page is a real 404 too (decided by proxy.ts before streaming).
  for (const url of [
    `/latest?page=${lastPage + 1}`,
    `/tags/${CLUSTER_TAG}?page=2`,
    `/articles/${LONG_THREAD_SLUG}/comments?page=3`,
  ]) {
    test(`${url} (out of range)`, async ({ page }) => {
      await expectNotFound(page, url);
    });
  }
});
