import { describe, expect, it } from "vitest";

import { sentenceHash, splitSentences } from "./sentences";

const split = (text: string) => splitSentences(text).map((span) => span.text);

describe("splitSentences", () => {
  it("splits at full stops, question and exclamation marks followed by a new sentence", () => {
    expect(split("The vote is on Tuesday. Will it pass? Nobody knows! Councillors are split.")).toEqual([
      "The vote is on Tuesday.",
      "Will it pass?",
      "Nobody knows!",
      "Councillors are split.",
    ]);
  });

  it("keeps abbreviations, titles and initials inside their sentence", () => {
    expect(
      split(
        "Dr. Perrault met Mr. J. R. Okoro at 9 a.m. on Fri. morning, e.g. before the vote. It went well.",
      ),
    ).toEqual([
      "Dr. Perrault met Mr. J. R. Okoro at 9 a.m. on Fri. morning, e.g. before the vote.",
      "It went well.",
    ]);
    expect(split("The bill is No. 10 on the list. It passed.")).toEqual([
      "The bill is No. 10 on the list.",
      "It passed.",
    ]);
  });

  it("never splits a decimal or a number with a point", () => {
    expect(split("The scheme costs 1.4 billion. About 12.5 per cent is national money.")).toEqual([
      "The scheme costs 1.4 billion.",
      "About 12.5 per cent is national money.",
    ]);
  });

  it("keeps closing quotes with their sentence, and does not split a quote followed by its speaker", () => {
    expect(split('"We asked to be in the room." The union agreed. "Is it over?" she asked. It was.')).toEqual(
      ['"We asked to be in the room."', "The union agreed.", '"Is it over?" she asked.', "It was."],
    );
    expect(split("He called it “a better plan.” Then he left.")).toEqual([
      "He called it “a better plan.”",
      "Then he left.",
    ]);
  });

  it("does not split before a lower-case word, and keeps a trailing sentence without a stop", () => {
    expect(split("It rose 3 p.m. onwards, said officials. Then calm")).toEqual([
      "It rose 3 p.m. onwards, said officials.",
      "Then calm",
    ]);
  });

  it("returns offsets into the original text", () => {
    const text = "  First one.   Second one.  ";
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe("sentenceHash", () => {
  it("is the same for the same words whatever the spacing or case, and differs for other words", () => {
    expect(sentenceHash("The vote  is on Tuesday.")).toBe(sentenceHash("the vote is on tuesday."));
    expect(sentenceHash("The vote is on Tuesday.")).not.toBe(sentenceHash("The vote is on Wednesday."));
  });
});
