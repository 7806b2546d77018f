/**
 * What scripts/server.mjs sends while the database cannot be reached (server-outage.mjs), in front of a stand-in
 * for Next that answers the ways Next does: a cached page, a render that failed on the database (a bare 500), a
 * per-request page's shell (200, x-nextjs-postponed), the health check's own 503, and compressed output.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { databaseOutage, reportDatabaseAnswered, reportDatabaseFailure } from "../lib/database-outage";
import { answerOutages, RETRY_AFTER_SECONDS } from "./server-outage.mjs";

const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: () => void,
) => void;

/** Next's error document for a render that failed: no content, the browser draws the error page. */
const NEXT_ERROR_DOCUMENT = '<!DOCTYPE html><html id="__next_error__"><body></body></html>';

/** Answers as Next does (headers first, then status, then chunks), per path. */
async function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  if (url.searchParams.has("gzip")) compression()(req, res, () => {});
  // Security headers come from next.config.ts on every answer.
  res.setHeader("X-Content-Type-Options", "nosniff");
  switch (url.pathname) {
    case "/cached":
      res.setHeader("Cache-Control", "s-maxage=60, stale-while-revalidate=3540");
      res.setHeader("xkey", "articles");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end("<html>a cached story</html>");
      return;
    case "/render-fails":
      // The page's query fails to reach the database while it renders.
      reportDatabaseFailure({ code: "P1001" });
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.end(NEXT_ERROR_DOCUMENT);
      return;
    case "/fails-then-recovers":
      reportDatabaseFailure({ code: "P1001" });
      // Another request's query reaches the database before this answer goes out.
      reportDatabaseAnswered();
      res.statusCode = 500;
      res.end(NEXT_ERROR_DOCUMENT);
      return;
    case "/bug":
      res.statusCode = 500;
      res.end(NEXT_ERROR_DOCUMENT);
      return;
    case "/per-request":
      res.setHeader("x-nextjs-postponed", "1");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.statusCode = 200;
      res.write("<html><body>the shell");
      await new Promise((resolve) => setTimeout(resolve, 20));
      res.write("…and what the database would have filled in");
      res.end("</body></html>");
      return;
    case "/api/health":
      res.statusCode = 503;
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ ok: false, database: "down", cache: "up" }));
      return;
    default:
      res.statusCode = 404;
      res.end("not found");
  }
}

let server: http.Server;
let base: string;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  server = http.createServer((req, res) => {
    answerOutages(req, res, { siteName: "The Ledger" });
    void fakeNext(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const probe = vi.fn(async () => {});
function databaseDown() {
  reportDatabaseFailure({ code: "57P01" });
  databaseOutage().probe = probe;
}
afterEach(() => {
  const state = databaseOutage();
  state.unavailableSince = null;
  state.lastFailureAt = null;
  delete state.probe;
  probe.mockClear();
  vi.useRealTimers();
});
vi.spyOn(console, "error").mockImplementation(() => {});
vi.spyOn(console, "log").mockImplementation(() => {});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };
function send(path: string, { method = "GET", headers = {} } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode!, headers: res.headers, body: body.toString("utf8") });
      });
    });
    request.on("error", reject);
    request.end();
  });
}

function expectOutagePage(answer: Answer) {
  expect(answer.status).toBe(503);
  expect(answer.headers["retry-after"]).toBe(String(RETRY_AFTER_SECONDS));
  expect(answer.headers["cache-control"]).toBe("no-store");
  expect(answer.headers.xkey).toBeUndefined();
  expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
  expect(answer.body).toContain("<h1>The Ledger is briefly unavailable</h1>");
  expect(answer.body).toContain("Please try again in a moment.");
  expect(answer.body).not.toContain("__next_error__");
  expect(answer.body).not.toContain("the shell");
}

describe("while the database answers", () => {
  it("Next's answers pass untouched, a bug's 500 included", async () => {
    expect((await send("/cached")).body).toBe("<html>a cached story</html>");
    expect(await send("/bug")).toMatchObject({ status: 500, body: NEXT_ERROR_DOCUMENT });
    const page = await send("/per-request");
    expect(page.status).toBe(200);
    expect(page.body).toContain("what the database would have filled in");
  });
});

describe("while the database cannot be reached", () => {
  it("cached pages are served as usual", async () => {
    databaseDown();
    const page = await send("/cached");
    expect(page).toMatchObject({ status: 200, body: "<html>a cached story</html>" });
    expect(page.headers["retry-after"]).toBeUndefined();
  });

  it("a page whose render needed the database gets the outage page, not Next's bare 500", async () => {
    expectOutagePage(await send("/render-fails"));
  });

  it("so does a page rendered per request, before its shell goes out", async () => {
    databaseDown();
    expectOutagePage(await send("/per-request"));
  });

  it("the next answer on the same connection is intact (nothing of the dropped page leaks)", async () => {
    databaseDown();
    expectOutagePage(await send("/per-request"));
    expect((await send("/cached")).body).toBe("<html>a cached story</html>");
  });

  it("compressed output is replaced too", async () => {
    databaseDown();
    const answer = await send("/render-fails?gzip", { headers: { "accept-encoding": "gzip" } });
    expectOutagePage(answer);
    expect(answer.headers["content-encoding"]).toBeUndefined();
  });

  it("the health check's own 503 stands, naming what is down", async () => {
    databaseDown();
    const health = await send("/api/health");
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toEqual({ ok: false, database: "down", cache: "up" });
  });

  it("router and action requests, posts and non-HTML clients are not given the page", async () => {
    databaseDown();
    // The router shows its own error page in place of a per-request page's failed part.
    expect((await send("/per-request", { headers: { rsc: "1" } })).status).toBe(200);
    // A form posted without JavaScript shows the action's answer in the page, if the page can render.
    expect((await send("/per-request", { method: "POST" })).status).toBe(200);
    const api = await send("/render-fails", { headers: { accept: "application/json" } });
    expect(api.status).toBe(503);
    expect(api.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(api.body).toBe("The site is briefly unavailable. Please try again in a moment.\n");
  });

  it("HEAD gets the status and headers", async () => {
    databaseDown();
    const head = await send("/per-request", { method: "HEAD" });
    expect(head.status).toBe(503);
    expect(head.headers["retry-after"]).toBe(String(RETRY_AFTER_SECONDS));
    expect(head.body).toBe("");
  });

  it("asks the database whether it is back, at most once a second (the page's own render is dropped)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 3_600_000);
    databaseDown();
    await send("/per-request");
    await send("/per-request");
    expect(probe).toHaveBeenCalledTimes(1);
    vi.setSystemTime(Date.now() + 1_100);
    await send("/per-request");
    expect(probe).toHaveBeenCalledTimes(2);
  });
});

describe("after the database answers again", () => {
  it("a render that failed on it during this request still gets the outage page", async () => {
    expectOutagePage(await send("/fails-then-recovers"));
    expect(databaseOutage().unavailableSince).toBeNull();
  });

  it("a failure from before the request does not make a later bug's 500 an outage", async () => {
    reportDatabaseFailure({ code: "P1001" }, Date.now() - 60_000);
    databaseOutage().unavailableSince = null;
    expect((await send("/bug")).status).toBe(500);
  });
});
