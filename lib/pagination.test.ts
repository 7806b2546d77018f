import { describe, expect, it } from "vitest";

import { pageCount, parsePageParam } from "./pagination";

describe("parsePageParam", () => {
  it("treats a missing page as page 1", () => {
    expect(parsePageParam(undefined)).toBe(1);
  });

  it.each([
    ["1", 1],
    ["2", 2],
    ["250", 250],
  ])("accepts %s", (value, page) => {
    expect(parsePageParam(value)).toBe(page);
  });

  it.each([
    "abc",
    "-1",
    "0",
    "01",
    "1.5",
    "1e3",
    " 2",
    "2 ",
    "",
    "99999999999999",
    "0x10",
    "Infinity",
    "NaN",
    "２",
  ])("rejects %j", (value) => {
    expect(parsePageParam(value)).toBeNull();
  });

  it("rejects a repeated parameter", () => {
    expect(parsePageParam(["1", "2"])).toBeNull();
  });
});

describe("pageCount", () => {
  it("always has at least one page and rounds up", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });
});
