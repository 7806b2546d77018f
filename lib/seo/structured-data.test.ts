import { describe, expect, it } from "vitest";

import { articleMetadata, canonicalArticleUrl, shareImage } from "./article-metadata";
import { articleJsonLd, serializeJsonLd } from "./structured-data";

const HOSTILE = [
  "</script><script>alert(1)</script>",
  "<!-- <script>",
  "</SCRIPT >",
  "line\u2028separator\u2029paragraph",
  "Tom & Jerry > Itchy & Scratchy",
  '"quoted" \\ back\\slash',
];

function article(title: string, tag: string) {
  const published = new Date("2026-11-26T08:00:00Z");
  return {
    id: "a1",
    slug: "a-story",
    title,
    dek: `Dek of ${title}`,
    bodyHtml: "<p>Body</p>",
    excerpt: "Excerpt",
    readingMinutes: 1,
    publishedAt: published,
    updatedAt: new Date("2026-11-26T09:30:00Z"),
    wasUpdated: true,
    heroImage: null,
    commentsOpen: true,
    seoTitle: null,
    seoDescription: null,
    canonicalUrl: null,
    ingested: false,
    section: { id: "s1", slug: "world", name: `World ${tag}` },
    source: { slug: "wire", name: "The Wire", homepage: "https://wire.example/" },
    authors: [{ slug: "ada-park", name: `Ada ${tag}` }],
    tags: [{ id: "t1", slug: "t", name: tag }],
  };
}

describe("JSON-LD serialisation", () => {
  it.each(HOSTILE)("cannot break out of the script element: %j", (text) => {
    const json = serializeJsonLd({ headline: text, keywords: [text] });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain("</script");
    expect(json).not.toContain("<!--");
    // Parsers read the escapes back as the original text.
    expect(JSON.parse(json)).toEqual({ headline: text, keywords: [text] });
  });
});

describe("article structured data", () => {
  it.each(HOSTILE)("keeps hostile headlines and hashtags intact and contained: %j", (text) => {
    const page = article(text, text);
    const [newsJson, breadcrumbJson] = articleJsonLd(page, shareImage(page));
    for (const json of [newsJson!, breadcrumbJson!]) {
      expect(json).not.toMatch(/[<>\u2028\u2029]/);
      expect(json.toLowerCase()).not.toContain("</script");
    }
    const news = JSON.parse(newsJson!);
    expect(news.headline).toBe(text);
    expect(news.keywords).toEqual([text]);
    expect(news.articleSection).toBe(`World ${text}`);
    expect(news.author[0].name).toBe(`Ada ${text}`);
    const breadcrumb = JSON.parse(breadcrumbJson!);
    expect(breadcrumb.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      "Home",
      `World ${text}`,
      text,
    ]);
  });

  it("has what search engines ask of a NewsArticle", () => {
    const page = article("Harbour reopens", "port");
    const news = JSON.parse(articleJsonLd(page, shareImage(page))[0]!);
    expect(news).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Harbour reopens",
      description: "Dek of Harbour reopens",
      datePublished: "2026-11-26T08:00:00.000Z",
      dateModified: "2026-11-26T09:30:00.000Z",
      mainEntityOfPage: { "@type": "WebPage", "@id": "http://localhost:3000/articles/a-story" },
      articleSection: "World port",
      keywords: ["port"],
      isAccessibleForFree: true,
      author: [{ "@type": "Person", name: "Ada port", url: "http://localhost:3000/authors/ada-park" }],
      publisher: {
        "@type": "NewsMediaOrganization",
        logo: { "@type": "ImageObject", url: "http://localhost:3000/logo.png", width: 512, height: 512 },
      },
    });
    // No hero image: the generated headline card, at its real size.
    expect(news.image).toEqual([
      expect.objectContaining({
        url: "http://localhost:3000/articles/a-story/social-card.png",
        width: 1200,
        height: 630,
      }),
    ]);
  });

  it("uses the hero image, with its size, when there is one", () => {
    const page = {
      ...article("Harbour reopens", "port"),
      heroImage: {
        url: "/images/articles/harbour.jpg",
        alt: "Cranes at dusk",
        caption: "",
        width: 1600,
        height: 900,
      },
    };
    expect(shareImage(page)).toEqual({
      url: "http://localhost:3000/images/articles/harbour.jpg",
      width: 1600,
      height: 900,
      alt: "Cranes at dusk",
    });
  });
});

describe("article head metadata", () => {
  it("canonical: the editor's override wins and is absolute; otherwise the story's own address", () => {
    expect(canonicalArticleUrl({ slug: "a", canonicalUrl: null })).toBe("http://localhost:3000/articles/a");
    expect(canonicalArticleUrl({ slug: "a", canonicalUrl: "https://outlet.example/original" })).toBe(
      "https://outlet.example/original",
    );
    expect(canonicalArticleUrl({ slug: "a", canonicalUrl: "/articles/b" })).toBe(
      "http://localhost:3000/articles/b",
    );
    expect(canonicalArticleUrl({ slug: "a", canonicalUrl: "javascript:alert(1)" })).toBe(
      "http://localhost:3000/articles/a",
    );
    expect(canonicalArticleUrl({ slug: "a", canonicalUrl: "//evil.example/x" })).toBe(
      "http://localhost:3000/articles/a",
    );

    const overridden = articleMetadata({ ...article("T", "x"), canonicalUrl: "https://outlet.example/t" });
    expect(overridden.alternates?.canonical).toBe("https://outlet.example/t");
    expect(overridden.openGraph).toMatchObject({ url: "https://outlet.example/t" });
  });

  it("large-image cards, image alt text, hashtags and the image-preview permission", () => {
    const metadata = articleMetadata(article("Harbour reopens", "port"));
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      tags: ["port"],
      images: [{ width: 1200, height: 630, alt: expect.stringContaining("Harbour reopens") }],
    });
    expect(metadata.robots).toMatchObject({ "max-image-preview": "large" });
  });
});
