import { describe, expect, it } from "vitest";

import { isValidSlug, slugify } from "./slug";

describe("slugify", () => {
  it("lower-cases and hyphenates words", () => {
    expect(slugify("Port Strike Enters  Third Week!")).toBe("port-strike-enters-third-week");
  });

  it("folds accents and drops other scripts", () => {
    expect(slugify("Café Müller: Ångström & Sons")).toBe("cafe-muller-angstrom-and-sons");
    expect(slugify("東京 floods")).toBe("floods");
  });

  it("trims hyphens and caps the length without a trailing hyphen", () => {
    expect(slugify("--hello--")).toBe("hello");
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });
});

describe("isValidSlug", () => {
  it.each(["port-strike", "a1", "2026-budget"])("accepts %s", (slug) => expect(isValidSlug(slug)).toBe(true));
  it.each(["", "Port", "a--b", "-a", "a-", "a b", "../etc", "ümlaut", "a".repeat(121)])(
    "rejects %j",
    (slug) => expect(isValidSlug(slug)).toBe(false),
  );
});
