import { existsSync } from "node:fs";
import path from "node:path";

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { newsEntries, parseAnyFeed, schemaErrors, sitemapLocations, xmlErrors } from "../../e2e/feed-checks";
import {
  articles as seedArticles,
  authors as seedAuthors,
  comments as seedComments,
  sections as seedSections,
  sources as seedSources,
  tags as seedTags,
} from "../../prisma/seed-data";
import type { SeedArticle } from "../../prisma/seed-data";
import { skipPostgres, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";
import { createSeededDatabase } from "./seeded-database";

type Modules = {
  articles: typeof import("../articles");
  feeds: typeof import("../feeds");
  sitemaps: typeof import("../sitemaps");
  seo: typeof import("../seo/structured-data");
  metadata: typeof import("../seo/article-metadata");
  conditional: typeof import("../conditional-get");
  db: typeof import("../db").db;
};

const BASE = "http://localhost:3000";
const articleUrl = (slug: string) => `${BASE}/articles/${slug}`;
const newestFirst = (list: SeedArticle[]) => [...list].sort((a, b) => a.hoursAgo - b.hoursAgo);

/**
 * `urls` are exactly the stories of `expected` (all of them fit in one feed), newest first; stories published at
 * the same moment may come in either order.
 */
function expectNewestFirst(urls: string[], expected: SeedArticle[], label: string) {
  expect([...urls].sort(), label).toEqual(expected.map((seed) => articleUrl(seed.slug)).sort());
  const hours = urls.map((url) => expected.find((seed) => articleUrl(seed.slug) === url)!.hoursAgo);
  expect(hours, label).toEqual([...hours].sort((a, b) => a - b));
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

/**
 * Structured data, feeds and sitemaps built from the demo corpus through the app's own functions (the HTTP layer,
 * caching and conditional GET are covered by e2e/seo.spec.ts).
 */
export function defineSeoTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(
    `structured data, feeds and sitemaps on ${provider}`,
    () => {
      let database: TestDatabase;
      let lib: Modules;

      beforeAll(async () => {
        delete process.env.NEXTAUTH_URL;
        database = await createSeededDatabase(provider, `seo_${provider}`);
        lib = {
          articles: await import("../articles"),
          feeds: await import("../feeds"),
          sitemaps: await import("../sitemaps"),
          seo: await import("../seo/structured-data"),
          metadata: await import("../seo/article-metadata"),
          conditional: await import("../conditional-get"),
          db: (await import("../db")).db,
        };
      });

      afterAll(async () => {
        await lib?.db.$disconnect();
        await database?.drop();
      });

      /** Runs `check` while `slug` is withdrawn (a draft again), then publishes it again. */
      async function whileWithdrawn(slug: string, check: () => Promise<void>) {
        await lib.db.article.update({ where: { slug }, data: { status: "DRAFT" } });
        try {
          await check();
        } finally {
          await lib.db.article.update({ where: { slug }, data: { status: "PUBLISHED" } });
        }
      }

      it("every story's JSON-LD parses and has every field search engines ask for", async () => {
        const logo = await sharp(path.resolve("public/logo.png")).metadata();
        expect(logo.format).toBe("png");
        for (const seed of seedArticles) {
          const page = (await lib.articles.getArticleBySlug(seed.slug))!;
          expect(page, seed.slug).not.toBeNull();
          const [newsJson, breadcrumbJson] = lib.seo.articleJsonLd(page, lib.metadata.shareImage(page));
          const news = JSON.parse(newsJson!);
          const url = articleUrl(seed.slug);
          expect(news, seed.slug).toMatchObject({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            headline: seed.title,
            url,
            mainEntityOfPage: { "@type": "WebPage", "@id": url },
            articleSection: seedSections.find((section) => section.slug === seed.section)!.name,
            isAccessibleForFree: true,
            publisher: {
              "@type": "NewsMediaOrganization",
              name: "The Ledger",
              logo: {
                "@type": "ImageObject",
                url: `${BASE}/logo.png`,
                width: logo.width,
                height: logo.height,
              },
            },
          });
          expect(news.description, seed.slug).toBe(seed.dek || seed.excerpt);
          expect(Date.parse(news.datePublished), seed.slug).toBe(page.publishedAt.getTime());
          expect(Date.parse(news.dateModified), seed.slug).toBeGreaterThanOrEqual(
            Date.parse(news.datePublished),
          );
          expect(news.image, seed.slug).toEqual([
            expect.objectContaining({
              "@type": "ImageObject",
              url: `${BASE}${seed.hero.file}`,
              width: seed.hero.width,
              height: seed.hero.height,
            }),
          ]);
          expect(existsSync(path.resolve("public", `.${seed.hero.file}`)), seed.hero.file).toBe(true);
          expect(news.author, seed.slug).toEqual(
            seed.authors.map((slug) => ({
              "@type": "Person",
              name: seedAuthors.find((author) => author.slug === slug)!.name,
              url: `${BASE}/authors/${slug}`,
            })),
          );
          expect([...news.keywords].sort(), seed.slug).toEqual(
            seed.tags.map((slug) => seedTags.find((tag) => tag.slug === slug)!.name).sort(),
          );
          const breadcrumb = JSON.parse(breadcrumbJson!);
          expect(breadcrumb["@type"]).toBe("BreadcrumbList");
          expect(breadcrumb.itemListElement.map((item: { item: string }) => item.item)).toEqual([
            `${BASE}/`,
            `${BASE}/sections/${seed.section}`,
            url,
          ]);
        }
      });

      it("the site's feeds, in every format, parse and list the newest 50 stories with their full text", async () => {
        const expected = newestFirst(seedArticles).slice(0, lib.feeds.FEED_SIZE);
        for (const format of ["rss", "atom", "json"] as const) {
          const document = (await lib.feeds.getFeed({ kind: "site" }, format))!;
          if (format !== "json") expect(await xmlErrors(document.body), format).toEqual([]);
          const feed = parseAnyFeed(document.body, format);
          expect(feed.title, format).toBe("The Ledger");
          expectNewestFirst(
            feed.items.map((item) => item.url),
            expected,
            format,
          );
          for (const item of feed.items)
            expect(item.title).toBe(expected.find((seed) => articleUrl(seed.slug) === item.url)!.title);
          for (const item of feed.items) {
            expect(item.contentHtml, item.url).toMatch(
              /^<figure><img src="http:\/\/localhost:3000\/images\/[^"]+" alt="[^"]*"\/><\/figure><p>/,
            );
            expect(item.contentHtml, item.url).not.toMatch(/<script|onerror=|javascript:/i);
            expect(item.authors.length, item.url).toBeGreaterThan(0);
          }
          expect(document.lastModified).toBe(
            Math.max(
              ...(await lib.db.article.findMany({ select: { updatedAt: true } })).map((row) =>
                row.updatedAt.getTime(),
              ),
            ),
          );
        }
      });

      it("each section, outlet, author and hashtag has feeds of its own stories; unknown ones have none", async () => {
        const scopes = [
          ...seedSections.map((section) => ({
            kind: "sections" as const,
            slug: section.slug,
            has: (a: SeedArticle) => a.section === section.slug,
          })),
          ...seedSources.map((source) => ({
            kind: "sources" as const,
            slug: source.slug,
            has: (a: SeedArticle) => a.source === source.slug,
          })),
          ...seedAuthors.map((author) => ({
            kind: "authors" as const,
            slug: author.slug,
            has: (a: SeedArticle) => a.authors.includes(author.slug),
          })),
          ...seedTags.map((tag) => ({
            kind: "tags" as const,
            slug: tag.slug,
            has: (a: SeedArticle) => a.tags.includes(tag.slug),
          })),
        ];
        for (const { kind, slug, has } of scopes) {
          const expected = newestFirst(seedArticles.filter(has)).slice(0, lib.feeds.FEED_SIZE);
          for (const format of ["rss", "atom", "json"] as const) {
            const document = await lib.feeds.getFeed({ kind, slug }, format);
            const feed = parseAnyFeed(document!.body, format);
            expectNewestFirst(
              feed.items.map((item) => item.url),
              expected,
              `${kind}/${slug} ${format}`,
            );
          }
        }
        expect(await lib.feeds.getFeed({ kind: "sections", slug: "no-such-section" }, "rss")).toBeNull();
        expect(await lib.feeds.getFeed({ kind: "tags", slug: "Bad Slug" }, "json")).toBeNull();
      });

      it("a story's comments feed lists its visible comments, newest first, and nothing hidden", async () => {
        const slug = "saltmarsh-port-strike-ends-with-tentative-deal-on-crane-automation";
        const flat: { body: string; hoursAgo: number }[] = [];
        const walk = (list: typeof seedComments) => {
          for (const comment of list) {
            if (comment.article === slug) flat.push(comment);
            walk(comment.replies ?? []);
          }
        };
        walk(seedComments);
        const document = (await lib.feeds.getCommentsFeed(slug))!;
        expect(await xmlErrors(document.body)).toEqual([]);
        const feed = parseAnyFeed(document.body, "rss");
        expect(feed.items).toHaveLength(flat.length);
        const expectedOrder = [...flat]
          .sort((a, b) => a.hoursAgo - b.hoursAgo)
          .map((comment) => comment.body);
        expect(feed.items.map((item) => item.contentHtml.replace(/<\/?p>/g, ""))).toEqual(
          expectedOrder.map((body) =>
            body.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/"/g, "&quot;"),
          ),
        );
        for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${articleUrl(slug)}#comment-`));

        const article = await lib.db.article.findUniqueOrThrow({ where: { slug } });
        const newest = await lib.db.comment.findFirstOrThrow({
          where: { articleId: article.id, parentId: null },
          orderBy: { createdAt: "desc" },
        });
        await lib.db.comment.update({ where: { id: newest.id }, data: { status: "HIDDEN" } });
        try {
          const hidden = parseAnyFeed((await lib.feeds.getCommentsFeed(slug))!.body, "rss");
          expect(hidden.items.map((item) => item.id)).not.toContain(
            `${articleUrl(slug)}#comment-${newest.id}`,
          );
        } finally {
          await lib.db.comment.update({ where: { id: newest.id }, data: { status: "VISIBLE" } });
        }
        expect(await lib.feeds.getCommentsFeed("no-such-story")).toBeNull();
      });

      it("sitemap files split at the URL limit, page through in batches, and together list every story once", async () => {
        const limits = { urlsPerFile: 7, batchSize: 3 };
        const plan = await lib.sitemaps.getSitemapPlan(limits);
        expect(plan.articles).toHaveLength(Math.ceil(seedArticles.length / limits.urlsPerFile));
        const listed: string[] = [];
        for (const file of plan.articles) {
          const body = await readAll(lib.sitemaps.streamSitemapFile(file, limits));
          expect(await schemaErrors(body, "sitemap"), lib.sitemaps.sitemapFileName(file)).toEqual([]);
          // The ETag made while planning is the hash of exactly what is streamed.
          expect(lib.conditional.etagOf(body)).toBe(file.etag);
          const locations = sitemapLocations(body);
          expect(locations).toHaveLength(file.urls);
          expect(locations.length).toBeLessThanOrEqual(limits.urlsPerFile);
          listed.push(...locations);
        }
        expect([...listed].sort()).toEqual(seedArticles.map((seed) => articleUrl(seed.slug)).sort());

        const tagFiles = (await lib.sitemaps.getSitemapPlan(limits)).tags;
        const tagUrls: string[] = [];
        for (const file of tagFiles)
          tagUrls.push(...sitemapLocations(await readAll(lib.sitemaps.streamSitemapFile(file, limits))));
        expect(tagUrls.sort()).toEqual(seedTags.map((tag) => `${BASE}/tags/${tag.slug}`).sort());
      });

      it("the sitemap index and the archive sitemap validate and name every file and archive root", async () => {
        const index = await lib.sitemaps.getSitemapIndex();
        expect(await schemaErrors(index.body, "siteindex")).toEqual([]);
        expect(sitemapLocations(index.body)).toEqual([
          `${BASE}/sitemaps/archives.xml`,
          `${BASE}/sitemaps/news.xml`,
          `${BASE}/sitemaps/articles-1.xml`,
          `${BASE}/sitemaps/tags-1.xml`,
        ]);
        const archives = await lib.sitemaps.getArchivesSitemap();
        expect(await schemaErrors(archives.body, "sitemap")).toEqual([]);
        expect(sitemapLocations(archives.body).sort()).toEqual(
          [
            `${BASE}/`,
            `${BASE}/latest`,
            ...seedSections.map((section) => `${BASE}/sections/${section.slug}`),
            ...seedSources.map((source) => `${BASE}/sources/${source.slug}`),
            ...seedAuthors.map((author) => `${BASE}/authors/${author.slug}`),
          ].sort(),
        );
      });

      it("the News sitemap validates and lists exactly the stories of the last 48 hours, newest first", async () => {
        const news = await lib.sitemaps.getNewsSitemap();
        expect(await schemaErrors(news.body, "news")).toEqual([]);
        const recent = newestFirst(seedArticles.filter((seed) => seed.hoursAgo < 48));
        expect(recent.length).toBeGreaterThan(0);
        expect(recent.length).toBeLessThan(seedArticles.length);
        const entries = newsEntries(news.body);
        expectNewestFirst(
          entries.map((entry) => entry.loc),
          recent,
          "news",
        );
        for (const entry of entries)
          expect(entry.title).toBe(recent.find((seed) => articleUrl(seed.slug) === entry.loc)!.title);
        expect(news.body).toContain(
          "<news:publication><news:name>The Ledger</news:name><news:language>en</news:language></news:publication>",
        );
      });

      it("a withdrawn story leaves every feed and sitemap; so does one whose canonical URL is elsewhere", async () => {
        const story = newestFirst(seedArticles)[0]!;
        const url = articleUrl(story.slug);
        const everything = async () => {
          const plan = await lib.sitemaps.getSitemapPlan();
          const sitemapBodies = await Promise.all(
            plan.articles.map((file) => readAll(lib.sitemaps.streamSitemapFile(file))),
          );
          return {
            sitemap: sitemapBodies.flatMap(sitemapLocations),
            news: newsEntries((await lib.sitemaps.getNewsSitemap()).body).map((entry) => entry.loc),
            feeds: await Promise.all(
              (["rss", "atom", "json"] as const).map(async (format) =>
                parseAnyFeed(
                  (await lib.feeds.getFeed({ kind: "sections", slug: story.section }, format))!.body,
                  format,
                ).items.map((item) => item.url),
              ),
            ),
          };
        };
        const before = await everything();
        expect(before.sitemap).toContain(url);
        expect(before.news).toContain(url);
        for (const urls of before.feeds) expect(urls).toContain(url);

        await whileWithdrawn(story.slug, async () => {
          const after = await everything();
          expect(after.sitemap).not.toContain(url);
          expect(after.news).not.toContain(url);
          for (const urls of after.feeds) expect(urls).not.toContain(url);
        });

        await lib.db.article.update({
          where: { slug: story.slug },
          data: { canonicalUrl: "https://outlet.example/original" },
        });
        try {
          const elsewhere = await everything();
          expect(elsewhere.sitemap).not.toContain(url);
          expect(elsewhere.news).not.toContain(url);
        } finally {
          await lib.db.article.update({ where: { slug: story.slug }, data: { canonicalUrl: null } });
        }
      });
    },
  );
}
