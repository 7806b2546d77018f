import "server-only";

import { MARK_END, MARK_START } from "./types";

/**
 * Titles and snippets come from the engines as plain text with MARK_START/MARK_END around matched words (FTS5
 * snippet()/highlight(), PostgreSQL ts_headline() with StartSel/StopSel). They are split here into parts that the
 * page renders as React text and <mark> elements, so nothing from the index is ever read as HTML.
 */
export type HighlightPart = { text: string; mark: boolean };

export function splitHighlights(text: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  let current = "";
  const push = () => {
    if (!current) return;
    const last = parts.at(-1);
    if (last && last.mark === marked) last.text += current;
    else parts.push({ text: current, mark: marked });
    current = "";
  };
  for (const char of text) {
    if (char === MARK_START || char === MARK_END) {
      // Unbalanced or nested markers are ignored rather than trusted.
      const opening = char === MARK_START;
      if (opening === marked) continue;
      push();
      marked = opening;
      continue;
    }
    current += char;
  }
  push();
  return parts;
}

/**
 * Bodies are Markdown: a snippet loses link targets, emphasis and heading/quote markers, raw HTML tags (the article
 * page strips them too) and its line breaks, so it reads as plain text.
 */
export function cleanSnippet(text: string): string {
  return text
    .replace(/<\/?[a-z][^<>]*>/gi, "")
    .replace(/^[ \t]{0,3}(?:#{1,6}|>)[ \t]*/gm, "")
    .replace(/\]\([^)\s]*\)?/g, "")
    .replace(/[[\]*`]|_{2,}/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
