/**
 * Sentence splitting for the grounded AI panel (docs/adr/062-grounded-ai-panel.md). Pure, so the unit tests and
 * the benchmark reach it; the app imports it through lib/ai.
 *
 * A rule splitter rather than an NLP model: the panel must anchor each sentence in the rendered HTML, so it needs
 * exact character offsets, and it runs over every sentence of a 500-article story on a cold Ask.
 */

export type SentenceSpan = { start: number; end: number; text: string };

/** Words whose trailing full stop does not end a sentence (lower case, without the stop). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "st",
  "mt",
  "jr",
  "sr",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cpt",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "pres",
  "supt",
  "insp",
  "det",
  "cllr",
  "inc",
  "ltd",
  "co",
  "corp",
  "plc",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "cf",
  "approx",
  "est",
  "vol",
  "fig",
  "figs",
  "pp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "ave",
  "rd",
  "blvd",
  "sq",
  "dept",
  "univ",
  "assn",
  "bros",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
]);

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

/** Whether the full stop at `dot` belongs to an abbreviation, an initial or a number rather than ending a sentence. */
function isAbbreviationStop(text: string, dot: number, starter: string): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // "No. 10", "Nos. 4 and 5"
  if ((word === "no" || word === "nos") && /\p{N}/u.test(starter)) return true;
  // A single capital letter is an initial ("J. Smith"), and so is a dotted run ("J.R.R.").
  if (/^\p{Lu}$/u.test(text.slice(start, dot))) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word) && !/^(a\.m|p\.m)$/.test(word)) return true;
  return false;
}

/**
 * Splits prose into sentences: a run of . ! ? (or …), then any closing quotes or brackets, then white space and
 * something that can start a sentence (a capital, a digit, an opening quote). Decimals ("1.4") never split, as no
 * space follows the point; abbreviations and initials don't either.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = 0;
  const push = (end: number) => {
    let start = sentenceStart;
    while (start < end && /\s/.test(text[start]!)) start++;
    let stop = end;
    while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
    if (stop > start) spans.push({ start, end: stop, text: text.slice(start, stop) });
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== "." && char !== "!" && char !== "?" && char !== "…") continue;
    let end = i + 1;
    while (end < text.length && /[.!?…]/.test(text[end]!)) end++;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next >= text.length) break;
    const starter = text[next]!;
    const startsSentence = /[\p{Lu}\p{N}]/u.test(starter) || OPENERS.includes(starter);
    if (!startsSentence || (char === "." && end === i + 1 && isAbbreviationStop(text, i, starter))) {
      i = end - 1;
      continue;
    }
    push(end);
    sentenceStart = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/** FNV-1a: a short, stable id for a sentence's normalised text (the same words keep the same anchor). */
export function sentenceHash(text: string): string {
  const normalised = text.toLowerCase().replace(/\s+/g, " ").trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) {
    hash ^= normalised.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, "0");
}
