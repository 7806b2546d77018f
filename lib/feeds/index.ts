import "server-only";

import { Feed } from "feed";
import { cacheTag } from "next/cache";

import { articleCardSelect, newestFirst, publishedWhere } from "../articles/queries";
import { cacheTags } from "../cache-tags";
import { db } from "../db";

const FEED_SIZE = 50;
const SITEMAP_LIMIT = 45_000;

function siteUrl(): string {
  return (process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
}

/** RSS 2.0 of the 50 newest stories; cached until anything is published, changed or withdrawn. */
export async function getRssFeed(siteName: string): Promise<string> {
  "use cache";
  cacheTag(cacheTags.articleLists);
  const base = siteUrl();
  const articles = await db.article.findMany({
    where: publishedWhere,
    orderBy: newestFirst,
    take: FEED_SIZE,
    select: {
      ...articleCardSelect,
      updatedAt: true,
      authors: { select: { author: { select: { name: true } } } },
    },
  });
  const feed = new Feed({
    id: `${base}/`,
    title: siteName,
    description: "The day's stories from independent outlets.",
    link: `${base}/`,
    language: "en",
    feedLinks: { rss: `${base}/feed.xml` },
    updated: articles[0]?.publishedAt ?? new Date(0),
    copyright: `Stories belong to the outlets that published them.`,
    generator: false,
  });
  for (const article of articles) {
    const link = `${base}/articles/${article.slug}`;
    feed.addItem({
      id: link,
      link,
      title: article.title,
      description: article.excerpt || article.dek,
      date: article.publishedAt ?? article.updatedAt,
      author: article.authors.map(({ author }) => ({ name: author.name })),
      category: [{ name: article.section.name }],
      image: article.heroImageUrl ? `${base}${article.heroImageUrl}` : undefined,
    });
  }
  return feed.rss2();
}

export type SitemapEntry = { url: string; lastModified: Date };

/** Every published story plus the archive roots, for search engines. */
export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  "use cache";
  cacheTag(cacheTags.articleLists, cacheTags.taxonomy);
  const base = siteUrl();
  const [articles, sections] = await Promise.all([
    db.article.findMany({
      where: publishedWhere,
      orderBy: newestFirst,
      take: SITEMAP_LIMIT,
      select: { slug: true, updatedAt: true },
    }),
    db.section.findMany({ select: { slug: true } }),
  ]);
  const now = articles[0]?.updatedAt ?? new Date(0);
  return [
    { url: `${base}/`, lastModified: now },
    { url: `${base}/latest`, lastModified: now },
    ...sections.map((section) => ({ url: `${base}/sections/${section.slug}`, lastModified: now })),
    ...articles.map((article) => ({
      url: `${base}/articles/${article.slug}`,
      lastModified: article.updatedAt,
    })),
  ];
}
