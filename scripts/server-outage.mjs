// @ts-check
/**
 * How scripts/server.mjs answers while the database cannot be reached (docs/adr/021-database-outages.md), apart
 * from the server so it can be tested. The app's Prisma client (lib/db-client.ts) records whether the database
 * answers in a process-wide object (lib/database-outage.ts); this reads it and turns what Next would send into a
 * 503 with Retry-After and a page of our own:
 *
 * - a 500 while the database is unreachable, or after a query failed to reach it during the request (Next's
 *   answer to a page whose render needed the database is a bare 500, an empty document);
 * - a page rendered per request (account, newsroom, comment forms: Next sends their shell with a 200 before
 *   they read anything) while the database is known to be unreachable. Their render is dropped, so the
 *   database is asked directly, at most once a second, whether it answers again.
 *
 * Pages served from the cache, and everything else, pass untouched. Plain JavaScript: the production server
 * runs without a TypeScript loader, and outside Next's bundles.
 */

/** Must match DATABASE_OUTAGE_KEY in lib/database-outage.ts (the unit tests check it does). */
export const DATABASE_OUTAGE_KEY = "ledger.databaseOutage";

/** Long enough for a database restart or failover; short enough that readers are not kept away longer. */
export const RETRY_AFTER_SECONDS = 10;

/** How often, at most, an outage answer asks the database whether it is back. */
const PROBE_INTERVAL_MS = 1_000;

/**
 * @typedef {{ unavailableSince: number | null; lastFailureAt: number | null; probe?: () => Promise<unknown> }} DatabaseOutage
 */

/** @returns {DatabaseOutage | undefined} The app's record, once the app has loaded its database client. */
export function databaseOutage() {
  return /** @type {Record<symbol, DatabaseOutage | undefined>} */ (/** @type {unknown} */ (globalThis))[
    Symbol.for(DATABASE_OUTAGE_KEY)
  ];
}

/**
 * Whether the response Next is about to send should be the outage page instead.
 * @param {{ status: number; method: string | undefined; rsc: boolean; postponed: boolean; startedAt: number }} response
 *   `postponed`: Next is sending a per-request page's shell (its `x-nextjs-postponed` header); `startedAt`: when the
 *   request arrived (Date.now()).
 * @param {DatabaseOutage | undefined} outage
 */
export function isOutageAnswer({ status, method, rsc, postponed, startedAt }, outage) {
  if (!outage) return false;
  // Only Next's own error status: a 503 the app chose (/api/health naming what is down) stands.
  if (status === 500)
    return outage.unavailableSince !== null || (outage.lastFailureAt ?? -Infinity) >= startedAt;
  // A router (RSC) request for such a page shows the error page in place instead, which says the same.
  return (
    status === 200 &&
    postponed &&
    !rsc &&
    (method === "GET" || method === "HEAD") &&
    outage.unavailableSince !== null
  );
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The outage page: self-contained (no scripts, styles inline, nothing that needs the app or the database), in
 * the site's colours and type, light and dark.
 * @param {{ siteName: string; path: string }} options `path`: where "Try again" goes (the page asked for).
 */
export function unavailablePage({ siteName, path }) {
  const again = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  const name = escapeHtml(siteName);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Briefly unavailable · ${name}</title>
<style>
:root { color-scheme: light dark; --page: #fbfaf7; --ink: #1b1b1b; --muted: #5c5c5c; --accent: #a3260f; --rule: #dedbd2; }
@media (prefers-color-scheme: dark) { :root { --page: #121212; --ink: #ecebe7; --muted: #a8a6a0; --accent: #ff8a6b; --rule: #34322e; } }
body { margin: 0; background: var(--page); color: var(--ink); font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.5; }
header { border-bottom: 1px solid var(--rule); }
header a, h1 { font-family: "Source Serif 4", "Iowan Old Style", "Palatino Linotype", Georgia, Cambria, "Times New Roman", serif; }
header a { display: inline-block; margin: 1rem; font-size: 1.75rem; font-weight: 900; color: inherit; text-decoration: none; }
main { max-width: 36rem; margin: 0 auto; padding: 4rem 1rem; text-align: center; }
h1 { font-size: 2rem; margin: 0 0 .5rem; }
p { color: var(--muted); }
.actions { display: flex; gap: 1rem; justify-content: center; margin-top: 1.5rem; }
.actions a { padding: .5rem 1rem; border: 1px solid var(--rule); border-radius: 2px; color: inherit; font-weight: 600; text-decoration: none; }
.actions a:first-child { background: var(--ink); color: var(--page); border-color: var(--ink); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
</style>
</head>
<body>
<header><a href="/">${name}</a></header>
<main id="main">
<h1>${name} is briefly unavailable</h1>
<p>We can’t reach our database just now, so this page can’t be shown. Stories you’ve read recently may still open. Please try again in a moment.</p>
<div class="actions"><a href="${escapeHtml(again)}">Try again</a><a href="/">Front page</a></div>
</main>
</body>
</html>
`;
}

export const UNAVAILABLE_TEXT = "The site is briefly unavailable. Please try again in a moment.\n";

/** Next's headers that describe the answer being replaced (the security headers, HSTS included, stay). */
const REPLACED_HEADERS = [
  "cache-control",
  "content-encoding",
  "content-length",
  "content-type",
  "etag",
  "last-modified",
  "location",
  "set-cookie",
  "vary",
  "xkey",
  "x-nextjs-cache",
  "x-nextjs-postponed",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
];

let lastProbe = 0;

/** Asks the database whether it answers again, at most once a second (its outcome updates the record). */
function probe(outage = databaseOutage(), now = Date.now()) {
  if (!outage?.probe || now - lastProbe < PROBE_INTERVAL_MS) return;
  lastProbe = now;
  outage.probe().catch(() => {});
}

/**
 * Watches one response: if Next's answer turns out to be an outage answer (isOutageAnswer), sends the outage
 * page instead. The decision is taken when Next first sends anything (its status line, a first chunk, or
 * the end); what Next sends after that is dropped. Call before Next sees the response: Next's compression wraps
 * these methods in turn, so compressed output passes through here too.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ siteName: string; now?: () => number }} options
 */
export function answerOutages(req, res, { siteName, now = Date.now }) {
  const startedAt = now();
  const { writeHead, write, end } = res;
  /** null: not decided; false: Next's answer stands; true: replaced. */
  let replacing = /** @type {boolean | null} */ (null);
  let finished = false;

  /** @param {number} status */
  const decide = (status) => {
    if (replacing !== null || res.headersSent) return (replacing ??= false);
    const outage = databaseOutage();
    replacing = isOutageAnswer(
      {
        status,
        method: req.method,
        rsc: req.headers.rsc === "1",
        postponed: Boolean(res.getHeader("x-nextjs-postponed")),
        startedAt,
      },
      outage,
    );
    if (!replacing) return false;
    for (const name of REPLACED_HEADERS) res.removeHeader(name);
    const html = wantsHtml(req);
    const body = html ? unavailablePage({ siteName, path: req.url ?? "/" }) : UNAVAILABLE_TEXT;
    writeHead.call(res, 503, {
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      "Content-Type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(body)),
    });
    pendingBody = body;
    probe(outage);
    return true;
  };
  let pendingBody = "";
  const finish = () => {
    if (finished) return;
    finished = true;
    end.call(res, pendingBody);
  };

  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
      if (decide(status)) return res;
      return writeHead.call(res, status, ...rest);
    }
  );
  res.write = /** @type {typeof res.write} */ (
    function (/** @type {any[]} */ ...args) {
      if (decide(res.statusCode)) {
        finish();
        const callback = args.find((arg) => typeof arg === "function");
        if (callback) process.nextTick(callback);
        return true;
      }
      return write.apply(res, /** @type {any} */ (args));
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function (/** @type {any[]} */ ...args) {
      if (decide(res.statusCode)) {
        finish();
        const callback = args.find((arg) => typeof arg === "function");
        if (callback) res.once("finish", callback);
        return res;
      }
      return end.apply(res, /** @type {any} */ (args));
    }
  );
}

/**
 * Browsers asking for a page get the page; Next's router and action requests, feeds and APIs get a line of
 * text (the router shows its error page in place, or loads the address as a page, which is then this page).
 * @param {import("node:http").IncomingMessage} req
 */
function wantsHtml(req) {
  if (req.headers.rsc === "1" || req.headers["next-action"]) return false;
  const accept = req.headers.accept;
  return !accept || /text\/html|\*\/\*/.test(accept);
}
