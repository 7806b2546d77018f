import { describe, expect, it } from "vitest";

import { noticeText, permalinkFragment, withNotice } from "./notices";

describe("withNotice", () => {
  it("adds the notice before the fragment, which lands on the posted line", () => {
    expect(withNotice("/articles/a#comment-1", "comment-posted")).toBe(
      "/articles/a?notice=comment-posted#posted-1",
    );
  });

  it("joins an existing query", () => {
    expect(withNotice("/articles/a/comments?page=2#comment-1", "reply-posted")).toBe(
      "/articles/a/comments?page=2&notice=reply-posted#posted-1",
    );
  });

  it("keeps the comment's permalink for an edit", () => {
    expect(withNotice("/articles/a#comment-1", "comment-edited")).toBe(
      "/articles/a?notice=comment-edited#comment-1",
    );
  });

  it("works without a fragment", () => {
    expect(withNotice("/articles/a", "comment-deleted")).toBe("/articles/a?notice=comment-deleted");
  });
});

describe("noticeText", () => {
  it("knows only its own keys", () => {
    expect(noticeText("comment-posted")).toBe("Comment posted.");
    expect(noticeText("toString")).toBeNull();
    expect(noticeText("<script>")).toBeNull();
    expect(noticeText(null)).toBeNull();
  });
});

describe("permalinkFragment", () => {
  it("turns the posted line's fragment back into the comment's", () => {
    expect(permalinkFragment("#posted-abc")).toBe("#comment-abc");
    expect(permalinkFragment("#comment-abc")).toBe("#comment-abc");
    expect(permalinkFragment("")).toBe("");
  });
});
