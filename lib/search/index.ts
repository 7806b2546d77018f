import "server-only";

import { cacheLife, cacheTag } from "next/cache";

import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { DEFAULT_DATABASE_URL } from "../db-client";
import { databaseProvider } from "../env-schema";
import { slugify } from "../slug";
import { dayAfter, dayStart, type SearchUrlFilters } from "./params";
import { postgresSearch } from "./postgres";
import { isSearchable, parseSearchQuery, type SearchTerm } from "./query";
import { sqliteSearch } from "./sqlite";
import {
  MAX_COUNTED_RESULTS,
  SEARCH_PAGE_SIZE,
  type EngineResult,
  type ResolvedFilters,
  type SearchEngine,
  type SearchSort,
} from "./types";

export { cleanSnippet, splitHighlights, type HighlightPart } from "./highlight";
export {
  parseSearchParams,
  searchFromKey,
  searchHref,
  type ParsedSearchParams,
  type SearchParamsInput,
  type SearchUrlFilters,
} from "./params";
export {
  isSearchable,
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  parseSearchQuery,
  type ParsedQuery,
  type SearchTerm,
} from "./query";
export {
  MAX_COUNTED_RESULTS,
  RANKED_CANDIDATES,
  SEARCH_PAGE_SIZE,
  type SearchHit,
  type SearchSort,
} from "./types";

/**
 * Site search: the database's own full-text engine (SQLite FTS5 or PostgreSQL tsvector), behind one function.
 * Design and differences between the two: docs/adr/030-site-search.md.
 */
function engine(): SearchEngine {
  return databaseProvider(process.env.DATABASE_URL || DEFAULT_DATABASE_URL) === "postgres"
    ? postgresSearch
    : sqliteSearch;
}

export type SearchRequest = {
  /** Parsed terms (parseSearchQuery(q).terms): the cache key holds the normalised query, not the raw text. */
  terms: SearchTerm[];
  filters: ResolvedFilters;
  sort: SearchSort;
  page: number;
};

export type SearchPage = EngineResult & {
  page: number;
  pageSize: number;
  /** Pages that can be shown: at most MAX_COUNTED_RESULTS results are paged through. */
  totalPages: number;
  /**
   * More matches than MAX_COUNTED_RESULTS. The results are then the newest RANKED_CANDIDATES matches only: ranked
   * (sort "relevance") or listed newest first; older matches are not among them.
   */
  more: boolean;
};

type RunOptions = { publishedOnly: boolean; prefix: boolean };

/** The search itself, uncached. Readers' pages use searchArticles; tests and the benchmark call this. */
export async function runSearch(request: SearchRequest, options: RunOptions): Promise<SearchPage> {
  const empty = { hits: [], total: 0 };
  const result = isSearchable(request)
    ? await engine().search({
        query: { terms: request.terms },
        filters: request.filters,
        sort: request.sort,
        offset: (request.page - 1) * SEARCH_PAGE_SIZE,
        limit: SEARCH_PAGE_SIZE,
        now: new Date().toISOString(),
        ...options,
      })
    : empty;
  const counted = Math.min(result.total, MAX_COUNTED_RESULTS);
  return {
    ...result,
    total: counted,
    page: request.page,
    pageSize: SEARCH_PAGE_SIZE,
    totalPages: Math.max(1, Math.ceil(counted / SEARCH_PAGE_SIZE)),
    more: result.total > MAX_COUNTED_RESULTS,
  };
}

/**
 * One page (20) of published stories matching the terms and filters, best first (or newest first).
 * Cached per normalised request and expired with every published-article list, so a popular query costs
 * nothing until something is published, changed or withdrawn.
 */
export async function searchArticles(request: SearchRequest): Promise<SearchPage> {
  "use cache";
  cacheTag(cacheTags.articleLists);
  cacheLife("minutes");
  return runSearch(request, { publishedOnly: true, prefix: false });
}

/** Newsroom search: ids of articles of any status matching `q` (single words also as prefixes), best first. */
export async function searchNewsroomArticleIds(q: string, limit = MAX_COUNTED_RESULTS): Promise<string[]> {
  const query = parseSearchQuery(q);
  if (!isSearchable(query)) return [];
  return engine().matchingIds({
    query: { terms: query.terms },
    filters: {},
    limit,
    now: new Date().toISOString(),
    publishedOnly: false,
    prefix: true,
  });
}

export type SearchFilterOptions = {
  sections: { slug: string; name: string }[];
  sources: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
};

/** The choices of the search form's filters. */
export async function getSearchFilterOptions(): Promise<SearchFilterOptions> {
  "use cache";
  cacheTag(cacheTags.taxonomy);
  cacheLife("hours");
  const [sections, sources, authors] = await Promise.all([
    db.section.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { slug: true, name: true },
    }),
    db.source.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { sections, sources, authors };
}

export type ResolvedSearchFilters = {
  filters: ResolvedFilters;
  /** The filters in use, by name, for the page to describe; unknown ones are left out. */
  applied: SearchUrlFilters;
  labels: { section?: string; source?: string; author?: string; tag?: string };
  problems: string[];
};

/** Looks up the URL's slugs; a filter naming nothing that exists is left out and described. */
export async function resolveSearchFilters(input: SearchUrlFilters): Promise<ResolvedSearchFilters> {
  "use cache";
  cacheTag(cacheTags.taxonomy);
  cacheLife("hours");
  const select = { id: true, slug: true, name: true } as const;
  const tagName = input.tag?.replace(/^#+/, "") ?? "";
  const tagSlug = slugify(tagName);
  const [section, source, author, tag] = await Promise.all([
    input.section ? db.section.findUnique({ where: { slug: input.section }, select }) : null,
    input.source ? db.source.findUnique({ where: { slug: input.source }, select }) : null,
    input.author ? db.author.findUnique({ where: { slug: input.author }, select }) : null,
    input.tag
      ? db.tag.findFirst({
          where: { OR: [{ slug: tagSlug }, { name: tagName }] },
          orderBy: { slug: "asc" },
          select,
        })
      : null,
  ]);
  const problems: string[] = [];
  const missing = (kind: string, value: string) =>
    problems.push(`There is no ${kind} called “${value.slice(0, 60)}”, so that filter was left out.`);
  if (input.section && !section) missing("section", input.section);
  if (input.source && !source) missing("source", input.source);
  if (input.author && !author) missing("author", input.author);
  if (input.tag && !tag) missing("tag", input.tag);
  const filters: ResolvedFilters = {};
  if (section) filters.sectionId = section.id;
  if (source) filters.sourceId = source.id;
  if (author) filters.authorId = author.id;
  if (tag) filters.tagId = tag.id;
  if (input.from) filters.from = dayStart(input.from);
  if (input.to) filters.to = dayAfter(input.to);
  return {
    filters,
    applied: {
      section: section?.slug,
      source: source?.slug,
      author: author?.slug,
      tag: tag?.slug,
      from: input.from,
      to: input.to,
    },
    labels: { section: section?.name, source: source?.name, author: author?.name, tag: tag?.name },
    problems,
  };
}
