/**
 * What an article says, for grouping: stemmed content words of its title and opening text, and the named
 * entities (capitalised phrases) in them. Pure (no server-only) so unit tests, the seed and the benchmark use it.
 */
import { stemmer } from "stemmer";
import { eng } from "stopword";

import { OPENING_WORDS, TITLE_REPEAT } from "./thresholds";

export type ArticleText = { title: string; dek?: string; excerpt?: string; body?: string };

export type ArticleFeatures = {
  /** Stem → count (title words count TITLE_REPEAT times). */
  terms: Map<string, number>;
  /** Lower-cased capitalised phrases, e.g. "velden flood barrier". */
  entities: Set<string>;
  /** Tag ids (or slugs): whatever identifies a tag consistently. */
  tags: string[];
};

/** Words a news report uses whatever it is about: they say nothing about which event it covers. */
const NEWS_FILLER = [
  "said",
  "says",
  "told",
  "according",
  "also",
  "would",
  "could",
  "will",
  "new",
  "one",
  "two",
  "three",
  "first",
  "last",
  "week",
  "weeks",
  "day",
  "days",
  "year",
  "years",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
  "morning",
  "evening",
  "night",
  "update",
  "updated",
  "report",
  "reported",
  "reports",
  "people",
  "officials",
  "local",
];

const STOPWORDS = new Set([...eng, ...NEWS_FILLER]);

/** Markdown and HTML marks that are not words. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`~|]/g, " ");
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The first `count` words of `text`. */
function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, count).join(" ");
}

/** Stemmed content words of `text` (no stopwords, no bare numbers, no one- or two-letter words). */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of plain(text).toLowerCase().matchAll(WORD)) {
    const word = match[0]
      .replace(/['’]s$/, "")
      .normalize("NFKD")
      .replace(/\p{M}/gu, "");
    if (word.length < 3 || /^\d+$/.test(word) || STOPWORDS.has(word)) continue;
    terms.push(stemmer(word));
  }
  return terms;
}

/** Small words allowed inside a name: "Bank of Velden", "Port de Mar". */
const NAME_JOINERS = new Set(["of", "de", "la", "le", "van", "von", "del", "and"]);

const isCapitalised = (word: string) => /^\p{Lu}[\p{L}\p{N}'’.-]*$/u.test(word);

/**
 * Capitalised phrases: runs of capitalised words, leading stopwords dropped ("The Velden Council" → "velden
 * council"). A lone capitalised word that starts a sentence is usually just the sentence's first word, so it
 * counts only if it also appears capitalised elsewhere in the text.
 */
export function namedEntities(text: string): Set<string> {
  const sentences = plain(text).split(/(?<=[.!?:;])\s+|\n+/);
  const found: { phrase: string; atStart: boolean }[] = [];
  const midSentence = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.split(/[\s,()"“”‘]+/).filter(Boolean);
    let run: string[] = [];
    let runStart = -1;
    const flush = (endIndex: number) => {
      while (
        run.length &&
        (NAME_JOINERS.has(run.at(-1)!.toLowerCase()) || STOPWORDS.has(run.at(-1)!.toLowerCase()))
      )
        run.pop();
      let start = runStart;
      while (run.length && STOPWORDS.has(run[0]!.toLowerCase())) {
        run.shift();
        start++;
      }
      if (run.length) {
        const phrase = run
          .map((word) => word.replace(/['’]s$/, "").replace(/[.'’-]+$/, ""))
          .join(" ")
          .toLowerCase();
        if (phrase.length >= 3) {
          found.push({ phrase, atStart: start === 0 && run.length === 1 });
          if (start > 0) midSentence.add(phrase);
        }
      }
      run = [];
      runStart = endIndex;
    };
    words.forEach((raw, index) => {
      const word = raw.replace(/^[^\p{L}\p{N}]+/u, "").replace(/[^\p{L}\p{N}'’.-]+$/u, "");
      const joins = run.length > 0 && NAME_JOINERS.has(word);
      if (isCapitalised(word) || joins) {
        if (run.length === 0) runStart = index;
        run.push(word);
      } else {
        flush(index + 1);
      }
    });
    flush(words.length);
  }
  return new Set(
    found
      .filter((entity) => !entity.atStart || midSentence.has(entity.phrase))
      .map((entity) => entity.phrase),
  );
}

function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && word.length > 3);
  return words.length >= 3 && words.filter(isCapitalised).length / words.length > 0.6;
}

/** Title (counted TITLE_REPEAT times), then dek, excerpt and the body's first words. */
export function articleFeatures(article: ArticleText, tags: string[] = []): ArticleFeatures {
  const opening = [
    article.dek ?? "",
    article.excerpt ?? "",
    firstWords(plain(article.body ?? ""), OPENING_WORDS),
  ]
    .filter(Boolean)
    .join("\n");
  const terms = new Map<string, number>();
  const add = (text: string, times: number) => {
    for (const term of contentTerms(text)) terms.set(term, (terms.get(term) ?? 0) + times);
  };
  add(article.title, TITLE_REPEAT);
  add(opening, 1);
  // A Title-Cased Headline would read as one long name; only sentence-case titles are mined for names.
  const entities = namedEntities(isTitleCase(article.title) ? opening : `${article.title}.\n${opening}`);
  return { terms, entities, tags: [...new Set(tags)] };
}
