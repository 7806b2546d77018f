import { describe, expect, it } from "vitest";

import { articleFeatures, contentTerms, namedEntities } from "./text";

describe("contentTerms", () => {
  it("stems words and drops stopwords, newsroom filler and bare numbers", () => {
    expect(contentTerms("The dockers said they were striking over 14 cranes on Monday")).toEqual([
      "docker",
      "strike",
      "crane",
    ]);
  });

  it("reads through Markdown and folds accents", () => {
    expect(contentTerms("**Café** owners [protest](https://x.example) fees")).toEqual([
      "cafe",
      "owner",
      "protest",
      "fee",
    ]);
  });
});

describe("namedEntities", () => {
  it("finds capitalised names inside sentences, keeping joiners and dropping a leading article", () => {
    const names = namedEntities("Crews from the Velden Water Board met the Bank of Ostheim. Residents left.");
    expect(names).toEqual(new Set(["velden water board", "bank of ostheim"]));
  });

  it("ignores a lone capitalised word that only starts a sentence, unless it is a name elsewhere", () => {
    expect(namedEntities("Flooding spread. Water rose.")).toEqual(new Set());
    expect(namedEntities("Velden flooded. The river reached Velden overnight.")).toEqual(new Set(["velden"]));
  });
});

describe("articleFeatures", () => {
  it("counts title words more than the opening text, and keeps the tags", () => {
    const features = articleFeatures(
      { title: "Barrier fails in Velden", excerpt: "The barrier gave way overnight." },
      ["flood", "flood"],
    );
    expect(features.terms.get("barrier")).toBe(3);
    expect(features.terms.get("overnight")).toBe(1);
    expect(features.tags).toEqual(["flood"]);
  });

  it("does not mine a Title-Cased Headline for names", () => {
    const features = articleFeatures({
      title: "Barrier Fails As River Floods Velden Streets",
      excerpt: "Water rose.",
    });
    expect(features.entities.size).toBe(0);
  });
});
