import "server-only";

import type { BreadcrumbList, ImageObject, NewsArticle, Person, WithContext } from "schema-dts";

import type { ArticlePage } from "../articles";
import { absoluteUrl, site, SITE_LANGUAGE, siteUrl } from "./site";
import { articleDescription, type ShareImage } from "./article-metadata";

/** What the structured data of an article page is built from: the page's data and its share image. */
export type StructuredDataInput = Pick<
  ArticlePage,
  | "slug"
  | "title"
  | "dek"
  | "excerpt"
  | "seoDescription"
  | "publishedAt"
  | "updatedAt"
  | "section"
  | "source"
  | "authors"
  | "tags"
> & { image: ShareImage };

export function articlePageUrl(slug: string): string {
  return absoluteUrl(`/articles/${slug}`);
}

/**
 * An image with its size in pixels as plain numbers, the form search engines document and read (schema.org's
 * own types want a Distance text or a QuantitativeValue, hence the one cast).
 */
function imageObject(url: string, size: { width: number; height: number }, caption?: string): ImageObject {
  const image = { "@type": "ImageObject", url, width: size.width, height: size.height, caption };
  return image as unknown as ImageObject;
}

/** schema.org NewsArticle for an article page (what search engines show in Top stories and article results). */
export function newsArticleJsonLd(article: StructuredDataInput): WithContext<NewsArticle> {
  const url = articlePageUrl(article.slug);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    headline: article.title,
    description: articleDescription(article),
    image: [imageObject(article.image.url, article.image, article.image.alt)],
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: article.authors.map((author): Person => ({
      "@type": "Person",
      name: author.name,
      url: absoluteUrl(`/authors/${author.slug}`),
    })),
    publisher: {
      "@type": "NewsMediaOrganization",
      name: site.name,
      url: `${siteUrl()}/`,
      logo: imageObject(absoluteUrl(site.logo.path), site.logo),
    },
    // The outlet that reported the story; the publisher is this site, which carries it.
    sourceOrganization: {
      "@type": "NewsMediaOrganization",
      name: article.source.name,
      url: article.source.homepage,
    },
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name),
    isAccessibleForFree: true,
    inLanguage: SITE_LANGUAGE,
  };
}

/** Home → Section → Story, as the breadcrumb search engines show above the result. */
export function articleBreadcrumbJsonLd(article: StructuredDataInput): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: "Home", item: `${siteUrl()}/` },
      {
        "@type": "ListItem",
        position: 2,
        name: article.section.name,
        item: absoluteUrl(`/sections/${article.section.slug}`),
      },
      { "@type": "ListItem", position: 3, name: article.title, item: articlePageUrl(article.slug) },
    ],
  };
}

const SCRIPT_UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for the body of a `<script type="application/ld+json">`. Escaping `<` and `>` means no `</script>` or
 * `<!--` in a headline or hashtag can end or confuse the script element; `&` and the two line separators are
 * escaped too, so the text is also safe wherever it might be read as JavaScript. JSON parsers read all of these
 * escapes back as the original characters.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => SCRIPT_UNSAFE[character]!);
}

/** The JSON-LD documents of an article page, serialised for script elements. */
export function articleJsonLd(article: ArticlePage, image: ShareImage): string[] {
  const input: StructuredDataInput = { ...article, image };
  return [serializeJsonLd(newsArticleJsonLd(input)), serializeJsonLd(articleBreadcrumbJsonLd(input))];
}
