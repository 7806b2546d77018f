// @ts-check
/**
 * Next's page cache (`cacheHandler` in next.config.ts): whole pages, route handlers and optimised images.
 * Unlike Next's default it dates each page by when its render began, not when it was stored, so a render
 * that straddled a write is never served afterwards (see runtime.mjs).
 */
import { cacheRuntime } from "./runtime.mjs";
import { now } from "./render-ledger.mjs";

const TAGS_HEADER = "x-next-cache-tags";
const EDGE_KEYS_HEADER = "xkey";
/**
 * When the page began rendering, for the server's response cache (scripts/server-response-cache.mjs), which
 * applies the same freshness rule to the bytes Next sent; the server removes it before anything is sent.
 */
export const RENDERED_AT_HEADER = "x-ledger-rendered-at";
const DEBUG = process.env.LEDGER_DEBUG_CACHE === "1";

/** When each value handed out by `get` began rendering, so a value Next stores again keeps its date. */
const startedAtOf = new WeakMap();

/** @param {any} value */
function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** @param {any} value */
function sizeOf(value) {
  let size = 0;
  for (const part of [value?.html, value?.rscData, value?.body, value?.buffer, value?.postponed])
    if (part && typeof part.length === "number") size += part.length;
  if (value?.segmentData instanceof Map)
    for (const segment of value.segmentData.values()) size += segment.length;
  return size || 1024;
}

/** @param {{ startedAt: number; cacheControl?: { revalidate?: number | false } }} stored */
function isPastRevalidate(stored) {
  const revalidate = stored.cacheControl?.revalidate;
  return typeof revalidate === "number" && now() > stored.startedAt + revalidate * 1000;
}

/**
 * Names the page's cache tags in an `xkey` header (Varnish's surrogate keys), which Next sends with the page
 * whether it was just rendered or served from here; the edge purges by these keys (lib/cache/edge.ts).
 * Next's own implicit tags (`_N_T_…`) are left out: nothing purges by them.
 * @param {any} value
 */
function labelForTheEdge(value) {
  if (!value?.headers) return;
  const keys = tagsOf(value).filter((tag) => !tag.startsWith("_N_T_"));
  if (keys.length > 0) value.headers[EDGE_KEYS_HEADER] = keys.join(" ");
}

/**
 * An unknown address's 404 is kept an hour at most. There are as many of them as addresses anyone cares to try (a
 * typo, a scanner walking /articles/…), and in a shared store with a memory limit they would push out real pages.
 */
export const NOT_FOUND_EXPIRE_SECONDS = 60 * 60;

/**
 * How long a shared store may keep this page: its cache life, or less for a 404.
 * @param {any} value
 * @param {number | undefined} expire
 */
function keepFor(value, expire) {
  if (value?.status !== 404) return expire;
  return Math.min(expire ?? NOT_FOUND_EXPIRE_SECONDS, NOT_FOUND_EXPIRE_SECONDS);
}

/**
 * Server actions (and forms posted without JavaScript) read the stored page only for its prerender state and
 * never store what they render: a miss there is not a render a write must wait for.
 * @param {Record<string, string | string[] | undefined>} headers
 */
function isActionRequest(headers) {
  const contentType = String(headers["content-type"] ?? "");
  return (
    Boolean(headers["next-action"]) ||
    /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(contentType)
  );
}

/**
 * Names each request for the render ledger; scripts/server.mjs sets it (replacing anything a client sent) and
 * reports when Next has answered the request.
 */
export const REQUEST_ID_HEADER = "x-ledger-request";

export default class PageCacheHandler {
  /** @param {{ _requestHeaders?: Record<string, string | string[] | undefined> }} [context] Next makes one per request. */
  constructor(context) {
    const headers = context?._requestHeaders ?? {};
    this.rendersOnMiss = !isActionRequest(headers);
    const requestId = headers[REQUEST_ID_HEADER];
    this.requestId = typeof requestId === "string" ? requestId : undefined;
    // Next serves a prefetch a stale entry as it is, without refreshing it: no render follows.
    this.refreshesStale =
      this.rendersOnMiss && !headers["next-router-prefetch"] && !headers["next-router-segment-prefetch"];
  }

  /**
   * @param {string} key
   * @param {{ softTags?: string[] }} [context]
   */
  async get(key, context) {
    const runtime = cacheRuntime();
    const stored = await runtime.pages.get(key);
    const fresh =
      stored && (await runtime.isFresh([...stored.tags, ...(context?.softTags ?? [])], stored.startedAt));
    if (DEBUG) console.log("[page-cache] get", key, stored ? (fresh ? "hit" : "expired") : "miss");
    // A page carries only what its "use cache" reads carried, and the ledger learns those as they happen; a
    // render that has read nothing yet holds up no write (render-ledger.mjs).
    if (!stored || !fresh) {
      // Next answers this request only once the render has stored or failed (`answered` then ends it).
      if (this.rendersOnMiss) runtime.pageRenders.begin(key, now(), [], { opener: this.requestId });
      return null;
    }
    // Next will serve this and refresh it in the background: that refresh is a render in flight.
    if (this.refreshesStale && isPastRevalidate(stored)) runtime.pageRenders.begin(key, now(), []);
    startedAtOf.set(stored.value, stored.startedAt);
    return { lastModified: stored.startedAt, value: stored.value, cacheControl: stored.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ cacheControl?: { revalidate?: number | false; expire?: number } }} [context]
   */
  async set(key, value, context) {
    const runtime = cacheRuntime();
    const began = runtime.pageRenders.finish(key);
    // A cached redirect came back without its Location: redirects (old slugs) render each time, from cached reads.
    if (!value || (typeof value.status === "number" && value.status >= 300 && value.status < 400)) return;
    const startedAt = startedAtOf.get(value) ?? began ?? now();
    if (DEBUG) console.log("[page-cache] set", key, began === undefined ? "(no miss seen)" : "");
    labelForTheEdge(value);
    if (value.headers) value.headers[RENDERED_AT_HEADER] = String(startedAt);
    await runtime.pages.set(
      key,
      { value, startedAt, tags: tagsOf(value), cacheControl: context?.cacheControl },
      sizeOf(value),
      keepFor(value, context?.cacheControl?.expire),
    );
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await cacheRuntime().expire(typeof tags === "string" ? [tags] : tags, { settle: false });
  }

  resetRequestCache() {}
}
