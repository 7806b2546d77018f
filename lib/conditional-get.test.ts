import { describe, expect, it } from "vitest";

import { conditionalResponse, etagOf, isNotModified } from "./conditional-get";

const lastModified = Date.parse("2026-11-27T10:15:30.250Z");
const validators = { etag: etagOf("<rss/>"), lastModified, contentType: "application/rss+xml" };
const get = (headers: Record<string, string>, method = "GET") =>
  new Request("http://localhost/feed.xml", { method, headers });

describe("conditional GET", () => {
  it("answers 200 with the body and both validators to a first request", async () => {
    const response = conditionalResponse(get({}), validators, "<rss/>");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<rss/>");
    expect(response.headers.get("etag")).toBe(validators.etag);
    expect(response.headers.get("last-modified")).toBe("Fri, 27 Nov 2026 10:15:30 GMT");
  });

  it("answers 304 without a body to the current ETag, strong or weak, alone or in a list", async () => {
    const opaque = validators.etag.replace(/^W\//, "");
    for (const tag of [validators.etag, opaque, `"other", ${validators.etag}`, "*"]) {
      const response = conditionalResponse(get({ "if-none-match": tag }), validators, "<rss/>");
      expect(response.status, tag).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("etag")).toBe(validators.etag);
    }
    expect(isNotModified(get({ "if-none-match": '"stale"' }), validators)).toBe(false);
  });

  it("compares If-Modified-Since to the second, and only when there is no If-None-Match", () => {
    expect(isNotModified(get({ "if-modified-since": "Fri, 27 Nov 2026 10:15:30 GMT" }), validators)).toBe(
      true,
    );
    expect(isNotModified(get({ "if-modified-since": "Fri, 27 Nov 2026 11:00:00 GMT" }), validators)).toBe(
      true,
    );
    expect(isNotModified(get({ "if-modified-since": "Fri, 27 Nov 2026 10:15:29 GMT" }), validators)).toBe(
      false,
    );
    expect(isNotModified(get({ "if-modified-since": "not a date" }), validators)).toBe(false);
    // A changed body has a new ETag; an old date must not hide that.
    expect(
      isNotModified(
        get({ "if-none-match": '"stale"', "if-modified-since": "Fri, 27 Nov 2026 11:00:00 GMT" }),
        validators,
      ),
    ).toBe(false);
  });

  it("never answers 304 to anything but GET and HEAD", () => {
    expect(isNotModified(get({ "if-none-match": "*" }, "POST"), validators)).toBe(false);
    expect(isNotModified(get({ "if-none-match": "*" }, "HEAD"), validators)).toBe(true);
  });
});
