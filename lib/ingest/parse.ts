import "server-only";

import { parseFeed } from "feedsmith";

/**
 * Feed documents (RSS 2.0, Atom 1.0, JSON Feed; RSS 1.0 too, since feedsmith reads it) reduced to the fields an
 * imported article needs. feedsmith parses all of them into typed objects; this module only picks fields.
 */
export type FeedItem = {
  /** The item's GUID (RSS guid, Atom id, JSON Feed id), or its link when it has none. */
  guid: string;
  link: string | null;
  title: string;
  /** HTML or text, untrusted: the importer sanitises it. */
  summary: string;
  content: string;
  author: string | null;
  publishedAt: Date | null;
  imageUrl: string | null;
  imageAlt: string;
  categories: string[];
};

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedParseError";
  }
}

const text = (value: unknown): string =>
  typeof value === "string"
    ? value
    : value && typeof value === "object" && "value" in value
      ? text((value as { value: unknown }).value)
      : "";

const date = (value: unknown): Date | null => {
  if (typeof value !== "string" && !(value instanceof Date)) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
};

const httpUrl = (value: unknown, base?: string): string | null => {
  if (typeof value !== "string" || !value.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
};

type Media = { contents?: { url?: string; medium?: string; type?: string; description?: unknown }[] };
type MediaGroup = Media & { thumbnails?: { url?: string }[]; groups?: Media[] };

function mediaImage(media: MediaGroup | undefined, base: string) {
  const image = media?.contents?.find(
    (content) => content.medium === "image" || content.type?.startsWith("image/"),
  );
  const url = httpUrl(image?.url, base) ?? httpUrl(media?.thumbnails?.[0]?.url, base);
  return url ? { url, alt: text(image?.description).trim() } : null;
}

/** Parses a feed document; throws FeedParseError when it is not one (malformed XML, a web page, junk). */
export function parseFeedDocument(body: string, feedUrl: string): FeedItem[] {
  let input: unknown = body;
  if (/^\s*[{[]/.test(body)) {
    try {
      input = JSON.parse(body);
    } catch {
      throw new FeedParseError("The feed is not valid JSON.");
    }
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(input);
  } catch (error) {
    throw new FeedParseError(
      /<html[\s>]/i.test(body.slice(0, 2000))
        ? "The address returns a web page (HTML), not a feed."
        : `The document is not a feed this site reads (${(error as Error).message}).`,
    );
  }
  const items = extractItems(parsed, feedUrl);
  return items.filter((item) => item.guid && item.title);
}

function extractItems(parsed: ReturnType<typeof parseFeed>, base: string): FeedItem[] {
  switch (parsed.format) {
    case "rss":
    case "rdf":
      return (parsed.feed.items ?? []).map((item) => {
        const rss = item as typeof item & {
          guid?: { value?: string };
          pubDate?: string;
          authors?: { name?: string }[];
          categories?: { name?: string }[];
          enclosures?: { url?: string; type?: string }[];
          content?: { encoded?: string };
          media?: MediaGroup;
          dc?: { creator?: string; creators?: string[]; date?: string; dates?: string[] };
        };
        const link = httpUrl(rss.link, base);
        const enclosure = rss.enclosures?.find((entry) => entry.type?.startsWith("image/"));
        const image =
          mediaImage(rss.media, base) ??
          (httpUrl(enclosure?.url, base) ? { url: httpUrl(enclosure?.url, base)!, alt: "" } : null);
        return {
          guid: (rss.guid?.value ?? "").trim() || link || "",
          link,
          title: text(rss.title).trim(),
          summary: text(rss.description),
          content: rss.content?.encoded ?? "",
          author:
            rss.authors?.[0]?.name?.trim() ||
            rss.dc?.creator?.trim() ||
            rss.dc?.creators?.[0]?.trim() ||
            null,
          publishedAt: date(rss.pubDate) ?? date(rss.dc?.date ?? rss.dc?.dates?.[0]),
          imageUrl: image?.url ?? null,
          imageAlt: image?.alt ?? "",
          categories: (rss.categories ?? []).map((category) => text(category.name).trim()).filter(Boolean),
        };
      });
    case "atom":
      return (parsed.feed.entries ?? []).map((entry) => {
        const alternate =
          entry.links?.find((l) => !l.rel || l.rel === "alternate") ?? entry.links?.[0] ?? undefined;
        const link = httpUrl(alternate?.href, base);
        const image = mediaImage(entry.media as MediaGroup | undefined, base);
        return {
          guid: text(entry.id).trim() || link || "",
          link,
          title: text(entry.title).trim(),
          summary: text(entry.summary),
          content: text(entry.content),
          author: entry.authors?.[0]?.name?.trim() || null,
          publishedAt: date(entry.published) ?? date(entry.updated),
          imageUrl: image?.url ?? null,
          imageAlt: image?.alt ?? "",
          categories: (entry.categories ?? [])
            .map((category) => (category.label ?? category.term ?? "").trim())
            .filter(Boolean),
        };
      });
    case "json":
      return (parsed.feed.items ?? []).map((item) => {
        const link = httpUrl(item.url, base) ?? httpUrl(item.external_url, base);
        return {
          guid: (item.id ?? "").toString().trim() || link || "",
          link,
          title: (item.title ?? "").trim(),
          summary: item.summary ?? "",
          content: item.content_html ?? escapeText(item.content_text ?? ""),
          author: item.authors?.[0]?.name?.trim() || null,
          publishedAt: date(item.date_published) ?? date(item.date_modified),
          imageUrl: httpUrl(item.image, base) ?? httpUrl(item.banner_image, base),
          imageAlt: "",
          categories: (item.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
        };
      });
  }
}

function escapeText(value: string): string {
  if (!value) return "";
  return value
    .split(/\n{2,}/)
    .map(
      (paragraph) => `<p>${paragraph.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`,
    )
    .join("");
}
