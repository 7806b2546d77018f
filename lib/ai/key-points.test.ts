import { describe, expect, it } from "vitest";

import { renderMarkdown } from "../markdown/render";
import { sentencesFromHtml } from "./body-sentences";
import { keyPointCount, selectKeyPoints, speechFlags } from "./key-points";

const article = `Velden's council voted on Tuesday to build a movable flood barrier across the River Aske.

The barrier will have five steel gates and will cost 1.4 billion over eight years. Councillors approved the flood barrier by 29 votes to 18 after a long debate.

It was raining. The café sold out of soup.

Supporters of the barrier say the old town floods too often without it. Opponents of the barrier wanted cheaper embankments and floodable parks instead.

Work on the barrier gates is due to start next spring. The first gate should be working within three years, the council said.

Someone brought biscuits. A dog barked outside.`;

const sentences = sentencesFromHtml(renderMarkdown(article));
const points = selectKeyPoints(sentences, "Velden votes to build River Aske flood barrier");

describe("selectKeyPoints", () => {
  it("chooses three to five of the article's own sentences, in reading order", () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    for (const point of points) expect(sentences).toContainEqual(point);
    const positions = points.map((point) => point.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("prefers the central, headline-related sentences to the asides", () => {
    const texts = points.map((point) => point.text);
    expect(texts[0]).toMatch(/^Velden's council voted on Tuesday/);
    expect(texts.some((text) => text.includes("29 votes to 18"))).toBe(true);
    for (const aside of [
      "It was raining.",
      "The café sold out of soup.",
      "Someone brought biscuits.",
      "A dog barked outside.",
    ])
      expect(texts).not.toContain(aside);
  });

  it("is the same every time for the same text", () => {
    expect(selectKeyPoints(sentences, "Velden votes to build River Aske flood barrier")).toEqual(points);
  });

  it("gives short articles three points and long ones up to five, never more than there are sentences", () => {
    expect(keyPointCount(8)).toBe(3);
    expect(keyPointCount(15)).toBe(4);
    // A person picking key sentences picks five from a news story of twenty-odd sentences.
    expect(keyPointCount(20)).toBe(5);
    expect(keyPointCount(40)).toBe(5);
    expect(selectKeyPoints(sentences.slice(0, 2), "x")).toHaveLength(2);
  });
});

describe("paragraph openings", () => {
  const opening = "The barrier's gates will close whenever a storm tide threatens the old town.";
  const detail = "The barrier's gates will be tested each spring, when storm tides threaten the old town.";
  const withParagraph = (paragraph: string) =>
    sentencesFromHtml(
      renderMarkdown(`Velden's council voted on Tuesday to build a movable flood barrier across the River Aske.

Councillors approved the barrier by 29 votes to 18 after a long debate about the river.

It was raining. The café sold out of soup.

${paragraph}

Work on the flood barrier is due to start next spring. Someone brought biscuits.`),
    );

  const chosen = (paragraph: string) =>
    selectKeyPoints(withParagraph(paragraph), "Velden votes to build River Aske flood barrier").map(
      (point) => point.text,
    );

  it("takes a paragraph's point from the sentence that opens it, not the one after that says much the same", () => {
    const texts = chosen(`${opening} ${detail}`);
    expect(texts).toContain(opening);
    expect(texts).not.toContain(detail);
  });

  it("follows the paragraph, not the wording: swapped round, the other sentence is the one chosen", () => {
    const texts = chosen(`${detail} ${opening}`);
    expect(texts).toContain(detail);
    expect(texts).not.toContain(opening);
  });
});

describe("quoted speech", () => {
  const quoted = sentencesFromHtml(
    renderMarkdown(`Velden's council voted to build a flood barrier across the River Aske.

"The flood barrier vote was the council's hardest.
The barrier will protect the river town from floods," said the mayor.

The flood barrier will cost 1.4 billion and take eight years to build.

Opponents of the barrier wanted cheaper embankments along the river.`),
  );

  it("marks the sentences that open a quotation or continue one", () => {
    expect(speechFlags(quoted)).toEqual([false, true, true, false, false]);
  });

  it("is not chosen as a key point, however central its words", () => {
    const texts = selectKeyPoints(quoted, "Velden votes to build River Aske flood barrier").map(
      (s) => s.text,
    );
    expect(texts).toHaveLength(3);
    expect(texts.some((text) => /said the mayor|hardest/.test(text))).toBe(false);
  });
});
