/** The header's search box: a plain GET form to /search, so it works without JavaScript. */
export function HeaderSearch() {
  return (
    <form
      role="search"
      aria-label="Site"
      action="/search"
      method="get"
      className="order-last flex w-full gap-2 sm:order-none sm:w-auto"
    >
      <label htmlFor="site-search" className="sr-only">
        Search stories
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        maxLength={200}
        placeholder="Search stories"
        className="min-w-0 flex-1 rounded-sm border border-rule bg-page px-3 py-1.5 text-sm sm:w-56"
      />
      <button
        type="submit"
        className="rounded-sm border border-rule px-3 py-1.5 text-sm font-medium hover:bg-surface"
      >
        Search
      </button>
    </form>
  );
}
