import "server-only";

import { cacheLife, cacheTag } from "next/cache";

import { newestFirst, publishedWhere } from "../articles/queries";
import { cacheTags } from "../cache/tags";
import { etagBuilder, httpDocument, type HttpDocument } from "../conditional-get";
import { db } from "../db";
import { canonicalArticleUrl } from "../seo/article-metadata";
import { absoluteUrl, site, SITE_LANGUAGE, siteUrl } from "../seo/site";
import { escapeXml, xmlElement } from "../xml";

/**
 * Sitemaps for search engines: an index (/sitemap.xml) naming every file, the archive roots, every published story
 * and every hashtag in files of at most 50,000 URLs (the protocol's limit), and a Google News sitemap of the last
 * 48 hours. Stories and hashtags are read in keyset-paged batches (ORDER BY id, WHERE id > last seen), so no file
 * is ever held whole: its ETag is computed batch by batch when the plan is made, and its body is streamed.
 */

export type SitemapLimits = { urlsPerFile: number; batchSize: number };
export const SITEMAP_LIMITS: SitemapLimits = { urlsPerFile: 50_000, batchSize: 5_000 };

export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const URLSET_OPEN = `${XML_DECLARATION}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`;
const URLSET_CLOSE = "</urlset>\n";

export type PagedSitemapKind = "articles" | "tags";

/** One file of a paged sitemap: the rows with afterId < id ≤ lastId, and the validators of its body. */
export type SitemapFile = {
  kind: PagedSitemapKind;
  number: number;
  afterId: string | null;
  lastId: string;
  urls: number;
  /** The newest change among its URLs (0 when unknown, as for hashtags). */
  lastModified: number;
  etag: string;
};

export type SitemapPlan = Record<PagedSitemapKind, SitemapFile[]>;

export function sitemapFileName(file: Pick<SitemapFile, "kind" | "number">): string {
  return `${file.kind}-${file.number}.xml`;
}

function urlEntry(loc: string, lastModified?: Date): string {
  return `<url>${xmlElement("loc", loc)}${lastModified ? xmlElement("lastmod", lastModified.toISOString()) : ""}</url>\n`;
}

/** A row of a paged sitemap: its id (the cursor), its `<url>` entry (null when it is left out) and its date. */
type SitemapRow = { id: string; entry: string | null; modified: number };

/**
 * Up to `take` rows after `afterId` (and up to `upToId`), in id order. A story whose canonical URL points
 * elsewhere is left out: a sitemap lists only URLs that are their own canonical.
 */
async function readBatch(
  kind: PagedSitemapKind,
  range: { afterId: string | null; upToId?: string },
  take: number,
): Promise<SitemapRow[]> {
  const id = { gt: range.afterId ?? undefined, lte: range.upToId };
  if (kind === "articles") {
    // Every status is read and the unpublished left out here: with `status` in the WHERE clause the database
    // walks the status index and sorts all published rows by id for every batch (20 s for a 50,000-URL file
    // on SQLite); without it, each batch is a range of the primary key.
    const rows = await db.article.findMany({
      where: { id },
      orderBy: { id: "asc" },
      take,
      select: { id: true, slug: true, status: true, updatedAt: true, canonicalUrl: true },
    });
    return rows.map((row) => {
      const own = absoluteUrl(`/articles/${row.slug}`);
      const listed = row.status === publishedWhere.status && canonicalArticleUrl(row) === own;
      return {
        id: row.id,
        entry: listed ? urlEntry(own, row.updatedAt) : null,
        modified: row.updatedAt.getTime(),
      };
    });
  }
  const rows = await db.tag.findMany({
    where: { id, articles: { some: { article: publishedWhere } } },
    orderBy: { id: "asc" },
    take,
    select: { id: true, slug: true },
  });
  return rows.map((row) => ({ id: row.id, entry: urlEntry(absoluteUrl(`/tags/${row.slug}`)), modified: 0 }));
}

async function planFiles(kind: PagedSitemapKind, limits: SitemapLimits): Promise<SitemapFile[]> {
  const files: SitemapFile[] = [];
  let open: (Omit<SitemapFile, "etag"> & { hash: ReturnType<typeof etagBuilder> }) | null = null;
  const close = () => {
    if (!open) return;
    open.hash.add(URLSET_CLOSE);
    const { hash, ...file } = open;
    files.push({ ...file, etag: hash.etag() });
    open = null;
  };
  let cursor: string | null = null;
  for (;;) {
    const rows = await readBatch(kind, { afterId: cursor }, limits.batchSize);
    for (const row of rows) {
      if (!row.entry) continue;
      if (!open) {
        const hash = etagBuilder();
        hash.add(URLSET_OPEN);
        const afterId = files.at(-1)?.lastId ?? null;
        open = { kind, number: files.length + 1, afterId, lastId: row.id, urls: 0, lastModified: 0, hash };
      }
      open.hash.add(row.entry);
      open.urls++;
      open.lastId = row.id;
      open.lastModified = Math.max(open.lastModified, row.modified);
      if (open.urls === limits.urlsPerFile) close();
    }
    if (rows.length < limits.batchSize) break;
    cursor = rows.at(-1)!.id;
  }
  close();
  return files;
}

/**
 * Which stories and hashtags go in which file, with each file's validators. Reads every published story's id,
 * slug and dates once, in batches; cached until anything is published, changed or withdrawn.
 */
export async function getSitemapPlan(limits: SitemapLimits = SITEMAP_LIMITS): Promise<SitemapPlan> {
  "use cache";
  cacheTag(cacheTags.articleLists, cacheTags.taxonomy);
  return { articles: await planFiles("articles", limits), tags: await planFiles("tags", limits) };
}

/**
 * The body of one paged file, written batch by batch as the client reads it: never more than one batch of rows
 * in memory. It reads the live rows of the file's id range, so a story withdrawn since the plan was made is left
 * out (and the plan itself was already expired by that change).
 */
export function streamSitemapFile(
  file: SitemapFile,
  limits: SitemapLimits = SITEMAP_LIMITS,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor = file.afterId;
  let written = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(URLSET_OPEN));
        return;
      }
      try {
        const rows = await readBatch(file.kind, { afterId: cursor, upToId: file.lastId }, limits.batchSize);
        let chunk = "";
        for (const row of rows) {
          if (!row.entry || written === limits.urlsPerFile) continue;
          chunk += row.entry;
          written++;
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (rows.length < limits.batchSize || written === limits.urlsPerFile) {
          controller.enqueue(encoder.encode(URLSET_CLOSE));
          controller.close();
          return;
        }
        cursor = rows.at(-1)!.id;
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

async function newestPublication(): Promise<number> {
  const newest = await db.article.findFirst({
    where: publishedWhere,
    orderBy: newestFirst,
    select: { publishedAt: true },
  });
  return newest?.publishedAt?.getTime() ?? 0;
}

/** The home page, the latest-stories archive and every section, outlet and author with a published story. */
export async function getArchivesSitemap(): Promise<HttpDocument> {
  "use cache";
  cacheTag(cacheTags.articleLists, cacheTags.taxonomy);
  const withStories = { articles: { some: publishedWhere } };
  const [newest, sections, sources, authors] = await Promise.all([
    newestPublication(),
    db.section.findMany({
      where: withStories,
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { slug: true },
    }),
    db.source.findMany({ where: withStories, orderBy: { slug: "asc" }, select: { slug: true } }),
    db.author.findMany({
      where: { articles: { some: { article: publishedWhere } } },
      orderBy: { slug: "asc" },
      select: { slug: true },
    }),
  ]);
  const newestDate = newest ? new Date(newest) : undefined;
  const body = [
    URLSET_OPEN,
    urlEntry(`${siteUrl()}/`, newestDate),
    urlEntry(absoluteUrl("/latest"), newestDate),
    ...sections.map((section) => urlEntry(absoluteUrl(`/sections/${section.slug}`))),
    ...sources.map((source) => urlEntry(absoluteUrl(`/sources/${source.slug}`))),
    ...authors.map((author) => urlEntry(absoluteUrl(`/authors/${author.slug}`))),
    URLSET_CLOSE,
  ].join("");
  return httpDocument(body, newest, SITEMAP_CONTENT_TYPE);
}

/** /sitemap.xml: every sitemap file, with when its content last changed. */
export async function getSitemapIndex(): Promise<HttpDocument> {
  "use cache";
  cacheTag(cacheTags.articleLists, cacheTags.taxonomy);
  const [plan, newest] = await Promise.all([getSitemapPlan(), newestPublication()]);
  const entry = (name: string, lastModified?: number) =>
    `<sitemap>${xmlElement("loc", absoluteUrl(`/sitemaps/${name}`))}${
      lastModified ? xmlElement("lastmod", new Date(lastModified).toISOString()) : ""
    }</sitemap>\n`;
  const files = [...plan.articles, ...plan.tags];
  const body = [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    entry("archives.xml", newest),
    entry("news.xml", newest),
    ...files.map((file) => entry(sitemapFileName(file), file.lastModified || undefined)),
    "</sitemapindex>\n",
  ].join("");
  const lastModified = Math.max(newest, ...files.map((file) => file.lastModified));
  return httpDocument(body, lastModified, SITEMAP_CONTENT_TYPE);
}

/** Google News shows stories for two days; its sitemap lists those and at most 1,000 URLs. */
export const NEWS_WINDOW_MS = 48 * 60 * 60_000;
const NEWS_MAX_URLS = 1_000;

/**
 * The Google News sitemap: stories published in the last 48 hours, newest first. Besides expiring with every
 * change to the stories (tag `articles`), the window moves with the clock, so the entry lives at most 15 minutes:
 * a story may stay listed up to 15 minutes past its 48 hours (harmless: Google ignores older ones), and the
 * sitemap costs one indexed query per quarter hour at most.
 */
export async function getNewsSitemap(): Promise<HttpDocument> {
  "use cache";
  cacheTag(cacheTags.articleLists);
  cacheLife({ stale: 300, revalidate: 900, expire: 900 });
  const since = new Date(Date.now() - NEWS_WINDOW_MS);
  const rows = await db.article.findMany({
    where: { ...publishedWhere, publishedAt: { gte: since } },
    orderBy: newestFirst,
    take: NEWS_MAX_URLS,
    select: { slug: true, title: true, publishedAt: true, updatedAt: true, canonicalUrl: true },
  });
  const publication = `<news:publication>${xmlElement("news:name", site.name)}${xmlElement("news:language", SITE_LANGUAGE)}</news:publication>`;
  let lastModified = 0;
  const entries: string[] = [];
  for (const row of rows) {
    const own = absoluteUrl(`/articles/${row.slug}`);
    if (canonicalArticleUrl(row) !== own || !row.publishedAt) continue;
    lastModified = Math.max(lastModified, row.updatedAt.getTime(), row.publishedAt.getTime());
    entries.push(
      `<url>${xmlElement("loc", own)}<news:news>${publication}${xmlElement(
        "news:publication_date",
        row.publishedAt.toISOString(),
      )}<news:title>${escapeXml(row.title)}</news:title></news:news></url>\n`,
    );
  }
  const body = [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n',
    ...entries,
    URLSET_CLOSE,
  ].join("");
  return httpDocument(body, lastModified, SITEMAP_CONTENT_TYPE);
}
