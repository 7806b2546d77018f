// @ts-check
/**
 * Repeat reads of a cached reading page, answered by the server before Next sees them (docs/adr/071-response-cache.md).
 *
 * Next serves a page from its cache in about 4 ms of this process's only JavaScript thread (routing, the proxy,
 * an ETag hashed over the whole page, compression, tracing), so one instance tops out near 250 pages a second and
 * its latency climbs with every connection. Here a page Next has answered is kept as the bytes it sent, and the
 * next request for it gets those bytes back, under the rules of the edge cache (deploy/varnish/default.vcl): the
 * same requests pass through, the same responses are never stored.
 *
 * It is exact, not a short-lived approximation: an entry carries the cache tags of its page (the `xkey` header)
 * and when that page began rendering (RENDERED_AT_HEADER, from cache/page-handler.mjs), and it is served only
 * while none of those tags has expired since, by the same clock and the same rule as Next's page cache
 * (cache/runtime.mjs). With Redis that clock is shared, so an expiry on any instance holds here too. MAX_AGE_MS
 * only bounds how long time-based refreshes (the home page's, card comment counts) can lag behind Next's.
 */
import { LRUCache } from "lru-cache";

import { RENDERED_AT_HEADER } from "../cache/page-handler.mjs";
/** How long an entry is served before Next is asked again, whatever its tags say. */
export const MAX_AGE_MS = 2_000;
const MAX_BYTES = 64 * 1024 * 1024;
/** A page larger than this is not worth holding. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/** The edge's rules (deploy/varnish/default.vcl, vcl_recv): these requests pass through. */
const SESSION_COOKIE = /(^|;\s*)(__Secure-)?next-auth\.session-token=/;
const PRIVATE_PATH = /^\/(admin|account|preview|signin|signed-out|register|comments\/|api\/|dev\/)/;
/** Per-connection or recomputed on every answer. */
const NOT_REPLAYED = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date"]);

/**
 * @typedef {object} Entry
 * @property {number} status
 * @property {Record<string, string | string[]>} headers
 * @property {Buffer} body
 * @property {string[]} tags
 * @property {number} renderedAt
 * @property {number} storedAt
 * @property {boolean} [refreshing] a request past MAX_AGE_MS is asking Next again
 */

/**
 * @typedef {object} Freshness
 * @property {(tags: string[], startedAt: number) => Promise<boolean>} isFresh
 */

/**
 * Which stored variant a request can take: Next compresses with gzip when the client accepts it, and sends the
 * page as it is otherwise. Anything else (deflate only, gzip refused by q=0) is left to Next.
 * @param {string | string[] | undefined} acceptEncoding
 */
export function encodingVariant(acceptEncoding) {
  const value = String(acceptEncoding ?? "").toLowerCase();
  if (!value) return "identity";
  if (/\bgzip\s*;\s*q=0(\.0+)?\s*(,|$)/.test(value)) return null;
  if (/\bgzip\b/.test(value)) return "gzip";
  if (/\b(deflate|br|zstd)\b/.test(value)) return null;
  return "identity";
}

/**
 * The cache key of a request that may be answered from here, or null when it must pass through.
 * @param {import("node:http").IncomingMessage} req
 */
export function cacheKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  if (!url.startsWith("/") || PRIVATE_PATH.test(url)) return null;
  const headers = req.headers;
  if (SESSION_COOKIE.test(String(headers.cookie ?? ""))) return null;
  // Server actions and the router's own requests vary by headers the key does not hold.
  if (headers["next-action"] || headers["next-router-state-tree"] || headers.rsc) return null;
  const variant = encodingVariant(headers["accept-encoding"]);
  return variant ? `${variant} ${url}` : null;
}

/**
 * Whether a finished answer may be stored, by the edge's rules (vcl_backend_response) and for the variant asked.
 * @param {number} status
 * @param {Record<string, string | string[] | number | undefined>} headers lower-case names
 * @param {string} key
 */
function isStorable(status, headers, key) {
  if (status !== 200) return false;
  if (headers["set-cookie"] !== undefined) return false;
  if (!headers.xkey || !headers[RENDERED_AT_HEADER]) return false;
  if (/(private|no-store)/i.test(String(headers["cache-control"] ?? ""))) return false;
  const gzip = String(headers["content-encoding"] ?? "").toLowerCase() === "gzip";
  if (key.startsWith("gzip ") !== gzip) return false;
  return !headers["content-encoding"] || gzip;
}

/** @param {string | string[] | undefined} ifNoneMatch @param {unknown} etag */
function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch || typeof etag !== "string") return false;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, "");
  return String(ifNoneMatch)
    .split(",")
    .some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/**
 * @param {{ freshness: () => Freshness; now?: () => number; maxAgeMs?: number; maxBytes?: number }} options
 */
export function createResponseCache({
  freshness,
  now = () => performance.timeOrigin + performance.now(),
  maxAgeMs = MAX_AGE_MS,
  maxBytes = MAX_BYTES,
}) {
  /** @type {LRUCache<string, Entry>} */
  const entries = new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (entry, key) => entry.body.length + key.length + 512,
  });

  /**
   * Answers from a stored entry; resolves false when there is none fit to serve.
   * @param {string} key
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  async function serve(key, req, res) {
    const entry = entries.get(key);
    if (!entry) return false;
    if (!(await freshness().isFresh(entry.tags, entry.renderedAt))) {
      entries.delete(key);
      return false;
    }
    // Past its age but still exact: one request asks Next again, the others keep getting this entry meanwhile
    // (as Next serves a page past its revalidate time while it refreshes), rather than all of them at once.
    if (now() - entry.storedAt > maxAgeMs && !entry.refreshing) {
      entry.refreshing = true;
      res.once("close", () => {
        entry.refreshing = false;
      });
      return false;
    }
    if (matchesEtag(req.headers["if-none-match"], entry.headers.etag)) {
      const { "content-encoding": _encoding, ...headers } = entry.headers;
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const replay = { ...entry.headers, "content-length": entry.body.length };
    // Next's own label says how it answered the first time; this time the answer came from a cache.
    if (replay["x-nextjs-cache"]) replay["x-nextjs-cache"] = "HIT";
    res.writeHead(entry.status, replay);
    res.end(req.method === "HEAD" ? undefined : entry.body);
    return true;
  }

  /**
   * Keeps what Next sends for `key` (a GET), to store when it finishes if it may be stored.
   * @param {string} key
   * @param {import("node:http").ServerResponse} res
   */
  function record(key, res) {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    const keep = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
      if (tooLarge || chunk == null || typeof chunk === "function") return;
      // Copied: a writer may reuse its buffer once the write has been handed on.
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(
              chunk,
              /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8"),
            )
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk)
            : null;
      if (!buffer) return;
      size += buffer.length;
      if (size > MAX_ENTRY_BYTES) tooLarge = true;
      else chunks.push(buffer);
    };
    const write = res.write;
    const end = res.end;
    res.write = /** @type {typeof res.write} */ (
      function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
        keep(chunk, encoding);
        return write.call(this, chunk, encoding, callback);
      }
    );
    res.end = /** @type {typeof res.end} */ (
      function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
        keep(chunk, encoding);
        return end.call(this, chunk, encoding, callback);
      }
    );
    res.once("finish", () => {
      const headers = sentHeaders.get(res);
      if (tooLarge || !headers || !isStorable(res.statusCode, headers, key)) return;
      const renderedAt = Number(headers[RENDERED_AT_HEADER]);
      // Rendered before this request began, or by it: never later than now.
      if (!Number.isFinite(renderedAt) || renderedAt > now()) return;
      /** @type {Record<string, string | string[]>} */
      const replayed = {};
      for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || NOT_REPLAYED.has(name) || name === RENDERED_AT_HEADER) continue;
        replayed[name] = typeof value === "number" ? String(value) : value;
      }
      entries.set(key, {
        status: res.statusCode,
        headers: replayed,
        body: Buffer.concat(chunks),
        tags: String(headers.xkey).split(/\s+/).filter(Boolean),
        renderedAt,
        storedAt: now(),
      });
    });
  }

  return {
    /**
     * Answers `req` from the cache, or hands it to `next` (recording the answer when it may be kept).
     * @param {import("node:http").IncomingMessage} req
     * @param {import("node:http").ServerResponse} res
     * @param {() => void} next
     */
    async handle(req, res, next) {
      hideRenderedAt(res);
      const key = cacheKey(req);
      if (key && (await serve(key, req, res).catch(() => false))) return;
      if (key && req.method === "GET") record(key, res);
      next();
    },
  };
}

/** @type {WeakMap<import("node:http").ServerResponse, Record<string, string | string[] | number | undefined>>} */
const sentHeaders = new WeakMap();

/**
 * Keeps the headers a response is sent with (for `record`) and takes RENDERED_AT_HEADER out of them: it is for
 * this server, not for clients or the edge.
 * @param {import("node:http").ServerResponse} res
 */
function hideRenderedAt(res) {
  const writeHead = res.writeHead;
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
      /** @type {Record<string, string | string[] | number | undefined>} */
      const headers = { ...res.getHeaders() };
      const given = rest.find((arg) => arg && typeof arg === "object");
      if (given && !Array.isArray(given))
        for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = value;
      sentHeaders.set(res, headers);
      res.removeHeader(RENDERED_AT_HEADER);
      if (given && !Array.isArray(given))
        for (const name of Object.keys(given))
          if (name.toLowerCase() === RENDERED_AT_HEADER) delete given[name];
      return writeHead.call(this, status, ...rest);
    }
  );
}
