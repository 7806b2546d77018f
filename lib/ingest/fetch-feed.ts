import "server-only";

import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";

import { isPrivateAddress } from "./addresses";

/** Limits of one feed fetch (docs/adr/060-outlet-feeds.md). */
export const FETCH_LIMITS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

const FEED_CONTENT_TYPES = [
  "application/rss+xml",
  "application/atom+xml",
  "application/xml",
  "text/xml",
  "application/rdf+xml",
  "application/feed+json",
  "application/json",
];

/** Why a fetch failed, in words an editor reads on /admin/sources; retryAfterMs when the server asked to wait. */
export class FeedFetchError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = "FeedFetchError";
  }
}

const IMAGE_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"];

export type FetchedFeed =
  | { status: "not-modified" }
  | { status: "ok"; body: Buffer; etag: string | null; lastModified: string | null; url: string };

export type FetchOptions = {
  etag?: string | null;
  lastModified?: string | null;
  allowPrivate: boolean;
  limits?: Partial<typeof FETCH_LIMITS>;
  /** What is expected: a feed document (the default) or an item's image. */
  kind?: "feed" | "image";
};

/**
 * A conditional GET of a feed, guarded: http(s) only, every address the host resolves to checked before connecting
 * (the connection uses the checked address, so DNS cannot change its answer in between), a whole-fetch timeout,
 * a size limit enforced while streaming (after decompression), a redirect limit and a content-type check.
 */
export async function fetchFeed(url: string, options: FetchOptions): Promise<FetchedFeed> {
  const limits = { ...FETCH_LIMITS, ...options.limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const response = await request(current, options, limits.maxBytes, controller.signal);
      if (response.kind === "redirect") {
        if (redirects >= limits.maxRedirects)
          throw new FeedFetchError(`Too many redirects (more than ${limits.maxRedirects}).`);
        current = new URL(response.location, current).toString();
        continue;
      }
      return response.kind === "not-modified"
        ? { status: "not-modified" }
        : { ...response.feed, url: current };
    }
  } catch (error) {
    if (controller.signal.aborted)
      throw new FeedFetchError(`Timed out after ${Math.round(limits.timeoutMs / 1000)} s.`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

type Answer =
  | { kind: "redirect"; location: string }
  | { kind: "not-modified" }
  | { kind: "ok"; feed: Omit<Extract<FetchedFeed, { status: "ok" }>, "status" | "url"> & { status: "ok" } };

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((entry) => isPrivateAddress(entry.address));
      if (refused)
        return callback(
          new FeedFetchError(`Refused: ${hostname} resolves to a private address (${refused.address}).`),
          "",
          0,
        );
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new FeedFetchError(`${hostname} has no address.`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

function request(url: string, options: FetchOptions, maxBytes: number, signal: AbortSignal): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return reject(new FeedFetchError("The feed address is not a valid URL."));
    }
    if (target.protocol !== "http:" && target.protocol !== "https:")
      return reject(new FeedFetchError("Only http and https feed addresses are fetched."));
    const literal = target.hostname.replace(/^\[|\]$/g, "");
    if (isIP(literal) && !options.allowPrivate && isPrivateAddress(literal))
      return reject(new FeedFetchError(`Refused: ${literal} is a private address.`));

    const headers: Record<string, string> = {
      accept: (options.kind === "image" ? IMAGE_CONTENT_TYPES : FEED_CONTENT_TYPES).join(", "),
      "accept-encoding": "gzip, deflate, br",
      "user-agent": "TheLedgerFeedReader/1.0",
    };
    if (options.etag) headers["if-none-match"] = options.etag;
    if (options.lastModified) headers["if-modified-since"] = options.lastModified;
    const client = target.protocol === "https:" ? https : http;
    const req = client.request(target, {
      method: "GET",
      headers,
      signal,
      lookup: guardedLookup(options.allowPrivate),
    });
    // A decompressing stream does not end when the download is aborted: stop waiting for it here.
    signal.addEventListener("abort", () => reject(new FeedFetchError("Aborted.")), { once: true });
    req.on("error", (error) =>
      reject(error instanceof FeedFetchError ? error : new FeedFetchError(`Fetch failed: ${error.message}`)),
    );
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
        res.resume();
        return resolve({ kind: "redirect", location: res.headers.location });
      }
      if (status === 304) {
        res.resume();
        return resolve({ kind: "not-modified" });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        return reject(
          new FeedFetchError(`The server answered ${status}.`, retryAfterMs(res.headers["retry-after"])),
        );
      }
      const contentType = (res.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (contentType === "text/html" || contentType === "application/xhtml+xml") {
        res.resume();
        return reject(new FeedFetchError("The address now returns a web page (HTML), not a feed."));
      }
      const accepted =
        options.kind === "image"
          ? IMAGE_CONTENT_TYPES.includes(contentType)
          : !contentType || FEED_CONTENT_TYPES.includes(contentType) || contentType === "text/plain";
      if (!accepted) {
        res.resume();
        return reject(new FeedFetchError(`Unexpected content type ${contentType}.`));
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        return reject(tooLarge(maxBytes));
      }
      res.on("error", (error) => reject(new FeedFetchError(`Fetch failed: ${error.message}`)));
      readLimited(decoded(res), maxBytes).then(
        (body) =>
          resolve({
            kind: "ok",
            feed: {
              status: "ok",
              body,
              etag: headerValue(res.headers.etag),
              lastModified: headerValue(res.headers["last-modified"]),
            },
          }),
        (error: unknown) => {
          res.destroy();
          reject(error);
        },
      );
    });
    req.end();
  });
}

const tooLarge = (maxBytes: number) =>
  new FeedFetchError(`The feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);

function decoded(res: http.IncomingMessage): Readable {
  switch ((res.headers["content-encoding"] ?? "").trim().toLowerCase()) {
    case "gzip":
      return res.pipe(createGunzip());
    case "deflate":
      return res.pipe(createInflate());
    case "br":
      return res.pipe(createBrotliDecompress());
    default:
      return res;
  }
}

/** The body as text, refusing (and stopping the download) as soon as it passes maxBytes. */
function readLimited(stream: Readable, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    stream.on("error", (error) =>
      reject(error instanceof FeedFetchError ? error : new FeedFetchError(`Fetch failed: ${error.message}`)),
    );
    stream.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

const headerValue = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.slice(0, 500) ?? null;

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | null {
  const header = Array.isArray(value) ? value[0] : value;
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
