#!/usr/bin/env node
// The production server: Next's request handler in a plain node:http server (Next's documented custom-server
// pattern), serving the build of the app in the current directory. `npm start` (scripts/start.mjs), the browser
// tests (scripts/e2e-server.mjs) and the benchmarks (scripts/bench.mjs) all run this instead of `next start`.
//
//   PORT=3000 HOSTNAME=0.0.0.0 node scripts/server.mjs      (HOSTNAME unset: every interface)
//
// Why: rate limits need the client's address. `next start` sets X-Forwarded-For to the socket's address only
// when the client did not send one, so any client can pick its own. This server writes the socket's address into
// a private header (x-ledger-peer, lib/http/client-address.ts) on every request, replacing anything a client sent
// under that name; X-Forwarded-For is then believed only as far as TRUSTED_PROXIES says (docs/deploy.md).
//
// It also adds Strict-Transport-Security when the site runs on HTTPS (SITE_HTTPS, or an https NEXTAUTH_URL); the
// other security headers come from next.config.ts.
//
// While the database cannot be reached, pages that need it get a 503 with Retry-After and a page saying the site
// is briefly unavailable, instead of Next's bare 500 or a page shell that fails to fill (server-outage.mjs,
// docs/adr/021-database-outages.md). Cached pages are served as usual.
//
// A cached reading page is kept as the bytes Next sent, and repeat requests for it are answered from those while
// its cache tags are unexpired, without Next (server-response-cache.mjs, docs/adr/071-response-cache.md).
//
// SIGTERM/SIGINT: stop accepting connections, let requests in flight (and their after() work) finish, then exit 0;
// if that takes longer than SHUTDOWN_GRACE_MS, connections are cut and the exit code is 1.
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";

import { cacheRuntime } from "../cache/runtime.mjs";
import { answerOutages } from "./server-outage.mjs";
import { createResponseCache } from "./server-response-cache.mjs";
import {
  hasPrototypeQueryKey,
  nameRequest,
  setPeerAddress,
  strictTransportSecurity,
} from "./server-request.mjs";

const SHUTDOWN_GRACE_MS = 10_000;
const startedAt = Date.now();

process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`✖ PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(1);
}
const hostname = process.env.HOSTNAME || undefined;
const dir = process.cwd();

// The app's own copy of Next (the benchmark's bare app has its own), loaded after NODE_ENV is settled.
const next = createRequire(path.join(dir, "package.json"))("next");
// Next is told "localhost" whatever interface we listen on: it names itself so in the URL its proxy sees, and
// a proxy rewrite (a search to its cached page) stays inside this process only when the origin Next builds for
// the request has the same name. With another name Next answers the rewrite by an HTTP request to itself.
const app = next({ dev: false, dir, hostname: "localhost", port });
const handle = app.getRequestHandler();

const hsts = strictTransportSecurity(process.env);
/** The same default as components/site-name.ts. */
const siteName = process.env.SITE_NAME || "The Ledger";

/** Repeat reads of cached pages, answered without Next (server-response-cache.mjs, docs/adr/071-response-cache.md). */
const responseCache = createResponseCache({ freshness: cacheRuntime });

let stopping = false;

/**
 * Next sends a page's permanentRedirect() with its Location header twice (same value; vercel/next.js renders the
 * redirect and also copies it from the render's headers). One is what HTTP allows.
 * @param {http.ServerResponse} res
 */
function singleLocation(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const location = res.getHeader("location");
    if (Array.isArray(location) && location.length > 1 && location.every((value) => value === location[0]))
      res.setHeader("location", location[0]);
    return writeHead.apply(this, args);
  };
}

const server = http.createServer((req, res) => {
  setPeerAddress(req);
  singleLocation(res);
  answerOutages(req, res, { siteName });
  if (hsts) res.setHeader("Strict-Transport-Security", hsts);
  if (stopping) res.setHeader("Connection", "close");
  // A keep-alive connection whose last response ends after a stop began would otherwise stay open until it
  // times out; close it as soon as it is idle.
  res.on("finish", () => {
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
  if (hasPrototypeQueryKey(req.url)) {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end("This address couldn’t be read. Check it and try again.");
    return;
  }
  void responseCache.handle(req, res, () => {
    // Named only when Next sees it: a repeat read the response cache answers begins no render.
    const name = nameRequest(req);
    return (
      handle(req, res)
        .catch((error) => {
          console.error(error);
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        })
        // A render this request's miss began has stored or failed by now; a write need not wait for it.
        .finally(() => cacheRuntime().pageRenders.answered(name))
    );
  });
});

function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then stopping`);
  const deadline = setTimeout(() => {
    console.error(`✖ still busy after ${SHUTDOWN_GRACE_MS / 1000}s: stopping anyway`);
    server.closeAllConnections();
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  deadline.unref();
  server.close(async (error) => {
    if (error) console.error(error);
    // Waits for after() callbacks of the last requests.
    await app.close().catch((closeError) => console.error(closeError));
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));

await app.prepare();
server.on("error", (error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
/** Resolves once the server accepts connections (scripts/start.mjs, which imports this file, waits for it). */
export const listening = new Promise((resolve) => {
  server.listen(port, hostname, () => {
    // Worded like next start's own line ("Ready in …"), which scripts and tests wait for.
    console.log(`✓ Ready in ${Date.now() - startedAt}ms on http://${hostname ?? "localhost"}:${port}`);
    resolve(undefined);
  });
});
