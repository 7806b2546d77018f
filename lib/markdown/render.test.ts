import { describe, expect, it } from "vitest";

import { plainTextExcerpt, readingTimeMinutes, renderMarkdown } from "./render";

describe("renderMarkdown", () => {
  it("renders paragraphs, subheads, lists, quotes and links", () => {
    const html = renderMarkdown(
      "Intro **bold**.\n\n## Next\n\n- one\n- two\n\n> quoted\n\n[site](https://harbour.example/a)",
    );
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<h2>Next</h2>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain(
      '<a href="https://harbour.example/a" rel="noopener noreferrer" target="_blank">site</a>',
    );
  });

  it("turns an h1 into an h2 so the headline stays the only h1", () => {
    expect(renderMarkdown("# Big").trim()).toBe("<h2>Big</h2>");
  });

  it.each([
    ["<script>alert(1)</script>", "<script"],
    ['<img src=x onerror="alert(1)">', "onerror"],
    ["[click](javascript:alert(1))", "javascript:"],
    ['<a href="javascript:alert(1)">x</a>', "javascript:"],
    ['<iframe src="https://evil.example"></iframe>', "<iframe"],
    ['<p onclick="alert(1)">hi</p>', "onclick"],
    ["<style>body{display:none}</style>", "<style"],
    ['<svg onload="alert(1)"></svg>', "<svg"],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data:"],
  ])("removes %s", (input, forbidden) => {
    expect(renderMarkdown(`Before\n\n${input}\n\nAfter`).toLowerCase()).not.toContain(forbidden);
  });

  it("keeps the surrounding text when it strips markup", () => {
    const html = renderMarkdown("Safe text <script>alert(1)</script> continues.");
    expect(html).toContain("Safe text");
    expect(html).toContain("continues.");
  });
});

describe("readingTimeMinutes", () => {
  it("counts about 230 words a minute, at least one", () => {
    expect(readingTimeMinutes("word ".repeat(10))).toBe(1);
    expect(readingTimeMinutes("word ".repeat(690))).toBe(3);
  });
});

describe("plainTextExcerpt", () => {
  it("strips markup and shortens on a word boundary", () => {
    const excerpt = plainTextExcerpt(`**Bold** start. ${"more words ".repeat(60)}`, 100);
    expect(excerpt.startsWith("Bold start.")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(100);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});
