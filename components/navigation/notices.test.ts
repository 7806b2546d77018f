import { describe, expect, it } from "vitest";

import { noticeText, withNotice } from "./notices";

describe("withNotice", () => {
  it("adds the notice before the fragment", () => {
    expect(withNotice("/articles/a#comment-1", "comment-posted")).toBe(
      "/articles/a?notice=comment-posted#comment-1",
    );
  });

  it("joins an existing query", () => {
    expect(withNotice("/articles/a/comments?page=2#comment-1", "reply-posted")).toBe(
      "/articles/a/comments?page=2&notice=reply-posted#comment-1",
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
