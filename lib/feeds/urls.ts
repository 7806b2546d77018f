import "server-only";

/** Whose stories a feed carries: the whole site, or one archive. */
export type FeedScope =
  { kind: "site" } | { kind: "sections" | "sources" | "authors" | "tags" | "stories"; slug: string };

export type FeedFormat = "rss" | "atom" | "json";

export const feedFormats: FeedFormat[] = ["rss", "atom", "json"];

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

const fileNames: Record<FeedFormat, string> = { rss: "feed.xml", atom: "feed.atom", json: "feed.json" };

/**
 * A feed lives beside the page it follows: /feed.xml for the site, /sections/<slug>/feed.xml for a section, and
 * .atom / .json for the other formats. Each is its own route that reads only route params (docs/adr/040).
 */
export function feedPath(scope: FeedScope, format: FeedFormat): string {
  return scope.kind === "site"
    ? `/${fileNames[format]}`
    : `/${scope.kind}/${scope.slug}/${fileNames[format]}`;
}

export function feedUrls(scope: FeedScope): Record<FeedFormat, string> {
  return { rss: feedPath(scope, "rss"), atom: feedPath(scope, "atom"), json: feedPath(scope, "json") };
}

export function commentsFeedPath(articleSlug: string): string {
  return `/articles/${articleSlug}/comments/feed.xml`;
}

/** `alternates.types` for a page's metadata: `<link rel="alternate">` to its feeds in every format. */
export function feedAlternates(scope: FeedScope, title: string) {
  const urls = feedUrls(scope);
  return {
    "application/rss+xml": [{ url: urls.rss, title }],
    "application/atom+xml": [{ url: urls.atom, title }],
    "application/feed+json": [{ url: urls.json, title }],
  };
}
