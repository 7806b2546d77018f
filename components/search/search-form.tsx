import {
  MAX_QUERY_LENGTH,
  type SearchFilterOptions,
  type SearchSort,
  type SearchUrlFilters,
} from "@/lib/search";

const inputClass = "w-full rounded-sm border border-rule bg-page px-3 py-2 text-base";
const fieldClass = "flex min-w-0 flex-col gap-1 text-sm font-semibold";

function Choice({
  name,
  label,
  any,
  value,
  options,
}: {
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  options: { slug: string; name: string }[];
}) {
  return (
    <div className={fieldClass}>
      <label htmlFor={`search-${name}`}>{label}</label>
      <select id={`search-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The search page's own form: words, sort and filters, sent as a plain GET so every search has a URL. */
export function SearchForm({
  q,
  sort,
  filters,
  options,
}: {
  q: string;
  sort: SearchSort;
  filters: SearchUrlFilters;
  options: SearchFilterOptions;
}) {
  const filtering = Object.values(filters).some(Boolean);
  return (
    <form role="search" aria-label="Stories" action="/search" method="get" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className="text-sm font-semibold">
          Search for
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby="search-q-hint"
            className={`${inputClass} min-w-0 flex-1 basis-48`}
          />
          <button type="submit" className="rounded-sm bg-ink px-4 py-2 font-semibold text-page">
            Search
          </button>
        </div>
        <p id="search-q-hint" className="text-xs text-muted">
          Put a phrase in quotes, and a minus sign before a word to leave it out: “crane deal” -strike.
        </p>
      </div>
      <details open={filtering || sort === "newest"} className="rounded-sm border border-rule p-3">
        <summary className="cursor-pointer text-sm font-semibold">Sort and filters</summary>
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div className={fieldClass}>
            <label htmlFor="search-sort">Sort by</label>
            <select id="search-sort" name="sort" defaultValue={sort} className={inputClass}>
              <option value="relevance">Best match</option>
              <option value="newest">Newest first</option>
            </select>
          </div>
          <Choice
            name="section"
            label="Section"
            any="Any section"
            value={filters.section}
            options={options.sections}
          />
          <Choice
            name="source"
            label="Source"
            any="Any source"
            value={filters.source}
            options={options.sources}
          />
          <Choice
            name="author"
            label="Author"
            any="Any author"
            value={filters.author}
            options={options.authors}
          />
          <div className={fieldClass}>
            <label htmlFor="search-tag">Tag</label>
            <input
              id="search-tag"
              name="tag"
              defaultValue={filters.tag ?? ""}
              className={inputClass}
              aria-describedby="search-tag-hint"
            />
            <p id="search-tag-hint" className="text-xs font-normal text-muted">
              A hashtag, such as SaltmarshPortStrike
            </p>
          </div>
          <div className="grid grid-cols-1 gap-3 min-[360px]:grid-cols-2">
            <div className={fieldClass}>
              <label htmlFor="search-from">From</label>
              <input
                id="search-from"
                type="date"
                name="from"
                defaultValue={filters.from ?? ""}
                className={inputClass}
              />
            </div>
            <div className={fieldClass}>
              <label htmlFor="search-to">To</label>
              <input
                id="search-to"
                type="date"
                name="to"
                defaultValue={filters.to ?? ""}
                className={inputClass}
              />
            </div>
          </div>
        </div>
        <button type="submit" className="mt-3 rounded-sm border border-rule px-4 py-2 text-sm font-semibold">
          Apply
        </button>
      </details>
    </form>
  );
}
