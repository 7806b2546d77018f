import { describe, expect, it } from "vitest";

import { canAnswer, cueMatches, questionType, sentenceCues } from "./question";

describe("questionType", () => {
  it.each([
    ["When will the council vote?", "when"],
    ["What date is the ratification vote?", "when"],
    ["How many homes flooded four winters ago?", "quantity"],
    ["How much will the barrier cost?", "quantity"],
    ["What percentage of grains were organic?", "quantity"],
    ["Who leads the dust analyser team?", "who"],
    ["Which minister announced the tariff?", "who"],
    ["Where is the new hospital?", "where"],
    ["Which shipping company ordered the ships?", "which"],
    ["Why did the strike end?", "why"],
    ["What did the union win?", "other"],
  ])("%s → %s", (question, type) => {
    expect(questionType(question)).toBe(type);
  });
});

describe("sentenceCues", () => {
  it("finds dates, numbers, names, places and reasons", () => {
    expect(sentenceCues("The vote is on the fourth of next month.")).toMatchObject({ date: true });
    expect(sentenceCues("The gates were installed in 2031.")).toMatchObject({ date: true, number: true });
    expect(sentenceCues("The storm flooded 600 homes.")).toMatchObject({ number: true, date: false });
    expect(sentenceCues("Twelve days of talks ended.")).toMatchObject({ number: true });
    expect(sentenceCues("The deal was welcomed by Greta Vanstone.")).toMatchObject({ name: true });
    expect(sentenceCues("The deal was welcomed by everyone.")).toMatchObject({ name: false, place: false });
    expect(sentenceCues("Crowds gathered in Velden.")).toMatchObject({ place: true });
    expect(sentenceCues("It ended because customers complained.")).toMatchObject({ reason: true });
  });

  it("does not take a month or the first word for a name", () => {
    expect(sentenceCues("Officials met in March.")).toMatchObject({ name: false, date: true });
  });

  it("matches a question type to the cue it wants", () => {
    const dated = sentenceCues("The vote is on Tuesday.");
    expect(cueMatches("when", dated)).toBe(true);
    expect(cueMatches("quantity", dated)).toBe(false);
    expect(cueMatches("other", dated)).toBe(false);
  });
});

describe("canAnswer", () => {
  it("wants a number for how many and a date or a span for when; rules nothing out for the rest", () => {
    const plain = sentenceCues("Engineers disagree about the barrier design.");
    expect(canAnswer("quantity", plain)).toBe(false);
    expect(canAnswer("when", plain)).toBe(false);
    expect(canAnswer("who", plain)).toBe(true);
    expect(canAnswer("other", plain)).toBe(true);
    // "Which company?" wants one named: "a regional shipping company" does not say which.
    expect(canAnswer("which", sentenceCues("The ships were ordered by a regional shipping company."))).toBe(
      false,
    );
    expect(canAnswer("which", sentenceCues("The ships were ordered by Carrow Marine."))).toBe(true);
    expect(canAnswer("quantity", sentenceCues("Engineers built 40 models."))).toBe(true);
    expect(canAnswer("when", sentenceCues("The crane will arrive in eighteen months."))).toBe(true);
    expect(canAnswer("when", sentenceCues("The vote is on Tuesday."))).toBe(true);
  });
});
