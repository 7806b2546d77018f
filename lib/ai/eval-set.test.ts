/**
 * The evaluation set (tests/fixtures/ai-eval) must stay sound as the demo corpus changes: every answer and key
 * sentence id must still be a sentence of its article (or its story), and the halves must stay balanced.
 * The scores themselves are benchmark figures (scripts/bench/ai.ts), not test assertions.
 */
import { describe, expect, it } from "vitest";

import { articleBySlug, storyOf } from "../../tests/fixtures/ai-eval/corpus";
import { humanKeyPoints, questions } from "../../tests/fixtures/ai-eval/evaluate";

const idsOf = (slugs: string[]) =>
  new Set(slugs.flatMap((slug) => articleBySlug.get(slug)?.sentences.map((s) => s.id) ?? []));

describe("the AI evaluation set", () => {
  it("is big enough: 60 answerable questions, 20 unanswerable ones, 15 articles' key sentences", () => {
    expect(questions.answerable.length).toBeGreaterThanOrEqual(60);
    expect(questions.unanswerable.length).toBeGreaterThanOrEqual(20);
    expect(humanKeyPoints.articles.length).toBeGreaterThanOrEqual(15);
  });

  it("points only at sentences that exist in the asked article's story", () => {
    for (const q of questions.answerable) {
      expect(articleBySlug.has(q.article), q.id).toBe(true);
      const ids = idsOf(storyOf(q.article));
      expect(
        q.answers.filter((id) => !ids.has(id)),
        `${q.id}: ${q.question}`,
      ).toEqual([]);
    }
    for (const q of questions.unanswerable) expect(articleBySlug.has(q.article), q.id).toBe(true);
    for (const item of humanKeyPoints.articles) {
      const ids = idsOf([item.article]);
      expect(
        item.keySentences.filter((id) => !ids.has(id)),
        item.article,
      ).toEqual([]);
      expect(item.keySentences.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("splits every part into a development half and a held-out half", () => {
    for (const list of [questions.answerable, questions.unanswerable, humanKeyPoints.articles]) {
      const held = list.filter((item) => item.split === "held-out").length;
      const dev = list.filter((item) => item.split === "development").length;
      expect(held + dev).toBe(list.length);
      expect(Math.abs(held - dev)).toBeLessThanOrEqual(1);
    }
  });
});
