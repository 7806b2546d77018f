import { PrevNextNav } from "./prev-next-nav";

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
    <PrevNextNav
      label={label}
      page={page}
      pageCount={pageCount}
      previous={page > 1 ? { href: href(Math.min(page - 1, pageCount)), text: "← Previous" } : undefined}
      next={page < pageCount ? { href: href(page + 1), text: "Next →" } : undefined}
      className="mt-6"
    />
  );
}
