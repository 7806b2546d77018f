import { describe, expect, it } from "vitest";

import {
  containsLink,
  EDIT_WINDOW_MS,
  findBannedWord,
  MAX_THREAD_LEVELS,
  RATE_LIMITS,
  replyPlacement,
} from "./rules";

describe("replyPlacement", () => {
  it("a reply to a top-level comment goes under it, starting its thread", () => {
    expect(replyPlacement({ id: "root", parentId: null, rootId: null, depth: 0 })).toEqual({
      parentId: "root",
      rootId: "root",
      depth: 1,
    });
  });

  it("a reply to a second-level comment goes under it, in the same thread", () => {
    expect(replyPlacement({ id: "r1", parentId: "root", rootId: "root", depth: 1 })).toEqual({
      parentId: "r1",
      rootId: "root",
      depth: 2,
    });
  });

  it("a reply to a third-level comment goes beside it, not deeper", () => {
    const target = { id: "r2", parentId: "r1", rootId: "root", depth: MAX_THREAD_LEVELS - 1 };
    expect(replyPlacement(target)).toEqual({ parentId: "r1", rootId: "root", depth: 2 });
  });

  it("never places a reply deeper than the last level, from any level a comment can be at", () => {
    for (let depth = 0; depth < MAX_THREAD_LEVELS; depth++) {
      const placed = replyPlacement({
        id: `c${depth}`,
        parentId: depth ? `c${depth - 1}` : null,
        rootId: depth ? "c0" : null,
        depth,
      });
      expect(placed.depth).toBeLessThan(MAX_THREAD_LEVELS);
      expect(placed.rootId).toBe("c0");
    }
  });
});

describe("findBannedWord", () => {
  const banned = ["spam", "c++", "Crétin"];

  it("matches whole words only", () => {
    expect(findBannedWord("this is spam", banned)).toBe("spam");
    expect(findBannedWord("spam", banned)).toBe("spam");
    expect(findBannedWord("spam, again.", banned)).toBe("spam");
    expect(findBannedWord("(spam)", banned)).toBe("spam");
    expect(findBannedWord("a spammer writes", banned)).toBeNull();
    expect(findBannedWord("antispam filters", banned)).toBeNull();
    expect(findBannedWord("spam2", banned)).toBeNull();
    expect(findBannedWord("2spam", banned)).toBeNull();
  });

  it("ignores case, in the text and in the list", () => {
    expect(findBannedWord("SPAM everywhere", banned)).toBe("spam");
    expect(findBannedWord("Spam", ["  SPAM  "])).toBe("  SPAM  ");
    expect(findBannedWord("quel CRÉTIN", banned)).toBe("Crétin");
  });

  it("treats non-Latin letters as part of a word, and normalises Unicode forms", () => {
    // Accented and non-Latin letters continue a word: no false match inside a longer word.
    expect(findBannedWord("éspam", banned)).toBeNull();
    expect(findBannedWord("spamé", banned)).toBeNull();
    expect(findBannedWord("спамspam", banned)).toBeNull();
    // Decomposed (e + combining acute) and composed forms are the same word.
    expect(findBannedWord("quel cre\u0301tin", banned)).toBe("Crétin");
    // Full-width compatibility characters fold to their plain forms.
    expect(findBannedWord("ｓｐａｍ", banned)).toBe("spam");
    // Non-Latin banned words work too.
    expect(findBannedWord("это СПАМ!", ["спам"])).toBe("спам");
    expect(findBannedWord("это спамер", ["спам"])).toBeNull();
    // Emoji and punctuation are word boundaries.
    expect(findBannedWord("🙄spam🙄", banned)).toBe("spam");
  });

  it("treats regex characters in the list literally", () => {
    expect(findBannedWord("I write c++ daily", banned)).toBe("c++");
    expect(findBannedWord("I write c daily", banned)).toBeNull();
    expect(findBannedWord("anything", [".*"])).toBeNull();
    expect(findBannedWord("a.b", ["a.b"])).toBe("a.b");
    expect(findBannedWord("axb", ["a.b"])).toBeNull();
  });

  it("skips blank entries and returns null for clean text or an empty list", () => {
    expect(findBannedWord("hello there", ["", "   "])).toBeNull();
    expect(findBannedWord("hello there", [])).toBeNull();
    expect(findBannedWord("", banned)).toBeNull();
  });
});

describe("containsLink", () => {
  it("finds http(s) and www links, in any case", () => {
    expect(containsLink("see https://example.com/x")).toBe(true);
    expect(containsLink("see http://example.com")).toBe(true);
    expect(containsLink("HTTPS://EXAMPLE.COM")).toBe(true);
    expect(containsLink("go to www.example.org now")).toBe(true);
    expect(containsLink("WWW.Example.org")).toBe(true);
    expect(containsLink("(https://example.com)")).toBe(true);
  });

  it("ignores text that only looks like a link", () => {
    expect(containsLink("no links here")).toBe(false);
    expect(containsLink("the www is big")).toBe(false);
    expect(containsLink("https: is a scheme")).toBe(false);
    expect(containsLink("awww.so cute")).toBe(false);
    expect(containsLink("")).toBe(false);
  });
});

describe("limits", () => {
  it("edit window is 15 minutes and the rate limits are 5 a minute and 50 a day", () => {
    expect(EDIT_WINDOW_MS).toBe(15 * 60_000);
    expect(RATE_LIMITS.map((rule) => [rule.limit, rule.windowMs])).toEqual([
      [5, 60_000],
      [50, 24 * 60 * 60_000],
    ]);
  });
});
