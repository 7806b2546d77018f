import { PrevNextNav } from "./navigation/prev-next-nav";

/**
 * Newer/older links for archives. The proxy serves ?page=N from another route (next.config.ts), so each page
 * of an archive is cached whole.
 */
export function PaginationNav({
  basePath,
  page,
  totalPages,
}: {
  basePath: string;
  page: number;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`);
  return (
    <PrevNextNav
      label="Pagination"
      page={page}
      pageCount={totalPages}
      previous={page > 1 ? { href: href(page - 1), text: "← Newer stories" } : undefined}
      next={page < totalPages ? { href: href(page + 1), text: "Older stories →" } : undefined}
      className="mt-8"
    />
  );
}
