import { describe, expect, it } from "vitest";

import {
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  firstParam,
  isSearchable,
  parseSearchQuery,
  toFts5Match,
  toTsQuery,
} from "./query";

const key = (input: unknown) => parseSearchQuery(input).key;

describe("parseSearchQuery", () => {
  it("reads words, lower-cased, and drops duplicates", () => {
    expect(key("Port STRIKE port")).toBe("port strike");
  });

  it("reads a quoted phrase as one term, with typographic quotes too", () => {
    expect(parseSearchQuery('"crane automation" deal').terms).toEqual([
      { words: ["crane", "automation"], exclude: false },
      { words: ["deal"], exclude: false },
    ]);
    expect(key("“flood barrier” vote")).toBe('"flood barrier" vote');
  });

  it("runs an unclosed quote to the end of the query", () => {
    expect(key('strike "crane automation')).toBe('strike "crane automation"');
  });

  it('reads -word and -"phrase" as exclusions, but not a hyphen inside a word', () => {
    expect(parseSearchQuery('port -strike -"crane automation"').terms).toEqual([
      { words: ["port"], exclude: false },
      { words: ["strike"], exclude: true },
      { words: ["crane", "automation"], exclude: true },
    ]);
    expect(key("wind-assisted cargo")).toBe('"wind assisted" cargo');
    expect(key("- port")).toBe("port");
  });

  it("reads words joined by punctuation as a phrase, as the indexes store them", () => {
    expect(key("U.S. Velden's e-mail")).toBe('"u s" "velden s" "e mail"');
  });

  it("folds accents and compatibility forms", () => {
    expect(key("Café RÉSUMÉ ｆｏｏ")).toBe("cafe resume foo");
  });

  it("drops common English words outside phrases and says which", () => {
    const query = parseSearchQuery("the strike and the deal");
    expect(query.key).toBe("strike deal");
    expect(query.ignored).toEqual(["the", "and"]);
    expect(key('"state of the art"')).toBe('"state of the art"');
    const onlyCommon = parseSearchQuery('the "of the" and');
    expect(onlyCommon.terms).toEqual([]);
    expect(onlyCommon.ignored).toEqual(["the", "of the", "and"]);
  });

  it("treats FTS and SQL syntax as plain words", () => {
    expect(key("NEAR(port strike) AND title:crane OR port*")).toBe('near port strike "title crane"');
    expect(key('\'; DROP TABLE "Article"; --')).toBe("drop table article");
    expect(key("^port :strike")).toBe("port strike");
    expect(key('""')).toBe("");
    expect(key('"')).toBe("");
    expect(key("***")).toBe("");
  });

  it("treats NUL, control and private-use characters as spaces", () => {
    expect(key("port\u0000strike\u0007crane\uE000deal\uE001")).toBe("port strike crane deal");
  });

  it("takes the first value of a repeated parameter and nothing from other types", () => {
    expect(key(["port", "strike"])).toBe("port");
    expect(key(undefined)).toBe("");
    expect(key(42)).toBe("");
    expect(key([])).toBe("");
    expect(firstParam([7, "x"])).toBe("");
  });

  it(`cuts input longer than ${MAX_QUERY_LENGTH} characters and says so`, () => {
    const long = parseSearchQuery(`harbour ${"ferry ".repeat(2_000)}`);
    expect(long.truncated).toBe(true);
    expect(long.key).toBe("harbour ferry");
    // A word cut in two is left out rather than searched as a fragment.
    expect(parseSearchQuery(`${"ab ".repeat(66)}crossings`).key).toBe("ab");
    expect(parseSearchQuery(`harbour ${"x".repeat(10_000)}`).key).toBe("harbour");
    expect(parseSearchQuery("a".repeat(MAX_QUERY_LENGTH)).truncated).toBe(false);
    // Code points, not UTF-16 units: an emoji is never split in half.
    expect(parseSearchQuery("😀".repeat(MAX_QUERY_LENGTH + 1)).truncated).toBe(true);
  });

  it(`keeps the first ${MAX_TERMS} terms and says so`, () => {
    const many = parseSearchQuery(Array.from({ length: 30 }, (_, n) => `word${n}`).join(" "));
    expect(many.terms).toHaveLength(MAX_TERMS);
    expect(many.droppedTerms).toBe(true);
    expect(parseSearchQuery("one two three").droppedTerms).toBe(false);
  });

  it("cannot search for exclusions alone", () => {
    expect(isSearchable(parseSearchQuery("-strike"))).toBe(false);
    expect(isSearchable(parseSearchQuery("port -strike"))).toBe(true);
    expect(isSearchable(parseSearchQuery(""))).toBe(false);
  });
});

describe("toFts5Match", () => {
  it("quotes every term and joins them with AND, exclusions with NOT", () => {
    expect(toFts5Match(parseSearchQuery('port "crane automation" -strike -"pay rise"'))).toBe(
      '("port" AND "crane automation") NOT "strike" NOT "pay rise"',
    );
  });

  it("marks single words as prefixes only when asked", () => {
    expect(toFts5Match(parseSearchQuery('salt "crane deal"'), { prefix: true })).toBe(
      '("salt"* AND "crane deal")',
    );
  });

  it("is null when there is nothing to look for", () => {
    expect(toFts5Match(parseSearchQuery("-strike"))).toBeNull();
    expect(toFts5Match(parseSearchQuery("the"))).toBeNull();
  });
});

describe("toTsQuery", () => {
  it("quotes every word, phrases with <->, exclusions with !", () => {
    expect(toTsQuery(parseSearchQuery('port "crane automation" -strike -"pay rise"'))).toBe(
      "'port' & ('crane' <-> 'automation') & !'strike' & !('pay' <-> 'rise')",
    );
  });

  it("marks single words as prefixes only when asked", () => {
    expect(toTsQuery(parseSearchQuery("salt"), { prefix: true })).toBe("'salt':*");
  });

  it("never lets a quote, colon, bracket or operator through", () => {
    const junk = `':*!&|<->()\\ NEAR AND OR NOT`;
    expect(toTsQuery(parseSearchQuery(`${junk} harbour`))).toBe("'near' & 'harbour'");
    expect(toTsQuery(parseSearchQuery(`"Velden's barrier" harbour's`))).toBe(
      "('velden' <-> 's' <-> 'barrier') & ('harbour' <-> 's')",
    );
  });
});
