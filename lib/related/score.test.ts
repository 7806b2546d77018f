import { describe, expect, it } from "vitest";

import { rankRelated, relatedScore, type RelatedCandidate } from "./score";

const day = 86_400_000;
const now = new Date("2026-11-20T12:00:00Z");
const article = (id: string, overrides: Partial<RelatedCandidate> = {}): RelatedCandidate => ({
  id,
  sectionId: "world",
  tagIds: [],
  publishedAt: now,
  ...overrides,
});

describe("related scoring", () => {
  const target = article("target", { tagIds: ["port-strike", "labour"], sectionId: "business" });

  it("ranks shared hashtags above a shared section", () => {
    const sharesTags = article("tags", { tagIds: ["port-strike", "labour"], sectionId: "world" });
    const sharesSection = article("section", { sectionId: "business" });
    expect(relatedScore(target, sharesTags)).toBeGreaterThan(relatedScore(target, sharesSection));
    expect(rankRelated(target, [], [sharesSection, sharesTags]).map((a) => a.id)).toEqual([
      "tags",
      "section",
    ]);
  });

  it("prefers stories close in time when everything else is equal", () => {
    const close = article("close", { tagIds: ["labour"], publishedAt: new Date(now.getTime() - day) });
    const old = article("old", { tagIds: ["labour"], publishedAt: new Date(now.getTime() - 90 * day) });
    expect(rankRelated(target, [], [old, close]).map((a) => a.id)).toEqual(["close", "old"]);
  });

  it("puts pinned stories first in the editor's order, whatever their score", () => {
    const strong = article("strong", { tagIds: ["port-strike", "labour"], sectionId: "business" });
    const pinnedA = article("pinned-a", {
      sectionId: "sport",
      publishedAt: new Date(now.getTime() - 300 * day),
    });
    const pinnedB = article("pinned-b", { sectionId: "culture" });
    expect(rankRelated(target, [pinnedA, pinnedB], [strong]).map((a) => a.id)).toEqual([
      "pinned-a",
      "pinned-b",
      "strong",
    ]);
  });

  it("never includes the article itself or the same story twice, and stops at six", () => {
    const candidates = Array.from({ length: 10 }, (_, i) => article(`c${i}`, { tagIds: ["labour"] }));
    const ranked = rankRelated(target, [candidates[0]!, target], [target, ...candidates, candidates[1]!]);
    const ids = ranked.map((a) => a.id);
    expect(ids).toHaveLength(6);
    expect(ids).not.toContain("target");
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe("c0");
  });
});
