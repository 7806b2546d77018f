import "server-only";

import type { Metadata } from "next";

import type { ArticlePage } from "../articles";
import { commentsFeedPath, feedAlternates } from "../feeds/urls";
import { absoluteUrl, site } from "./site";

/** The picture shown when a story is shared or appears in search: its hero image, or a generated headline card. */
export type ShareImage = { url: string; width: number; height: number; alt: string };

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/** Where the generated headline card of a story is served (app/(site)/articles/[slug]/social-card.png). */
export function socialCardPath(slug: string): string {
  return `/articles/${slug}/social-card.png`;
}

export function shareImage(
  article: Pick<ArticlePage, "slug" | "title" | "section" | "heroImage">,
): ShareImage {
  if (article.heroImage) {
    return {
      url: absoluteUrl(article.heroImage.url),
      width: article.heroImage.width,
      height: article.heroImage.height,
      alt: article.heroImage.alt || article.title,
    };
  }
  return {
    url: absoluteUrl(socialCardPath(article.slug)),
    ...SOCIAL_CARD_SIZE,
    alt: `${site.name} card with the headline “${article.title}” in ${article.section.name}`,
  };
}

export function articleDescription(article: Pick<ArticlePage, "seoDescription" | "dek" | "excerpt">): string {
  return article.seoDescription || article.dek || article.excerpt;
}

/**
 * The story's canonical URL: the editor's override when it is an absolute http(s) URL (the form accepts nothing
 * else, but older rows or imports might hold a site path, which is made absolute), else the story's own address.
 */
export function canonicalArticleUrl(article: Pick<ArticlePage, "slug" | "canonicalUrl">): string {
  const override = article.canonicalUrl?.trim();
  if (override && /^https?:\/\/[^\s/]+/i.test(override)) return override;
  if (override && override.startsWith("/") && !override.startsWith("//")) return absoluteUrl(override);
  return absoluteUrl(`/articles/${article.slug}`);
}

/** Everything in an article page's head except the JSON-LD (which is in the body, see ArticleStructuredData). */
export function articleMetadata(article: ArticlePage): Metadata {
  const title = article.seoTitle || article.title;
  const description = articleDescription(article);
  const canonical = canonicalArticleUrl(article);
  const image = shareImage(article);
  const siteFeeds = feedAlternates({ kind: "site" }, site.name);
  return {
    title,
    description,
    alternates: {
      canonical,
      types: {
        ...siteFeeds,
        "application/rss+xml": [
          ...siteFeeds["application/rss+xml"],
          { url: commentsFeedPath(article.slug), title: `Comments on “${article.title}”` },
        ],
      },
    },
    robots: { index: true, follow: true, "max-image-preview": "large" },
    openGraph: {
      type: "article",
      url: canonical,
      siteName: site.name,
      title,
      description,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.map((author) => absoluteUrl(`/authors/${author.slug}`)),
      images: [{ url: image.url, width: image.width, height: image.height, alt: image.alt }],
    },
    twitter: {
      card: "summary_large_image",
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
