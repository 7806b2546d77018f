import Link from "next/link";

/** Newer/older links for archives; plain links, so it works without JavaScript. */
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
        <Link href={href(page - 1)} rel="prev" className="font-medium text-accent hover:underline">
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className="font-medium text-accent hover:underline">
          Older stories →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
