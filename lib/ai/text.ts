/** Words for ranking: lower case, stop words dropped, stemmed. Pure (unit tests, benchmark). */
import { stemmer as porterStem } from "stemmer";

const STOP_WORDS = new Set(
  (
    "a an the and or but nor so yet of to in on at by for with from into onto over under about after before " +
    "between through during without within against among than then that this these those there here it its " +
    "is are was were be been being am do does did done doing have has had having will would shall should can " +
    "could may might must i me my we us our you your he him his she her they them their what which who whom " +
    "whose when where why how all any both each few more most other some such no not only own same too very " +
    "just also as if while up down out off again further once said says say according told tell new one " +
    "much many " +
    // Light verbs: in a question they carry the grammar, not the subject ("how did it get in?").
    "get gets got make makes made take takes took happen happens happened change changes changed go goes went " +
    "come comes came"
  ).split(" "),
);

/** Porter's stemmer, so "floods", "flooded" and "flooding" meet, and "transmitting" meets "transmit". */
export function stem(word: string): string {
  return /\d/.test(word) ? word : porterStem(word);
}

/** The content words of a text, stemmed, in order (repeats kept). */
export function contentTerms(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu);
  if (!words) return [];
  const terms: string[] = [];
  for (const raw of words) {
    const word = raw
      .replace(/[’']s$/, "")
      .replace(/[’']/g, "")
      .replace(/,/g, "");
    if (STOP_WORDS.has(word) || word.length < 2) continue;
    terms.push(stem(word));
  }
  return terms;
}
