/** Archive pages: 20 stories a page. Client-safe (no server-only): used by unit tests and links. */
export const PAGE_SIZE = 20;
export const MAX_PAGE = 10_000;

/**
 * Parses a `?page=` value. Missing means page 1; anything that is not a plain positive
 * integer within range is null, and the page answers 404 rather than guessing.
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value)) return null;
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_PAGE ? page : null;
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
