import "server-only";

import { siteName } from "@/components/site-name";

/** The site's public origin, without a trailing slash: every URL we hand to crawlers and feed readers starts here. */
export function siteUrl(): string {
  return (process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

/** An absolute URL for a site path ("/articles/x"); absolute http(s) URLs are returned as they are. */
export function absoluteUrl(pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  return `${siteUrl()}${pathOrUrl.startsWith("/") ? "" : "/"}${pathOrUrl}`;
}

export const SITE_LANGUAGE = "en";

export const site = {
  get name() {
    return siteName;
  },
  description: "The day's stories from independent outlets, with context and conversation.",
  /** A PNG (search engines do not accept SVG logos), made by scripts/make-logo.mjs. */
  logo: { path: "/logo.png", width: 512, height: 512 },
} as const;
