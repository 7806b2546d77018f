/**
 * Where to send someone after signing in: always a path on this site. Shared by pages, server actions and
 * next-auth's redirect callback; pure (no request), so not server-only.
 *
 * The value is resolved with the WHATWG URL parser, as a browser would resolve a Location header, and must stay
 * on the site's origin with a path that cannot be read as another host: browsers treat `\` as `/`, drop tabs and
 * newlines, and resolve dot segments (also percent-encoded ones), so `/.//evil.example`, `/%2e%2e//evil.example`
 * or `/\evil.example` all end up protocol-relative if only the raw text is checked.
 */

/** Stands in for the site's origin: only the path, query and fragment of the result are used. */
const PLACEHOLDER_ORIGIN = "https://ledger.invalid";
const MAX_LENGTH = 1000;
/** C0 controls, DEL and backslashes: never in a path we would send anyone to. */
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

/** A normalised same-site path (`/articles/x?page=2#comments`), or `fallback` for anything else. */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (FORBIDDEN.test(value) || !value.startsWith("/") || value.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || url.username || url.password) return fallback;
  const path = url.pathname;
  // What the path says once percent-decoded: something downstream may decode it before using it.
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return fallback;
  }
  if (path.startsWith("//") || decoded.startsWith("//") || FORBIDDEN.test(decoded)) return fallback;
  return `${path}${url.search}${url.hash}`;
}

/**
 * next-auth's redirect callback: `url` is a path or an absolute URL; the answer is always an absolute URL on
 * `baseUrl`'s origin (its home page when `url` points anywhere else).
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  let path: unknown = url;
  if (typeof url === "string" && !url.startsWith("/") && !FORBIDDEN.test(url)) {
    try {
      const absolute = new URL(url);
      path = absolute.origin === origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : "/";
    } catch {
      path = "/";
    }
  }
  return `${origin}${safeCallbackPath(path)}`;
}
