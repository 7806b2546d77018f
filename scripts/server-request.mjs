// @ts-check
/**
 * What scripts/server.mjs does to every request before Next sees it, apart from the server so it can be tested:
 * the peer address in a header the client cannot set, and Strict-Transport-Security when the site runs on HTTPS.
 * Plain JavaScript: the production server runs without a TypeScript loader.
 */

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
