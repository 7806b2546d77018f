// @ts-check
/**
 * What scripts/server.mjs does to every request before Next sees it, apart from the server so it can be tested:
 * the peer address in a header the client cannot set, Strict-Transport-Security when the site runs on HTTPS, and
 * the one query string Next cannot parse.
 * Plain JavaScript: the production server runs without a TypeScript loader.
 */

import { REQUEST_ID_HEADER } from "../cache/page-handler.mjs";

/** Must match PEER_HEADER in lib/http/client-address.ts (the unit tests check it does). */
export const PEER_HEADER = "x-ledger-peer";

/** One year; without includeSubDomains, so other hosts under the same domain are not forced onto HTTPS. */
export const HSTS_VALUE = "max-age=31536000";

/**
 * Puts the socket's remote address in PEER_HEADER, replacing anything the client sent under that name (in
 * `headers`, which Next reads, and in `rawHeaders`, which keeps what arrived).
 * @param {import("node:http").IncomingMessage} req
 */
export function setPeerAddress(req) {
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[PEER_HEADER] = peer;
  else delete req.headers[PEER_HEADER];
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i]?.toLowerCase() === PEER_HEADER) req.rawHeaders.splice(i, 2);
  }
  if (peer) req.rawHeaders.push(PEER_HEADER, peer);
}

let requestsNamed = 0;

/**
 * Gives the request a name the page cache handler records when the request's miss begins a render, replacing
 * anything the client sent under that header; the server reports the name to the render ledger once Next has
 * answered the request, which ends every render that only this request was waiting for (cache/render-ledger.mjs).
 * @param {import("node:http").IncomingMessage} req
 * @returns {string}
 */
export function nameRequest(req) {
  const name = String(++requestsNamed);
  req.headers[REQUEST_ID_HEADER] = name;
  return name;
}

/**
 * Whether the query string has a `__proto__` parameter. Next turns a query string into an object by assignment,
 * before our proxy runs, so such a parameter replaces that object's prototype: the parameter disappears from
 * the address the proxy sees, and the query conditions of our rewrites (a story's comments, `?sort=&page=`)
 * throw, which answers 500. No page of ours has such a parameter; the server answers 400.
 * @param {string | undefined} url the request target, as `req.url`
 */
export function hasPrototypeQueryKey(url) {
  const query = url?.indexOf("?") ?? -1;
  if (query < 0) return false;
  try {
    return new URLSearchParams(url?.slice(query + 1)).has("__proto__");
  } catch {
    return false;
  }
}

/**
 * Whether the site is served over HTTPS: SITE_HTTPS when set (1/true or 0/false, validated by lib/env-schema.ts
 * at start-up), otherwise whether NEXTAUTH_URL is an https URL.
 * @param {Record<string, string | undefined>} env
 */
export function siteUsesHttps(env) {
  const flag = env.SITE_HTTPS?.trim();
  if (flag === "1" || flag === "true") return true;
  if (flag === "0" || flag === "false") return false;
  return /^https:\/\//i.test(env.NEXTAUTH_URL?.trim() ?? "");
}

/**
 * The Strict-Transport-Security value to send on every response, or null over plain HTTP.
 * @param {Record<string, string | undefined>} env
 */
export function strictTransportSecurity(env) {
  return siteUsesHttps(env) ? HSTS_VALUE : null;
}
