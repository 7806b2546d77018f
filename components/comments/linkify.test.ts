import { describe, expect, it } from "vitest";

import { linkify, linkifyParagraphs } from "./linkify";

describe("linkify", () => {
  it("links http and https URLs and leaves trailing punctuation outside", () => {
    expect(linkify("See https://harbour.example/a?b=1. Then")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://harbour.example/a?b=1", href: "https://harbour.example/a?b=1" },
      { kind: "text", text: ". Then" },
    ]);
  });

  it("never links other schemes", () => {
    expect(linkify("javascript:alert(1) data:text/html,x")).toEqual([
      { kind: "text", text: "javascript:alert(1) data:text/html,x" },
    ]);
  });

  it("splits paragraphs on blank lines and keeps RTL text and emoji intact", () => {
    expect(linkifyParagraphs("مرحبا 👋🏽\n\n\nsecond")).toEqual([
      [{ kind: "text", text: "مرحبا 👋🏽" }],
      [{ kind: "text", text: "second" }],
    ]);
  });
});
