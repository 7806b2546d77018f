import { describe, expect, it } from "vitest";

import { cleanSnippet, splitHighlights } from "./highlight";

const S = "\uE000";
const E = "\uE001";

describe("splitHighlights", () => {
  it("splits marked text into plain and marked parts", () => {
    expect(splitHighlights(`The ${S}strike${E} at the ${S}port${E} ended`)).toEqual([
      { text: "The ", mark: false },
      { text: "strike", mark: true },
      { text: " at the ", mark: false },
      { text: "port", mark: true },
      { text: " ended", mark: false },
    ]);
  });

  it("keeps HTML-looking text as text", () => {
    expect(splitHighlights(`<img src=x onerror=alert(1)> ${S}<b>${E}`)).toEqual([
      { text: "<img src=x onerror=alert(1)> ", mark: false },
      { text: "<b>", mark: true },
    ]);
  });

  it("ignores unbalanced and nested markers and joins adjacent marks", () => {
    expect(splitHighlights(`${E}a ${S}b${S}c${E}${E} d ${S}e`)).toEqual([
      { text: "a ", mark: false },
      { text: "bc", mark: true },
      { text: " d ", mark: false },
      { text: "e", mark: true },
    ]);
    expect(splitHighlights(`${S}a${E}${S}b${E}`)).toEqual([{ text: "ab", mark: true }]);
    expect(splitHighlights("")).toEqual([]);
  });
});

describe("cleanSnippet", () => {
  it("reads Markdown as plain text, keeping the markers", () => {
    expect(
      cleanSnippet(
        `## Heading\n\n> A **bold** ${S}claim${E} on the [mission site](https://x.example/a_b).\n\n\`code\``,
      ),
    ).toBe(`Heading A bold ${S}claim${E} on the mission site. code`);
  });

  it("drops raw HTML tags, as the article page does, but not comparisons", () => {
    expect(
      cleanSnippet(`markup:\n\n<script>${S}alert${E}(1)</script> and <img src=x onerror=alert(1)> if a < b`),
    ).toBe(`markup: ${S}alert${E}(1) and if a < b`);
  });

  it("drops marked words inside link targets together with the target", () => {
    expect(splitHighlights(cleanSnippet(`see [the blog](https://k.example/${S}blog${E}/post) now`))).toEqual([
      { text: "see the blog now", mark: false },
    ]);
  });
});
