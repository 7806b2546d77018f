import "server-only";

import { createHash } from "node:crypto";

/**
 * Conditional GET for feeds and sitemaps: every answer carries an ETag and a Last-Modified, and a client that
 * already holds the current version gets 304 with no body. The body itself comes from a 'use cache' function, so
 * a 304 costs a cache lookup and never a query.
 */

/** A body with the validators that identify it. `lastModified` is in milliseconds since the epoch. */
export type HttpDocument = { body: string; etag: string; lastModified: number; contentType: string };

export type Validators = Pick<HttpDocument, "etag" | "lastModified" | "contentType">;

/**
 * An ETag built from a body written piece by piece (a sitemap file is hashed as it is written, never held whole).
 * Weak, since the server may compress the body.
 */
export function etagBuilder() {
  const hash = createHash("sha256");
  return {
    add(part: string) {
      hash.update(part);
    },
    etag: () => `W/"${hash.digest("base64url").slice(0, 32)}"`,
  };
}

export function etagOf(body: string): string {
  const builder = etagBuilder();
  builder.add(body);
  return builder.etag();
}

export function httpDocument(body: string, lastModified: number, contentType: string): HttpDocument {
  return { body, etag: etagOf(body), lastModified, contentType };
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/**
 * Whether the client's copy is current (RFC 9110 §13.2.2): If-None-Match decides when present (weak comparison);
 * only without it is If-Modified-Since compared with Last-Modified, to the second.
 */
export function isNotModified(
  request: Request,
  validators: Pick<Validators, "etag" | "lastModified">,
): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const noneMatch = request.headers.get("if-none-match");
  if (noneMatch !== null) {
    if (noneMatch.trim() === "*") return true;
    const current = opaque(validators.etag);
    return noneMatch.split(",").some((tag) => opaque(tag) === current);
  }
  const modifiedSince = Date.parse(request.headers.get("if-modified-since") ?? "");
  if (Number.isNaN(modifiedSince)) return false;
  return Math.floor(validators.lastModified / 1000) * 1000 <= modifiedSince;
}

function validatorHeaders(validators: Validators): Record<string, string> {
  return {
    "Content-Type": validators.contentType,
    ETag: validators.etag,
    "Last-Modified": new Date(validators.lastModified).toUTCString(),
    // Caches may keep a copy but must ask again each time (cheap, thanks to the validators), so a withdrawn
    // story leaves every feed and sitemap on the next request.
    "Cache-Control": "public, no-cache",
  };
}

/** 304 when the client's copy is current, else 200 with `body` (a string or a stream made only when needed). */
export function conditionalResponse(
  request: Request,
  validators: Validators,
  body: string | (() => BodyInit),
): Response {
  const headers = validatorHeaders(validators);
  if (isNotModified(request, validators)) {
    const { "Content-Type": _contentType, ...rest } = headers;
    return new Response(null, { status: 304, headers: rest });
  }
  return new Response(typeof body === "string" ? body : body(), { status: 200, headers });
}

export function documentResponse(request: Request, document: HttpDocument | null): Response {
  if (!document) return notFoundResponse();
  return conditionalResponse(request, document, document.body);
}

export function notFoundResponse(): Response {
  return new Response("Not found.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
