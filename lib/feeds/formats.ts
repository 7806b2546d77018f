import "server-only";

import { escapeXml, xmlElement } from "../xml";
import type { FeedFormat } from "./urls";

/**
 * One feed, whatever its format; RSS 2.0, Atom 1.0 and JSON Feed 1.1 are written from it. Every URL is absolute,
 * `contentHtml` is already sanitised HTML, every other string is plain text.
 *
 * Why not the `feed` package: its JSON output is JSON Feed 1.0, and it writes titles and HTML into CDATA sections
 * while escaping only the first `]]>` in each, so a headline with two of them could break out of its element.
 * Here every text is entity-escaped, which has no such edge.
 */
export type FeedDocument = {
  title: string;
  description: string;
  homePageUrl: string;
  feedUrls: Record<FeedFormat, string>;
  language: string;
  /** The newest change to anything in the feed. */
  updated: Date;
  iconUrl: string;
  /** Who the feed is by when an item names nobody (Atom requires an author for every entry). */
  publisher: string;
  items: FeedEntry[];
};

export type FeedEntry = {
  /** A permanent, unique URL (the item's page, or its anchor on one). */
  id: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: Date;
  modified: Date;
  authors: { name: string; url?: string }[];
  categories: string[];
  imageUrl?: string;
};

export function writeFeed(feed: FeedDocument, format: FeedFormat): string {
  switch (format) {
    case "rss":
      return rss2(feed);
    case "atom":
      return atom1(feed);
    case "json":
      return jsonFeed11(feed);
  }
}

/** RSS 2.0 with content:encoded for the full text and dc:creator for bylines (RSS's own author wants an email). */
export function rss2(feed: FeedDocument): string {
  const items = feed.items.map((item) =>
    [
      "<item>",
      xmlElement("title", item.title),
      xmlElement("link", item.url),
      `<guid isPermaLink="true">${escapeXml(item.id)}</guid>`,
      xmlElement("pubDate", item.published.toUTCString()),
      xmlElement("description", item.summary),
      xmlElement("content:encoded", item.contentHtml),
      ...item.authors.map((author) => xmlElement("dc:creator", author.name)),
      ...item.categories.map((category) => xmlElement("category", category)),
      "</item>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    xmlElement("title", feed.title),
    xmlElement("link", feed.homePageUrl),
    xmlElement("description", feed.description),
    xmlElement("language", feed.language),
    xmlElement("lastBuildDate", feed.updated.toUTCString()),
    `<atom:link href="${escapeXml(feed.feedUrls.rss)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "</channel>",
    "</rss>\n",
  ].join("");
}

/** Atom 1.0 (RFC 4287): plain-text titles and summaries, the full text as escaped HTML content. */
export function atom1(feed: FeedDocument): string {
  const person = (author: { name: string; url?: string }) =>
    `<author>${xmlElement("name", author.name)}${author.url ? xmlElement("uri", author.url) : ""}</author>`;
  const entries = feed.items.map((item) =>
    [
      "<entry>",
      xmlElement("id", item.id),
      `<title type="text">${escapeXml(item.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      xmlElement("published", item.published.toISOString()),
      xmlElement("updated", item.modified.toISOString()),
      ...(item.authors.length > 0 ? item.authors : [{ name: feed.publisher }]).map(person),
      ...item.categories.map((category) => `<category term="${escapeXml(category)}"/>`),
      `<summary type="text">${escapeXml(item.summary)}</summary>`,
      `<content type="html">${escapeXml(item.contentHtml)}</content>`,
      "</entry>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    xmlElement("id", feed.feedUrls.atom),
    `<title type="text">${escapeXml(feed.title)}</title>`,
    `<subtitle type="text">${escapeXml(feed.description)}</subtitle>`,
    xmlElement("updated", feed.updated.toISOString()),
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.homePageUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrls.atom)}"/>`,
    xmlElement("icon", feed.iconUrl),
    person({ name: feed.publisher }),
    ...entries,
    "</feed>\n",
  ].join("");
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed11(feed: FeedDocument): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: feed.feedUrls.json,
    description: feed.description,
    icon: feed.iconUrl,
    language: feed.language,
    authors: [{ name: feed.publisher }],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      ...(item.imageUrl ? { image: item.imageUrl } : {}),
      date_published: item.published.toISOString(),
      date_modified: item.modified.toISOString(),
      ...(item.authors.length > 0 ? { authors: item.authors } : {}),
      ...(item.categories.length > 0 ? { tags: item.categories } : {}),
    })),
  });
}
