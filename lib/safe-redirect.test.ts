import { describe, expect, it } from "vitest";

import { safeCallbackPath, safeRedirectUrl } from "./safe-redirect";

const SITE = "https://news.example";

/** Where a browser would land if it were sent to `location` from a page on SITE. */
function landing(location: string): URL {
  return new URL(location, `${SITE}/signin`);
}

/** Values an attacker puts in ?callbackUrl= to send a freshly signed-in reader to another site. */
const BYPASSES: [string, string][] = [
  ["protocol-relative", "//evil.example"],
  ["three slashes", "///evil.example"],
  ["four slashes", "////evil.example"],
  ["slash backslash", "/\\evil.example"],
  ["backslash slash", "\\/evil.example"],
  ["two backslashes", "\\\\evil.example"],
  ["slash backslash slash", "/\\/evil.example"],
  ["dot segment then two slashes", "/.//evil.example"],
  ["dot segment then backslash", "/./\\evil.example"],
  ["parent segment then two slashes", "/..//evil.example"],
  ["parent segment then backslash", "/../\\evil.example"],
  ["encoded parent segment", "/%2e%2e//evil.example"],
  ["encoded parent segment, upper case", "/%2E%2E//evil.example"],
  ["half-encoded parent segment", "/.%2e//evil.example"],
  ["encoded dot segment", "/%2e//evil.example"],
  ["climbing out of a real path", "/articles/../..//evil.example"],
  ["encoded slashes", "/%2f%2fevil.example"],
  ["one encoded slash", "/%2F/evil.example"],
  ["encoded backslash", "/%5cevil.example"],
  ["encoded backslashes", "/%5C%5Cevil.example"],
  ["slash, encoded backslash", "/%5c/evil.example"],
  ["tab between slashes", "/\t/evil.example"],
  ["newline between slashes", "/\n/evil.example"],
  ["CRLF between slashes", "/\r\n/evil.example"],
  ["encoded tab", "/%09/evil.example"],
  ["encoded newline", "/%0a/evil.example"],
  ["header injection", "/%0d%0aSet-Cookie:%20x=1"],
  ["NUL", "/\u0000/evil.example"],
  ["DEL", "/\u007f/evil.example"],
  ["absolute https", "https://evil.example/"],
  ["absolute with our host as userinfo", "https://news.example@evil.example/"],
  ["protocol-relative with userinfo", "//news.example:pw@evil.example"],
  ["scheme without slashes", "http:evil.example"],
  ["bare scheme", "https:"],
  ["javascript:", "javascript:alert(document.domain)"],
  ["javascript: mixed case", "JaVaScRiPt:alert(1)"],
  ["javascript: after a space", " javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["host without scheme", "evil.example"],
  ["userinfo-looking host", "@evil.example"],
  ["leading space before slashes", " //evil.example"],
  ["encoded slashes without a leading slash", "%2f%2fevil.example"],
  ["malformed escape", "/%u002f%u002fevil.example"],
  ["very long", `/${"a".repeat(5000)}`],
  ["empty", ""],
];

describe("safeCallbackPath", () => {
  it.each(BYPASSES)("refuses %s", (_name, value) => {
    expect(safeCallbackPath(value)).toBe("/");
    expect(landing(safeCallbackPath(value)).origin).toBe(SITE);
  });

  it("has at least 30 bypass shapes to refuse", () => {
    expect(BYPASSES.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["an object", { toString: () => "/articles/x" }],
    ["an array (a repeated query parameter)", ["/articles/x", "//evil.example"]],
    ["a URL object", new URL("https://evil.example/")],
  ])("refuses non-strings: %s", (_name, value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("uses the caller's fallback", () => {
    expect(safeCallbackPath("//evil.example", "/account")).toBe("/account");
  });

  it.each([
    ["/", "/"],
    ["/articles/the-songs-of-the-saltmarsh-picket-line", "/articles/the-songs-of-the-saltmarsh-picket-line"],
    ["/articles/x?page=2#comments", "/articles/x?page=2#comments"],
    ["/tags/climate/p/2", "/tags/climate/p/2"],
    ["/search?q=caf%C3%A9&sort=new", "/search?q=caf%C3%A9&sort=new"],
    ["/account?tab=password", "/account?tab=password"],
    ["/articles/a-b_c.d~e", "/articles/a-b_c.d~e"],
    ["/articles/x?next=%2F%2Fevil.example", "/articles/x?next=%2F%2Fevil.example"],
    ["/@reader", "/@reader"],
  ])("keeps the same-site path %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
    expect(landing(safeCallbackPath(value)).origin).toBe(SITE);
  });

  it("returns the normalised form: dot segments resolved, non-ASCII percent-encoded", () => {
    expect(safeCallbackPath("/./articles/x")).toBe("/articles/x");
    expect(safeCallbackPath("/sections/../articles/x?page=2")).toBe("/articles/x?page=2");
    expect(safeCallbackPath("/articles/café")).toBe("/articles/caf%C3%A9");
    expect(safeCallbackPath("/articles/x?")).toBe("/articles/x");
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  it("keeps paths and absolute URLs on the site", () => {
    expect(safeRedirectUrl("/articles/x?page=2#comments", SITE)).toBe(`${SITE}/articles/x?page=2#comments`);
    expect(safeRedirectUrl(`${SITE}/account`, SITE)).toBe(`${SITE}/account`);
    expect(safeRedirectUrl(`${SITE}/account`, `${SITE}/`)).toBe(`${SITE}/account`);
  });

  it.each([
    "https://evil.example/",
    "http://news.example/account",
    "https://news.example.evil.example/",
    `${SITE}//evil.example`,
    `${SITE}/.//evil.example`,
    `${SITE}/\\evil.example`,
    "//evil.example",
    "/..//evil.example",
    "javascript:alert(1)",
    "not a url",
  ])("sends %s to the home page", (url) => {
    expect(safeRedirectUrl(url, SITE)).toBe(`${SITE}/`);
  });
});
