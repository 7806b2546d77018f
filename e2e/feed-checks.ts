/**
 * Checks shared by the feed and sitemap tests (Vitest integration suites and the Playwright spec): every feed is
 * read with a real feed parser (feedsmith), every XML body must be well-formed (libxml2's xmllint, compiled to
 * WebAssembly, so `npm ci` brings it), and sitemaps are validated against the schemas in e2e/schemas.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { XMLParser } from "fast-xml-parser";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { validateXML } from "xmllint-wasm";

const SCHEMAS = path.join(import.meta.dirname, "schemas");
const schemaFile = (fileName: string) => ({
  fileName,
  contents: readFileSync(path.join(SCHEMAS, fileName), "utf8"),
});

export type SchemaName = "sitemap" | "siteindex" | "news";

/** Validates `xml` with xmllint against one of our sitemap schemas; returns libxml2's errors (empty when valid). */
export async function schemaErrors(xml: string, schema: SchemaName): Promise<string[]> {
  const main = { sitemap: "sitemap.xsd", siteindex: "siteindex.xsd", news: "news-sitemap.xsd" }[schema];
  const result = await validateXML({
    xml: { fileName: "document.xml", contents: xml },
    schema: schemaFile(main),
    preload: schema === "news" ? [schemaFile("sitemap.xsd"), schemaFile("sitemap-news.xsd")] : [],
    // A 50,000-URL file is several megabytes.
    maxMemoryPages: 16_384,
  });
  return result.errors.map((error) => error.rawMessage);
}

/** Parses `xml` with xmllint without a schema; returns its well-formedness errors (empty when well-formed). */
export async function xmlErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: "document.xml", contents: xml },
    normalization: "format",
    maxMemoryPages: 16_384,
  });
  return result.errors.map((error) => error.rawMessage);
}

/** What every format has in common, as a reader's feed app would show it. */
export type ParsedFeed = {
  title: string;
  items: {
    id: string;
    url: string;
    title: string;
    contentHtml: string;
    authors: string[];
    published: string;
  }[];
};

export function parseAnyFeed(body: string, format: "rss" | "atom" | "json"): ParsedFeed {
  if (format === "rss") {
    const feed = parseRssFeed(body);
    return {
      title: feed.title ?? "",
      items: (feed.items ?? []).map((item) => ({
        id: item.guid?.value ?? "",
        url: item.link ?? "",
        title: item.title ?? "",
        contentHtml: item.content?.encoded ?? "",
        authors: item.dc?.creators ?? [],
        published: item.pubDate ?? "",
      })),
    };
  }
  if (format === "atom") {
    const feed = parseAtomFeed(body);
    const text = (value: unknown) =>
      typeof value === "string" ? value : ((value as { value?: string } | undefined)?.value ?? "");
    return {
      title: text(feed.title),
      items: (feed.entries ?? []).map((entry) => ({
        id: entry.id ?? "",
        url: entry.links?.find((link) => link.rel === "alternate")?.href ?? "",
        title: text(entry.title),
        contentHtml: text(entry.content),
        authors: (entry.authors ?? []).map((author) => author.name ?? ""),
        published: entry.published ?? "",
      })),
    };
  }
  const json = JSON.parse(body) as { version?: string };
  if (json.version !== "https://jsonfeed.org/version/1.1")
    throw new Error(`JSON Feed version ${json.version}`);
  const feed = parseJsonFeed(json);
  return {
    title: feed.title ?? "",
    items: (feed.items ?? []).map((item) => ({
      id: item.id ?? "",
      url: item.url ?? "",
      title: item.title ?? "",
      contentHtml: item.content_html ?? "",
      authors: (item.authors ?? []).map((author) => author.name ?? ""),
      published: item.date_published ?? "",
    })),
  };
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === "url" || name === "sitemap",
});

/** The `<loc>` of every `<url>` of a sitemap, or of every `<sitemap>` of a sitemap index. */
export function sitemapLocations(xml: string): string[] {
  const parsed = xmlParser.parse(xml) as {
    urlset?: { url?: { loc: string }[] };
    sitemapindex?: { sitemap?: { loc: string }[] };
  };
  return (parsed.urlset?.url ?? parsed.sitemapindex?.sitemap ?? []).map((entry) => entry.loc);
}

/** The News sitemap's entries: URL, title and publication date. */
export function newsEntries(xml: string): { loc: string; title: string; published: string }[] {
  const parsed = xmlParser.parse(xml) as {
    urlset?: {
      url?: { loc: string; "news:news": { "news:title": string; "news:publication_date": string } }[];
    };
  };
  return (parsed.urlset?.url ?? []).map((entry) => ({
    loc: entry.loc,
    title: String(entry["news:news"]["news:title"]),
    published: entry["news:news"]["news:publication_date"],
  }));
}
