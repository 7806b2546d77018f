import { describe, expect, it } from "vitest";

import { loadCorpus, SAMPLE_CORPUS } from "../../scripts/lib/outlet-feeds";
import { hammingDistance, isNearDuplicate, NEAR_DUPLICATE_MAX_DISTANCE, simhash } from "./simhash";

const corpus = loadCorpus(SAMPLE_CORPUS);
const text = (id: string) => {
  const article = corpus.articles.find((a) => a.id === id)!;
  return `${article.title} ${article.body}`;
};

describe("SimHash fingerprints", () => {
  it("are 16 hex digits, the same for the same text whatever its case, accents and punctuation", () => {
    const fingerprint = simhash(text("sg-1"));
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(text("sg-1").toUpperCase().replace(/,/g, " ;"))).toBe(fingerprint);
    expect(simhash("Café crème at the harbour, served by the old quay at dawn each day of the week")).toBe(
      simhash("cafe creme at the harbour served by the old quay at dawn each day of the week"),
    );
  });

  it("counts differing bits", () => {
    expect(hammingDistance("0000000000000000", "0000000000000000")).toBe(0);
    expect(hammingDistance("0000000000000000", "ffffffffffffffff")).toBe(64);
    expect(hammingDistance("00000000000000f0", "0000000000000001")).toBe(5);
  });

  it("match an item re-posted with a word changed, in every article of the corpus", () => {
    for (const article of corpus.articles) {
      const words = `${article.title} ${article.body}`.split(" ");
      for (let index = 3; index < words.length; index += 11) {
        const edited = [...words];
        edited[index] = "altered";
        expect(
          isNearDuplicate(simhash(words.join(" ")), simhash(edited.join(" "))),
          `${article.id} word ${index}`,
        ).toBe(true);
      }
    }
  });

  it("keep different outlets' write-ups of one event apart, and unrelated stories further", () => {
    const pairs = [
      ["sg-1", "rp-1"],
      ["sg-1", "td-1"],
      ["sg-2", "rp-2"],
      ["sg-1", "td-2"],
    ] as const;
    for (const [a, b] of pairs) {
      expect(hammingDistance(simhash(text(a))!, simhash(text(b))!), `${a} ${b}`).toBeGreaterThan(
        NEAR_DUPLICATE_MAX_DISTANCE,
      );
      expect(isNearDuplicate(simhash(text(a)), simhash(text(b)))).toBe(false);
    }
  });

  it("say nothing about texts too short to compare (a headline alone)", () => {
    expect(simhash("Ferry crews strike")).toBeNull();
    expect(isNearDuplicate(simhash("Ferry crews strike"), simhash("Ferry crews strike"))).toBe(false);
  });
});
