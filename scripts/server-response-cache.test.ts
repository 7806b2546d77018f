import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { RENDERED_AT_HEADER } from "../cache/page-handler.mjs";
import { cacheKey, createResponseCache, encodingVariant, MAX_AGE_MS } from "./server-response-cache.mjs";

/**
 * A server shaped like scripts/server.mjs, with a stand-in for Next that answers like a cached reading page
 * (tags in `xkey`, its render time in RENDERED_AT_HEADER) and counts how often it was asked.
 */
type Answer = { status?: number; headers?: Record<string, string>; body?: string; gzip?: boolean };

let server: http.Server;
let base: string;
let clock: number;
let expiredAt: Map<string, number>;
let nextCalls: number;
let answer: (req: http.IncomingMessage) => Answer;
/** When set, the next request Next is asked waits for it (then it is cleared). */
let holdNextOnce: Promise<void> | null;

const PAGE = "<html><body>The port strike ends</body></html>";
const pageAnswer = (req: http.IncomingMessage): Answer => ({
  headers: {
    "cache-control": "s-maxage=60, stale-while-revalidate=3540",
    etag: '"page-v1"',
    xkey: "article:port-strike comments:a1",
    "x-nextjs-cache": "MISS",
    [RENDERED_AT_HEADER]: String(clock - 5),
  },
  body: PAGE,
  gzip: /gzip/.test(String(req.headers["accept-encoding"] ?? "")),
});

beforeEach(async () => {
  clock = 1_000_000;
  expiredAt = new Map();
  nextCalls = 0;
  answer = pageAnswer;
  holdNextOnce = null;
  const cache = createResponseCache({
    now: () => clock,
    freshness: () => ({
      isFresh: async (tags: string[], startedAt: number) =>
        tags.every((tag) => (expiredAt.get(tag) ?? -Infinity) < startedAt),
    }),
  });
  server = http.createServer((req, res) => {
    void cache.handle(req, res, () => {
      nextCalls++;
      const respond = () => {
        const { status = 200, headers = {}, body = "", gzip = false } = answer(req);
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        if (gzip) res.setHeader("content-encoding", "gzip");
        res.statusCode = status;
        res.end(gzip ? gzipSync(body) : body);
      };
      const hold = holdNextOnce;
      holdNextOnce = null;
      if (hold) void hold.then(respond);
      else respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A raw GET (fetch would add Accept-Encoding and decompress). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const request = http.request(`${base}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      request.on("error", reject);
      request.end();
    },
  );
}

describe("the server's response cache", () => {
  it("answers a repeat read of a cached page itself, with the same bytes and headers", async () => {
    const first = await get("/articles/port-strike");
    const second = await get("/articles/port-strike");
    expect(nextCalls).toBe(1);
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe(PAGE);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers["cache-control"]).toBe(first.headers["cache-control"]);
    expect(second.headers.xkey).toBe(first.headers.xkey);
    expect(second.headers["x-nextjs-cache"]).toBe("HIT");
  });

  it("never sends the render time it keeps entries by", async () => {
    const first = await get("/articles/port-strike");
    const second = await get("/articles/port-strike");
    expect(first.headers[RENDERED_AT_HEADER]).toBeUndefined();
    expect(second.headers[RENDERED_AT_HEADER]).toBeUndefined();
  });

  it("asks Next again once a tag of the page has expired after it was rendered", async () => {
    await get("/articles/port-strike");
    expiredAt.set("comments:a1", clock);
    clock += 1;
    await get("/articles/port-strike");
    expect(nextCalls).toBe(2);
    // Rendered (by the stand-in) before that expiry too: still not kept as fresh.
    await get("/articles/port-strike");
    expect(nextCalls).toBe(3);
  });

  it("asks Next again after MAX_AGE_MS whatever the tags say", async () => {
    await get("/articles/port-strike");
    clock += MAX_AGE_MS + 1;
    await get("/articles/port-strike");
    expect(nextCalls).toBe(2);
  });

  it("past MAX_AGE_MS, asks Next once and keeps answering from the entry until Next has answered", async () => {
    await get("/articles/port-strike");
    clock += MAX_AGE_MS + 1;
    let release = () => {};
    holdNextOnce = new Promise<void>((resolve) => (release = resolve));
    const refresh = get("/articles/port-strike");
    while (nextCalls < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const meanwhile = await get("/articles/port-strike");
    release();
    await refresh;
    expect(meanwhile.body.toString()).toBe(PAGE);
    expect(nextCalls).toBe(2);
  });

  it("keeps gzip and plain answers apart", async () => {
    await get("/articles/port-strike", { "accept-encoding": "gzip, deflate, br" });
    const plain = await get("/articles/port-strike");
    expect(nextCalls).toBe(2);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    const zipped = await get("/articles/port-strike", { "accept-encoding": "gzip" });
    expect(nextCalls).toBe(2);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
  });

  it("answers a matching If-None-Match with 304 and no body", async () => {
    await get("/articles/port-strike");
    const revalidated = await get("/articles/port-strike", { "if-none-match": '"page-v1"' });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(nextCalls).toBe(1);
  });

  it("answers HEAD from a stored page without a body", async () => {
    await get("/articles/port-strike");
    const head = await get("/articles/port-strike", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(PAGE.length);
    expect(nextCalls).toBe(1);
  });

  it("never stores an answer that sets a cookie, is private, has no tags or failed", async () => {
    const page = pageAnswer({ headers: {} } as http.IncomingMessage).headers;
    const refusals: Answer[] = [
      { headers: { ...page, "set-cookie": "a=1" }, body: PAGE },
      { headers: { ...page, "cache-control": "private, no-store" }, body: PAGE },
      { headers: { "cache-control": "s-maxage=60", [RENDERED_AT_HEADER]: String(clock) }, body: PAGE },
      { status: 404, headers: page, body: "Not found" },
    ];
    for (const [i, refusal] of refusals.entries()) {
      answer = () => refusal;
      await get(`/articles/refused-${i}`);
      await get(`/articles/refused-${i}`);
    }
    expect(nextCalls).toBe(refusals.length * 2);
  });

  it("lets signed-in readers, private areas, actions and the router's requests through", async () => {
    const passes: [string, Record<string, string>][] = [
      ["/articles/port-strike", { cookie: "theme=dark; next-auth.session-token=abc" }],
      ["/articles/port-strike", { cookie: "__Secure-next-auth.session-token=abc" }],
      ["/articles/port-strike", { rsc: "1" }],
      ["/articles/port-strike", { "next-router-state-tree": "%5B%5D" }],
      ["/account", {}],
      ["/admin", {}],
      ["/api/me", {}],
    ];
    for (const [path, headers] of passes) {
      await get(path, headers);
      await get(path, headers);
    }
    expect(nextCalls).toBe(passes.length * 2);
  });
});

describe("which requests the response cache may answer", () => {
  it("keys by the address as sent and the encoding variant", () => {
    const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
      ({ url, method, headers }) as unknown as http.IncomingMessage;
    expect(cacheKey(request("/tags/port?page=2"))).toBe("identity /tags/port?page=2");
    expect(cacheKey(request("/", { "accept-encoding": "gzip, br" }))).toBe("gzip /");
    expect(cacheKey(request("/", {}, "POST"))).toBeNull();
    expect(cacheKey(request("/", { "next-action": "abc" }))).toBeNull();
  });

  it("leaves encodings Next would choose differently to Next", () => {
    expect(encodingVariant(undefined)).toBe("identity");
    expect(encodingVariant("gzip;q=1.0, identity; q=0.5")).toBe("gzip");
    expect(encodingVariant("deflate")).toBeNull();
    expect(encodingVariant("gzip;q=0, deflate")).toBeNull();
    expect(encodingVariant("identity")).toBe("identity");
  });
});
