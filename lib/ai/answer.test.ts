import { describe, expect, it } from "vitest";

import { answerQuestion, buildIndex, poolSentence, SUPPORT_THRESHOLD } from "./answer";

const article = (articleId: string, texts: string[]) =>
  texts.map((text, position) =>
    poolSentence(articleId, { id: `s-${articleId}-${position}`, text, position }),
  );

const index = buildIndex([
  ...article("a", [
    "The council will vote on the barrier after a debate.",
    "The barrier would cost 1.4 billion over eight years.",
    "Council leader Marit Solberg proposed the barrier.",
    "Residents of Eastbank want the barrier built.",
  ]),
  ...article("b", [
    "The vote on the barrier is set for the fourth of March.",
    "Engineers disagree about the barrier design.",
  ]),
]);

const ids = (question: string, current = "a") => {
  const answer = answerQuestion(index, question, current);
  return answer.kind === "answer" ? answer.sentences.map(({ sentence }) => sentence.id) : answer.kind;
};

describe("answerQuestion", () => {
  it("quotes the sentence that best supports the question", () => {
    expect(ids("How much would the barrier cost?")[0]).toBe("s-a-1");
    expect(ids("Who proposed the barrier?")[0]).toBe("s-a-2");
  });

  it("prefers sentences with the kind of fact the question asks for", () => {
    // Both sentences are about the vote; only one has a date.
    expect(ids("When is the vote on the barrier?")[0]).toBe("s-b-0");
  });

  it("answers from the story's other articles too, with at most three sentences", () => {
    expect(ids("What do engineers say about the barrier design?")[0]).toBe("s-b-1");
    expect(ids("barrier").length).toBeLessThanOrEqual(3);
  });

  it("declines when nothing clears the support threshold", () => {
    expect(SUPPORT_THRESHOLD).toBeGreaterThan(0);
    expect(ids("What did the mayor eat for breakfast?")).toBe("decline");
    expect(ids("How many fish live in the estuary?")).toBe("decline");
    expect(ids("?!")).toBe("decline");
  });

  it("declines a how-many or when question that no supporting sentence answers with a number or a date", () => {
    // Fully on topic, but says no number: quoting it would look like an answer and not be one.
    expect(ids("How many engineers disagree about the barrier design?")).toBe("decline");
    expect(ids("When did engineers disagree about the design?")).toBe("decline");
  });

  it("answers a how-many question only when its best match states a quantity", () => {
    const counted = buildIndex(
      article("c", [
        "About 900 dockworkers voted to strike over the automated cranes.",
        "Ships queue in the bay.",
        "The harbourmaster expects delays.",
      ]),
    );
    const answer = answerQuestion(counted, "How many dockworkers voted to strike?", "c");
    expect(answer.kind === "answer" && answer.sentences.map(({ sentence }) => sentence.id)).toEqual([
      "s-c-0",
    ]);

    // The sentence that best matches the question gives no number; a weaker match that has one is not dug out
    // in its place, because that is how a number about something else ends up quoted as the answer.
    const uncounted = buildIndex(
      article("e", [
        "Dockworkers voted to strike over the automated cranes at the port.",
        "About 900 dockworkers voted on the new ferry timetable.",
        "The harbourmaster expects delays.",
      ]),
    );
    expect(answerQuestion(uncounted, "How many dockworkers voted to strike?", "e").kind).toBe("decline");
  });

  it("matches an irregular past form to the question's verb", () => {
    const census = buildIndex(
      article("d", ["The population of the valleys grew by 4 per cent.", "The valleys lost a dentist."]),
    );
    const answer = answerQuestion(census, "How much did the population of the valleys grow?", "d");
    expect(answer.kind === "answer" && answer.sentences[0]!.sentence.id).toBe("s-d-0");
  });

  it("supports in proportion to the question's rarer words: a common word alone is not enough", () => {
    const answer = answerQuestion(index, "Is the barrier made of chocolate and marzipan?", "a");
    expect(answer.kind).toBe("decline");
  });

  it("declines a which-question when the matching sentence names nobody", () => {
    const ships = buildIndex(
      article("s", [
        "The 90-metre vessels, ordered by a regional shipping company, will carry rotor sails.",
        "The yard expects to launch the first hull next spring.",
      ]),
    );
    expect(answerQuestion(ships, "Which shipping company ordered the vessels?", "s").kind).toBe("decline");
    const named = buildIndex(
      article("t", ["The vessels were ordered by Northgate Shipping, a regional company."]),
    );
    expect(answerQuestion(named, "Which shipping company ordered the vessels?", "t").kind).toBe("answer");
  });

  it("does not hold a reader's filler words against the story", () => {
    const race = buildIndex(
      article("r", [
        "Of the 212 starters, 71 finished, the lowest completion rate in the race's history.",
        "The heat was the worst the organisers had seen.",
      ]),
    );
    const answer = answerQuestion(race, "How many actually finished the race?", "r");
    expect(answer.kind === "answer" && answer.sentences[0]!.sentence.id).toBe("s-r-0");
  });
});
