import { describe, expect, it } from "vitest";

import { parseAnyFeed, xmlErrors } from "../../e2e/feed-checks";
import { writeFeed, type FeedDocument } from "./formats";

const HOSTILE_TITLES = [
  "Two ]]> ends ]]> of CDATA",
  "</title></item><item><title>Injected",
  "<script>alert(1)</script> & friends",
  "Tab\tand \u0001control\u0008 characters",
  "Lone \uD800 surrogate",
];

function feedWith(title: string): FeedDocument {
  return {
    title: `Feed of ${title}`,
    description: "All the stories.",
    homePageUrl: "http://localhost:3000/",
    feedUrls: {
      rss: "http://localhost:3000/feed.xml",
      atom: "http://localhost:3000/feed.atom",
      json: "http://localhost:3000/feed.json",
    },
    language: "en",
    updated: new Date("2026-11-27T10:00:00Z"),
    iconUrl: "http://localhost:3000/logo.png",
    publisher: "The Ledger",
    items: [
      {
        id: "http://localhost:3000/articles/a?x=1&y=2",
        url: "http://localhost:3000/articles/a?x=1&y=2",
        title,
        summary: `Summary: ${title}`,
        contentHtml: `<p>${title.replace(/&/g, "&amp;").replace(/</g, "&lt;")} ]]> <a href="https://e.example/?a=1&amp;b=2">link</a></p>`,
        published: new Date("2026-11-27T09:00:00Z"),
        modified: new Date("2026-11-27T09:30:00Z"),
        authors: [{ name: "Ada <Park>", url: "http://localhost:3000/authors/ada-park" }],
        categories: ["World", "#port & harbour"],
      },
    ],
  };
}

const withoutForbidden = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDFFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();

describe("feed formats", () => {
  for (const format of ["rss", "atom", "json"] as const) {
    it.each(HOSTILE_TITLES)(`${format}: a hostile headline stays one item, as text: %j`, async (title) => {
      const body = writeFeed(feedWith(title), format);
      if (format !== "json") expect(await xmlErrors(body)).toEqual([]);
      const parsed = parseAnyFeed(body, format);
      expect(parsed.items).toHaveLength(1);
      const [item] = parsed.items;
      expect(withoutForbidden(item!.title)).toBe(withoutForbidden(title));
      expect(item!.url).toBe("http://localhost:3000/articles/a?x=1&y=2");
      expect(item!.authors).toEqual(["Ada <Park>"]);
      expect(item!.contentHtml).toContain('<a href="https://e.example/?a=1&amp;b=2">link</a>');
    });
  }
});
