import "server-only";

/**
 * The one search-query parser. Both engines (SQLite FTS5 and PostgreSQL tsquery) receive a query built here from
 * plain words, so quotes, exclusions and junk mean the same on both, and nothing a reader types is ever read as
 * FTS syntax: every word is a run of letters and digits, and every term is quoted for the engine.
 *
 * - `port strike`      both words, anywhere in the story (AND)
 * - `"port strike"`    the words next to each other, in that order (an unclosed quote runs to the end)
 * - `-crane`, `-"x y"` stories with the word or phrase are left out
 * - `well-known`, `U.S.`, `Velden's`: words joined by punctuation are a phrase (as the indexes store them)
 * - very common English words (`the`, `and`, `of`…) are dropped outside phrases; PostgreSQL does not index them
 *
 * Words are folded (lower case, accents removed) and each engine stems them itself (English).
 */

/** Longer input is cut here (and the page says so). */
export const MAX_QUERY_LENGTH = 200;
/** Terms (words and phrases, included or excluded) beyond this are dropped (and the page says so). */
export const MAX_TERMS = 10;
/** Words in one phrase beyond this are dropped. */
export const MAX_PHRASE_WORDS = 10;

export type SearchTerm = {
  /** One word, or several: a phrase. Only letters and digits, folded to lower case without accents. */
  words: string[];
  /** A `-word` or `-"phrase"`: stories containing it are left out. */
  exclude: boolean;
};

export type ParsedQuery = {
  terms: SearchTerm[];
  /** A canonical spelling of the query (`port "crane automation" -strike`): the cache key, shown to readers. */
  key: string;
  /** The input was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
  /** The input had more than MAX_TERMS terms; the rest were dropped. */
  droppedTerms: boolean;
  /** Common words that were left out. */
  ignored: string[];
};

/** PostgreSQL's `english` stop words (tsearch_data/english.stop): it does not index these, so neither do queries. */
const STOP_WORDS = new Set(
  (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers " +
    "herself it its itself they them their theirs themselves what which who whom this that these those am is are " +
    "was were be been being have has had having do does did doing a an the and but if or because as until while " +
    "of at by for with about against between into through during before after above below to from up down in out " +
    "on off over under again further then once here there when where why how all any both each few more most " +
    "other some such no nor not only own same so than too very s t can will just don should now"
  ).split(" "),
);

const QUOTE = /["“”„‟«»＂]/u;
/** Characters that end a chunk (a run of text read as one word or a punctuation-joined phrase). */
const CHUNK_BREAK = /[\s"“”„‟«»＂()[\]{}<>,;!?]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents and compatibility forms folded: "Café" → "cafe", "ｆｉ" → "fi". */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function wordsOf(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** The first value of a query-string parameter (`?q=a&q=b` reads as `a`); anything else is empty. */
export function firstParam(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return "";
}

export function parseSearchQuery(input: unknown): ParsedQuery {
  // Cut long input cheaply before any work; then by code points, so no surrogate pair is split.
  const raw = firstParam(input).slice(0, MAX_QUERY_LENGTH * 4);
  const points = Array.from(raw);
  const truncated = points.length > MAX_QUERY_LENGTH;
  let kept = points.slice(0, MAX_QUERY_LENGTH).join("");
  // A cut through a word would search for a fragment of it: leave the fragment out.
  if (truncated && /[\p{L}\p{N}]$/u.test(kept) && /^[\p{L}\p{N}]/u.test(points[MAX_QUERY_LENGTH]!)) {
    kept = kept.replace(/[\p{L}\p{N}]+$/u, "");
  }
  // Control and private-use characters (NUL, the highlight markers) are separators.
  const text = kept.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, " ");

  const found: SearchTerm[] = [];
  const ignored: string[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/u.test(char) || (CHUNK_BREAK.test(char) && !QUOTE.test(char))) {
      i++;
      continue;
    }
    let exclude = false;
    while (text[i] === "-" || text[i] === "−") {
      exclude = true;
      i++;
    }
    if (i >= text.length) break;
    if (QUOTE.test(text[i]!)) {
      // A quoted phrase, up to the next quote of any kind (or the end: an unclosed quote).
      let end = i + 1;
      while (end < text.length && !QUOTE.test(text[end]!)) end++;
      const words = wordsOf(text.slice(i + 1, end));
      i = end + 1;
      if (words.length === 0) continue;
      if (words.every((word) => STOP_WORDS.has(word))) {
        ignored.push(words.join(" "));
        continue;
      }
      found.push({ words: words.slice(0, MAX_PHRASE_WORDS), exclude });
      continue;
    }
    let end = i;
    while (end < text.length && !CHUNK_BREAK.test(text[end]!)) end++;
    if (end === i) {
      // A lone "-" before a separator.
      i++;
      continue;
    }
    const words = wordsOf(text.slice(i, end));
    i = end;
    if (words.length === 0) continue;
    if (words.every((word) => STOP_WORDS.has(word))) {
      ignored.push(words.join(" "));
      continue;
    }
    found.push({ words: words.slice(0, MAX_PHRASE_WORDS), exclude });
  }

  const seen = new Set<string>();
  const unique = found.filter((term) => {
    const id = termKey(term);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const terms = unique.slice(0, MAX_TERMS);
  return {
    terms,
    key: terms.map(termKey).join(" "),
    truncated,
    droppedTerms: unique.length > MAX_TERMS,
    ignored: [...new Set(ignored)],
  };
}

function termKey(term: SearchTerm): string {
  const body = term.words.length > 1 ? `"${term.words.join(" ")}"` : term.words[0]!;
  return term.exclude ? `-${body}` : body;
}

/** True when the query has something to look for (exclusions alone cannot be searched). */
export function isSearchable(query: Pick<ParsedQuery, "terms">): boolean {
  return query.terms.some((term) => !term.exclude);
}

export type MatchOptions = {
  /** Single words also match longer words they begin (newsroom search: "salt" finds "Saltmarsh"). */
  prefix?: boolean;
};

/**
 * An FTS5 MATCH expression: every term a quoted string (`"word"`, `"two words"` for a phrase), joined with AND,
 * exclusions with NOT. Null when there is nothing to search for.
 */
export function toFts5Match(query: Pick<ParsedQuery, "terms">, options: MatchOptions = {}): string | null {
  if (!isSearchable(query)) return null;
  const quote = (term: SearchTerm) => {
    const string = `"${term.words.join(" ").replaceAll('"', '""')}"`;
    return options.prefix && term.words.length === 1 ? `${string}*` : string;
  };
  const included = query.terms.filter((term) => !term.exclude).map(quote);
  const excluded = query.terms.filter((term) => term.exclude).map(quote);
  return [`(${included.join(" AND ")})`, ...excluded].join(" NOT ");
}

/**
 * A to_tsquery() text: every word single-quoted (`'word'`), phrases as `('a' <-> 'b')`, joined with `&`,
 * exclusions with `!`. Words are letters and digits only, so nothing in them is tsquery syntax.
 * Null when there is nothing to search for.
 */
export function toTsQuery(query: Pick<ParsedQuery, "terms">, options: MatchOptions = {}): string | null {
  if (!isSearchable(query)) return null;
  const lexeme = (word: string) => `'${word.replaceAll("'", "''")}'`;
  const render = (term: SearchTerm) => {
    if (term.words.length === 1)
      return options.prefix ? `${lexeme(term.words[0]!)}:*` : lexeme(term.words[0]!);
    return `(${term.words.map(lexeme).join(" <-> ")})`;
  };
  const included = query.terms.filter((term) => !term.exclude).map(render);
  const excluded = query.terms.filter((term) => term.exclude).map((term) => `!${render(term)}`);
  return [...included, ...excluded].join(" & ");
}
