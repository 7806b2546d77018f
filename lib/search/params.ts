import "server-only";

import { parsePageParam } from "../pagination";
import { isValidSlug, slugify } from "../slug";
import { firstParam, MAX_QUERY_LENGTH, parseSearchQuery, type ParsedQuery } from "./query";
import type { SearchSort } from "./types";

/**
 * The search page's URL: /search?q=…&sort=newest&section=…&source=…&author=…&tag=…&from=YYYY-MM-DD&to=YYYY-MM-DD&page=N.
 * Every value may be missing, repeated or junk; nothing here throws. Values that can't be used are left out and
 * described in `problems`, which the page shows.
 */
export type SearchParamsInput = Record<string, string | string[] | undefined>;

export type SearchUrlFilters = {
  section?: string;
  source?: string;
  author?: string;
  /** A tag's slug, or what a reader typed in the tag box (resolved later, by slug, then by name). */
  tag?: string;
  from?: string;
  to?: string;
};

export type ParsedSearchParams = {
  /** As typed (first value only), cut to MAX_QUERY_LENGTH: for the search box and links. */
  q: string;
  query: ParsedQuery;
  sort: SearchSort;
  /** Null for a page value that isn't a page number. */
  page: number | null;
  filters: SearchUrlFilters;
  problems: string[];
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day between 1900 and 2200 as YYYY-MM-DD, or null. */
export function parseDay(value: string): string | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? value
    : null;
}

/** Start of a UTC day, and start of the day after (the `to` day is included). */
export function dayStart(day: string): string {
  return new Date(`${day}T00:00:00.000Z`).toISOString();
}
export function dayAfter(day: string): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + 86_400_000).toISOString();
}

const quoteValue = (value: string) => `“${Array.from(value).slice(0, 60).join("")}”`;

/** A repeated page is not a page; neither is anything parsePageParam refuses. */
function pageParam(values: string[]): number | null {
  return parsePageParam(values.length > 1 ? values : values[0]);
}

/**
 * Whether a /search query string names no page (`?page=abc`, `0`, `-1`, repeated, past MAX_PAGE). The proxy
 * answers those with the not-found page and a 404 (lib/request-guard/missing-pages.ts): the page itself renders
 * per request, so by the time it knows, its 200 has been sent.
 */
export function isNotASearchPage(query: URLSearchParams): boolean {
  return pageParam(query.getAll("page")) === null;
}

export function parseSearchParams(params: SearchParamsInput): ParsedSearchParams {
  const problems: string[] = [];
  const rawQ = firstParam(params.q);
  const q = Array.from(rawQ.slice(0, MAX_QUERY_LENGTH * 4))
    .slice(0, MAX_QUERY_LENGTH)
    .join("")
    .replace(/[\p{Cc}\p{Co}]/gu, " ");
  const query = parseSearchQuery(rawQ);

  const rawSort = firstParam(params.sort);
  const sort: SearchSort = rawSort === "newest" ? "newest" : "relevance";
  if (rawSort && rawSort !== "newest" && rawSort !== "relevance")
    problems.push(`There is no sort order called ${quoteValue(rawSort)}; showing the best matches first.`);

  const page = pageParam(params.page === undefined ? [] : [params.page].flat());

  const filters: SearchUrlFilters = {};
  for (const kind of ["section", "source", "author"] as const) {
    const value = firstParam(params[kind]).trim();
    if (!value) continue;
    if (isValidSlug(value)) filters[kind] = value;
    else problems.push(`There is no ${kind} called ${quoteValue(value)}, so that filter was left out.`);
  }
  const tag = firstParam(params.tag).trim().replace(/^#+/, "").slice(0, 100);
  if (tag) {
    if (slugify(tag)) filters.tag = tag;
    else problems.push(`There is no tag called ${quoteValue(tag)}, so that filter was left out.`);
  }

  for (const kind of ["from", "to"] as const) {
    const value = firstParam(params[kind]).trim();
    if (!value) continue;
    const day = parseDay(value);
    if (day) filters[kind] = day;
    else
      problems.push(
        `${quoteValue(value)} is not a date (use the form 2026-11-27), so the “${kind}” date was left out.`,
      );
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
    problems.push("The “from” date was after the “to” date, so they were swapped.");
  }

  return { q, query, sort, page, filters, problems };
}

/** The URL of a search, with only the parameters that are set (page 1 and relevance are the defaults). */
export function searchHref(
  input: { q: string; sort?: SearchSort; page?: number; filters?: SearchUrlFilters },
  base = "/search",
): string {
  const params = new URLSearchParams();
  if (input.q) params.set("q", input.q);
  if (input.sort === "newest") params.set("sort", "newest");
  for (const [key, value] of Object.entries(input.filters ?? {})) if (value) params.set(key, value);
  if (input.page && input.page > 1) params.set("page", String(input.page));
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

/** The parameters a search reads, in the order its cache key lists them. */
const SEARCH_PARAMS = ["q", "sort", "section", "source", "author", "tag", "from", "to", "page"] as const;
/**
 * Longest key a search is cached under. Next tags each page with its path, and a tag over 256 characters is
 * dropped; a longer search (rare: about 130 characters of query string) renders per request instead.
 */
const MAX_KEY_LENGTH = 180;

/** The parameters a search uses, first values only and none empty, in a fixed order. */
function canonicalSearch(query: URLSearchParams): string {
  const canonical = new URLSearchParams();
  for (const name of SEARCH_PARAMS) {
    const value = query.get(name);
    if (value) canonical.set(name, value);
  }
  return canonical.toString();
}

/**
 * Where a search is served from a page cached whole: `/search/r/<key>`, the key being its parameters
 * (canonical, base64url). Null for the bare search page and for searches too long to key.
 */
export function cachedSearchPath(query: URLSearchParams): string | null {
  const canonical = canonicalSearch(query);
  if (!canonical) return null;
  const key = Buffer.from(canonical, "utf8").toString("base64url");
  return key.length <= MAX_KEY_LENGTH ? `/search/r/${key}` : null;
}

/**
 * The search a key names, or null when it is not a key `cachedSearchPath` makes (so each search has one
 * cached page, and junk keys are 404s).
 */
export function searchFromKey(key: string): SearchParamsInput | null {
  if (key.length > MAX_KEY_LENGTH || !/^[A-Za-z0-9_-]+$/.test(key)) return null;
  const query = new URLSearchParams(Buffer.from(key, "base64url").toString("utf8"));
  // Only a canonical key decodes: it holds each known parameter once, in order.
  if (cachedSearchPath(query) !== `/search/r/${key}`) return null;
  return Object.fromEntries(query);
}
