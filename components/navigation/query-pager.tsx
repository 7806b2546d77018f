/** Previous/next links that keep the page's other query parameters; plain links, so it works without JavaScript. */
export function QueryPager({
  path,
  params,
  page,
  pageCount,
  label = "Pagination",
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  label?: string;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (target > 1) search.set("page", String(target));
    const qs = search.toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <nav
      aria-label={label}
      className="mt-6 flex items-center justify-between border-t border-rule pt-4 text-sm"
    >
      {page > 1 ? (
        <a
          href={href(Math.min(page - 1, pageCount))}
          rel="prev"
          className="font-medium text-accent hover:underline"
        >
          ← Previous
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next" className="font-medium text-accent hover:underline">
          Next →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
