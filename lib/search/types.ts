import "server-only";

import type { SearchTerm } from "./query";

/** Results a page. */
export const SEARCH_PAGE_SIZE = 20;
/** Matches counted and paged through; beyond this the page says "more than 1,000". */
export const MAX_COUNTED_RESULTS = 1_000;
/**
 * A query matching more stories than this ranks only its newest this-many (by publication time, then id): both
 * engines reach them in publication order without scoring every match, so a word in nearly every story costs
 * about as much as one in a thousand. Equal to MAX_COUNTED_RESULTS, so every result a reader can page to is
 * ranked, and "more than 1,000" is also the sign that the ranking was bounded. See ADR 030, "Broad queries".
 */
export const RANKED_CANDIDATES = MAX_COUNTED_RESULTS;

export type SearchSort = "relevance" | "newest";

/** Filters by id, already resolved from the URL's slugs. Dates are UTC instants: from inclusive, to exclusive. */
export type ResolvedFilters = {
  sectionId?: string;
  sourceId?: string;
  authorId?: string;
  tagId?: string;
  from?: string;
  to?: string;
};

/** What a provider's search runs. */
export type EngineQuery = {
  query: { terms: SearchTerm[] };
  filters: ResolvedFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** Readers: PUBLISHED with publishedAt in the past. Staff (newsroom): every status. */
  publishedOnly: boolean;
  /** Single words also match as prefixes (newsroom). */
  prefix: boolean;
  /** "Now" for publishedAt and the recency boost, as an ISO instant. */
  now: string;
};

/** One result. Title and snippet carry highlight markers (see ./highlight.ts), never HTML. */
export type SearchHit = {
  id: string;
  slug: string;
  title: string;
  titleHighlighted: string;
  snippet: string;
  status: string;
  publishedAt: Date | null;
  section: { slug: string; name: string };
  source: { slug: string; name: string };
};

export type EngineResult = {
  hits: SearchHit[];
  /**
   * Matches, counted up to MAX_COUNTED_RESULTS + 1. Past MAX_COUNTED_RESULTS only the newest RANKED_CANDIDATES
   * were ranked (sort "relevance") or listed (sort "newest").
   */
  total: number;
};

/** Each provider's implementation (./sqlite.ts, ./postgres.ts). */
export type SearchEngine = {
  search(query: EngineQuery): Promise<EngineResult>;
  /** Ids of matching articles, best first (the newsroom list orders them its own way). */
  matchingIds(query: Omit<EngineQuery, "offset" | "sort">): Promise<string[]>;
};

/** Start and end of a highlighted stretch, in titles and snippets: private-use characters no text contains. */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** Ranking: column weights (title A, dek and tags B, authors and source C, body D) and a mild recency boost. */
export const WEIGHTS = { title: 10, dek: 4, tags: 4, people: 2, body: 1 } as const;
/** A story published now scores up to 25% more; the boost halves at 30 days and fades after that. */
export const RECENCY_BOOST = 0.25;
export const RECENCY_HALF_LIFE_DAYS = 30;
