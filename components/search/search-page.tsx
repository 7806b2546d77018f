import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { QueryPager } from "@/components/navigation/query-pager";
import { PageHeading } from "@/components/page-heading";
import {
  getSearchFilterOptions,
  isSearchable,
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  parseSearchParams,
  RANKED_CANDIDATES,
  resolveSearchFilters,
  searchArticles,
  searchHref,
  type ParsedSearchParams,
  type SearchPage as Results,
  type SearchParamsInput,
  type SearchUrlFilters,
} from "@/lib/search";

import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";

async function load(params: ParsedSearchParams) {
  const resolved = await resolveSearchFilters(params.filters);
  const results =
    params.page !== null && isSearchable(params.query)
      ? await searchArticles({
          terms: params.query.terms,
          filters: resolved.filters,
          sort: params.sort,
          page: params.page,
        })
      : null;
  return { resolved, results };
}

const count = (n: number, more = false) =>
  `${more ? "more than " : ""}${n.toLocaleString("en-GB")} ${n === 1 && !more ? "story" : "stories"}`;

function summary(key: string, results: Results | null, filtered: boolean): string {
  if (!results) return "Search";
  if (results.total === 0) return `No stories match “${key}”${filtered ? " with these filters" : ""}`;
  const verb = results.total === 1 && !results.more ? "matches" : "match";
  return `${count(results.total, results.more)} ${verb} “${key}”`;
}

/** The title says what matched; results pages are not indexed (their links are followed). */
export async function searchPageMetadata(input: SearchParamsInput): Promise<Metadata> {
  const params = parseSearchParams(input);
  const { resolved, results } = await load(params);
  const filtered = Object.values(resolved.applied).some(Boolean);
  return { title: summary(params.query.key, results, filtered), robots: { index: false, follow: true } };
}

const FILTER_LABELS: Record<keyof SearchUrlFilters, string> = {
  section: "Section",
  source: "Source",
  author: "Author",
  tag: "Tag",
  from: "From",
  to: "To",
};

/**
 * A search's page from its parameters: /search renders it per request, and /search/r/<key> (where the proxy
 * sends a search) cached whole.
 */
export async function SearchPageView({ input }: { input: SearchParamsInput }) {
  const params = parseSearchParams(input);
  if (params.page === null) notFound();
  const [{ resolved, results }, options] = await Promise.all([load(params), getSearchFilterOptions()]);
  // A page past the end answers with a pointer back (the status stays 200: see the ADR on search).
  const pastEnd = results !== null && results.page > results.totalPages;

  const { query, sort } = params;
  const applied = resolved.applied;
  const filtered = Object.values(applied).some(Boolean);
  const href = (change: { page?: number; filters?: SearchUrlFilters; sort?: typeof sort }) =>
    searchHref({
      q: params.q,
      sort: change.sort ?? sort,
      page: change.page,
      filters: change.filters ?? applied,
    });

  const notices = [...params.problems, ...resolved.problems];
  if (query.truncated)
    notices.push(`Only the first ${MAX_QUERY_LENGTH} characters of your search were used.`);
  if (query.droppedTerms) notices.push(`Only the first ${MAX_TERMS} words and phrases were used.`);
  if (query.ignored.length > 0 && query.terms.length > 0)
    notices.push(`Very common words were left out: ${query.ignored.map((word) => `“${word}”`).join(", ")}.`);

  const labels: Record<keyof SearchUrlFilters, string | undefined> = {
    section: resolved.labels.section,
    source: resolved.labels.source,
    author: resolved.labels.author,
    tag: resolved.labels.tag && `#${resolved.labels.tag}`,
    from: applied.from,
    to: applied.to,
  };

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title="Search" />
      <SearchForm q={params.q} sort={sort} filters={applied} options={options} />

      <div className="mt-6">
        <p role="status" className="font-semibold">
          {results
            ? summary(query.key, results, filtered)
            : query.terms.length > 0
              ? "Add a word to look for: a search can’t be made only of words to leave out."
              : query.ignored.length > 0
                ? `${query.ignored.map((word) => `“${word}”`).join(", ")} ${query.ignored.length === 1 ? "is" : "are"} too common to search for. Add a more specific word.`
                : "Type a word or phrase to search the stories."}
          {results && results.total > 0 && results.totalPages > 1 && !pastEnd && (
            <span className="font-normal text-muted">
              {" "}
              · page {results.page} of {results.totalPages}
              {results.more &&
                sort === "newest" &&
                ` (the newest ${RANKED_CANDIDATES.toLocaleString("en-GB")})`}
            </span>
          )}
        </p>

        {results?.more && sort === "relevance" && !pastEnd && (
          <p className="mt-2 text-sm">
            {`So many stories match that only the newest ${RANKED_CANDIDATES.toLocaleString("en-GB")} were ranked: these are the best of them. Add words or choose dates to reach older stories.`}
          </p>
        )}

        {pastEnd && (
          <p className="mt-2 text-sm">
            {`There is no page ${results.page} of these results. `}
            <a href={href({ page: 1 })} className="font-semibold text-accent hover:underline">
              Go to the first page
            </a>
            .
          </p>
        )}

        {notices.length > 0 && (
          <ul aria-label="About your search" className="mt-2 list-disc pl-5 text-sm text-muted-strong">
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        )}

        {filtered && (
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted">Filtered by:</span>
            {(Object.keys(FILTER_LABELS) as (keyof SearchUrlFilters)[])
              .filter((key) => applied[key])
              .map((key) => (
                <a
                  key={key}
                  href={href({ filters: { ...applied, [key]: undefined } })}
                  className="rounded-full border border-rule px-3 py-1 hover:bg-surface"
                >
                  {FILTER_LABELS[key]}: {labels[key]} <span aria-hidden="true">×</span>
                  <span className="sr-only"> (remove this filter)</span>
                </a>
              ))}
            <a href={href({ filters: {} })} className="text-accent hover:underline">
              Clear filters
            </a>
          </div>
        )}

        {results && results.total === 0 && (
          <div className="mt-4 rounded-sm bg-surface p-4 text-sm">
            {filtered ? (
              <p>
                The filters may be too narrow:{" "}
                <a href={href({ filters: {} })} className="font-semibold text-accent hover:underline">
                  search every story for “{query.key}”
                </a>
                .
              </p>
            ) : (
              <p>Check the spelling, use fewer or more general words, or take out quotes and minus signs.</p>
            )}
          </div>
        )}

        {results && results.hits.length > 0 && (
          <SearchResults hits={results.hits} start={(results.page - 1) * results.pageSize + 1} />
        )}

        {results && !pastEnd && (
          <QueryPager
            path="/search"
            params={{ q: params.q, sort: sort === "newest" ? "newest" : undefined, ...applied }}
            page={results.page}
            pageCount={results.totalPages}
          />
        )}
      </div>
    </div>
  );
}
