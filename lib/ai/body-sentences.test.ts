import { describe, expect, it } from "vitest";

import { renderMarkdown } from "../markdown/render";
import { anchorSentences, sentencesFromHtml } from "./body-sentences";

const body = `The barrier will cost 1.4 billion. Dr. Solberg said it was *the* answer.

## What next

- A vote is due in *March. The* council is split.
- Nobody &amp; nothing else.

\`\`\`
code. Is not prose.
\`\`\``;

describe("sentencesFromHtml", () => {
  const html = renderMarkdown(body);
  const sentences = sentencesFromHtml(html);

  it("reads the prose of paragraphs and list items, not headings or code, with entities decoded", () => {
    expect(sentences.map((s) => s.text)).toEqual([
      "The barrier will cost 1.4 billion.",
      "Dr. Solberg said it was the answer.",
      "A vote is due in March.",
      "The council is split.",
      "Nobody & nothing else.",
    ]);
    expect(sentences.map((s) => [s.block, s.index])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
    ]);
  });

  it("gives each sentence an id from its words, kept when other sentences change", () => {
    const edited = sentencesFromHtml(
      renderMarkdown(`A new first paragraph.\n\n${body.replace("split", "divided")}`),
    );
    const id = (list: typeof sentences, text: string) => list.find((s) => s.text === text)?.id;
    expect(id(edited, "The barrier will cost 1.4 billion.")).toBe(
      id(sentences, "The barrier will cost 1.4 billion."),
    );
    expect(id(edited, "The council is divided.")).not.toBe(id(sentences, "The council is split."));
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
  });

  it("tells repeated sentences apart", () => {
    const repeated = sentencesFromHtml(renderMarkdown("It rained. It rained."));
    expect(repeated[0]!.id).not.toBe(repeated[1]!.id);
  });
});

describe("anchorSentences", () => {
  const html = renderMarkdown(body);
  const anchored = anchorSentences(html);

  it("wraps each sentence in an element with its id, leaving the text as it was", () => {
    for (const sentence of sentencesFromHtml(html)) expect(anchored).toContain(`id="${sentence.id}"`);
    expect(anchored.replace(/<span class="ai-s[^"]*" id="[^"]+">|<\/span>/g, "")).toBe(html);
    expect(anchored).toMatch(
      /<span class="ai-s" id="s-[a-z0-9]+">Dr\. Solberg said it was <em>the<\/em> answer\.<\/span>/,
    );
  });

  it("marks a sentence that crosses an emphasis with an empty anchor instead of breaking the markup", () => {
    const crossing = sentencesFromHtml(html).find((s) => s.text === "A vote is due in March.")!;
    expect(anchored).toContain(`<span class="ai-s-anchor" id="${crossing.id}"></span>A vote`);
  });
});
