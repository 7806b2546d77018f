/**
 * Newer/older links for archives. Plain <a>, not next/link: the proxy serves ?page=N from another route, which
 * the client router cannot see (it would reuse page 1 for a client-side navigation to ?page=3).
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
    <nav
      aria-label="Pagination"
      className="mt-8 flex items-center justify-between border-t border-rule pt-4 text-sm"
    >
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="font-medium text-accent hover:underline">
          ← Newer stories
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next" className="font-medium text-accent hover:underline">
          Older stories →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
