import { describe, expect, it } from "vitest";

import {
  cachedSearchPath,
  dayAfter,
  dayStart,
  isNotASearchPage,
  parseDay,
  parseSearchParams,
  searchFromKey,
  searchHref,
} from "./params";

describe("parseSearchParams", () => {
  it("reads a full search", () => {
    const parsed = parseSearchParams({
      q: "port strike",
      sort: "newest",
      section: "business",
      source: "harbour-ledger",
      author: "maren-holt",
      tag: "#SaltmarshPortStrike",
      from: "2026-11-01",
      to: "2026-11-27",
      page: "2",
    });
    expect(parsed).toMatchObject({
      q: "port strike",
      sort: "newest",
      page: 2,
      filters: {
        section: "business",
        source: "harbour-ledger",
        author: "maren-holt",
        tag: "SaltmarshPortStrike",
        from: "2026-11-01",
        to: "2026-11-27",
      },
      problems: [],
    });
    expect(parsed.query.key).toBe("port strike");
  });

  it("defaults to the best matches, page 1, no filters", () => {
    expect(parseSearchParams({})).toMatchObject({
      q: "",
      sort: "relevance",
      page: 1,
      filters: {},
      problems: [],
    });
  });

  it("takes the first of repeated values, but a repeated page is not a page", () => {
    const parsed = parseSearchParams({
      q: ["harbour", "strike"],
      section: ["world", "business"],
      page: ["1", "2"],
    });
    expect(parsed.q).toBe("harbour");
    expect(parsed.filters.section).toBe("world");
    expect(parsed.page).toBeNull();
  });

  it.each(["-1", "0", "abc", "1e9", "2.5", "99999999"])("page=%s is not a page", (page) => {
    expect(parseSearchParams({ page }).page).toBeNull();
  });

  it("tells the proxy which query strings name no page, as the page reads them", () => {
    for (const query of [
      "page=-1",
      "page=0",
      "page=abc",
      "page=1e9",
      "page=",
      "page=1&page=2",
      "page=99999999",
    ])
      expect(isNotASearchPage(new URLSearchParams(`q=port&${query}`)), query).toBe(true);
    for (const query of ["", "q=port", "q=port&page=1", "q=port&page=2", "q=port&page=999"])
      expect(isNotASearchPage(new URLSearchParams(query)), query).toBe(false);
  });

  it("leaves out junk filters and says why", () => {
    const parsed = parseSearchParams({
      sort: "oldest",
      section: "<script>",
      tag: "###",
      from: "2026-02-30",
      to: "yesterday",
    });
    expect(parsed.sort).toBe("relevance");
    expect(parsed.filters).toEqual({});
    expect(parsed.problems).toEqual([
      "There is no sort order called “oldest”; showing the best matches first.",
      "There is no section called “<script>”, so that filter was left out.",
      "“2026-02-30” is not a date (use the form 2026-11-27), so the “from” date was left out.",
      "“yesterday” is not a date (use the form 2026-11-27), so the “to” date was left out.",
    ]);
  });

  it("swaps dates given the wrong way round", () => {
    const parsed = parseSearchParams({ from: "2026-11-27", to: "2026-11-01" });
    expect(parsed.filters).toEqual({ from: "2026-11-01", to: "2026-11-27" });
    expect(parsed.problems).toEqual(["The “from” date was after the “to” date, so they were swapped."]);
  });

  it("cuts a long query for the search box and drops control characters", () => {
    const parsed = parseSearchParams({ q: `a\u0000b ${"x".repeat(10_000)}` });
    expect(parsed.q).toHaveLength(200);
    expect(parsed.q.startsWith("a b ")).toBe(true);
    expect(parsed.query.truncated).toBe(true);
  });
});

describe("dates", () => {
  it("accepts real days only", () => {
    expect(parseDay("2026-11-27")).toBe("2026-11-27");
    expect(parseDay("2028-02-29")).toBe("2028-02-29");
    for (const bad of ["2026-02-29", "2026-13-01", "26-11-27", "2026-11-27T00:00", "1800-01-01", ""])
      expect(parseDay(bad), bad).toBeNull();
  });

  it("covers whole UTC days, the `to` day included", () => {
    expect(dayStart("2026-11-27")).toBe("2026-11-27T00:00:00.000Z");
    expect(dayAfter("2026-11-27")).toBe("2026-11-28T00:00:00.000Z");
    expect(dayAfter("2026-12-31")).toBe("2027-01-01T00:00:00.000Z");
  });
});

describe("searchHref", () => {
  it("keeps only what is set", () => {
    expect(searchHref({ q: "port strike" })).toBe("/search?q=port+strike");
    expect(
      searchHref({
        q: '"crane deal" -x',
        sort: "newest",
        page: 3,
        filters: { section: "business", to: "2026-11-27" },
      }),
    ).toBe("/search?q=%22crane+deal%22+-x&sort=newest&section=business&to=2026-11-27&page=3");
    expect(searchHref({ q: "", page: 1, sort: "relevance" })).toBe("/search");
  });
});

describe("cachedSearchPath and searchFromKey", () => {
  const keyOf = (query: string) => cachedSearchPath(new URLSearchParams(query))?.replace("/search/r/", "");

  it("keys a search by the parameters it reads, and reads them back", () => {
    const key = keyOf("q=port+strike&section=business&page=2")!;
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(searchFromKey(key)).toEqual({ q: "port strike", section: "business", page: "2" });
    expect(searchFromKey(keyOf("q=caf%C3%A9+%22flood+barrier%22+-strike")!)).toEqual({
      q: 'café "flood barrier" -strike',
    });
  });

  it("gives one key to the same search however its address is written", () => {
    const key = keyOf("q=comet&sort=newest");
    expect(keyOf("sort=newest&q=comet")).toBe(key);
    expect(keyOf("q=comet&sort=newest&utm_source=feed&tag=")).toBe(key);
    expect(keyOf("q=comet&q=other&sort=newest")).toBe(key);
  });

  it("leaves the bare search page and very long searches to render per request", () => {
    expect(cachedSearchPath(new URLSearchParams(""))).toBeNull();
    expect(cachedSearchPath(new URLSearchParams("utm_source=feed&q="))).toBeNull();
    expect(cachedSearchPath(new URLSearchParams(`q=${"harbour ".repeat(20)}`))).toBeNull();
  });

  it("refuses a key it did not make", () => {
    expect(searchFromKey("__build-sample__")).toBeNull();
    expect(searchFromKey("")).toBeNull();
    expect(searchFromKey("not a key")).toBeNull();
    // The same parameters in another order, or with one it does not read: not the canonical key.
    const encode = (text: string) => Buffer.from(text).toString("base64url");
    expect(searchFromKey(encode("sort=newest&q=comet"))).toBeNull();
    expect(searchFromKey(encode("q=comet&utm_source=feed"))).toBeNull();
    expect(searchFromKey(encode("q=comet"))).toEqual({ q: "comet" });
  });
});
