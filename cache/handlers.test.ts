import { beforeEach, describe, expect, it } from "vitest";

import dataCacheHandler from "./data-handler.mjs";
import PageCacheHandler from "./page-handler.mjs";
import { createRenderLedger } from "./render-ledger.mjs";
import { createCacheRuntime, installCacheRuntime, type CacheRuntime } from "./runtime.mjs";

/**
 * The cache's one promise, at the level of Next's handler calls: a request that starts after a write's
 * expiry returns is never served anything rendered from before it.
 */
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

function page(html: string, tags: string[]) {
  return { kind: "APP_PAGE", html, headers: { "x-next-cache-tags": tags.join(",") } };
}

function dataEntry(text: string, tags: string[], timestamp: number) {
  return {
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    }),
    tags,
    stale: 0,
    timestamp,
    expire: 3600,
    revalidate: 900,
  };
}

async function readData(key: string, softTags: string[] = []) {
  const entry = await dataCacheHandler.get(key, softTags);
  return entry ? new Response(entry.value).text() : undefined;
}

/** A "use cache" entry stored by an earlier request. */
async function storedEarlier(key: string, text: string, tags: string[]) {
  const start = performance.timeOrigin + performance.now();
  expect(await readData(key)).toBeUndefined();
  await dataCacheHandler.set(key, Promise.resolve(dataEntry(text, tags, start)));
}

describe("cache handlers", () => {
  let runtime: CacheRuntime;
  let pages: PageCacheHandler;

  beforeEach(() => {
    runtime = createCacheRuntime();
    installCacheRuntime(runtime);
    pages = new PageCacheHandler({});
  });

  it("serves a stored page until one of its tags expires, then never again", async () => {
    expect(await pages.get("/a", {})).toBeNull();
    await pages.set("/a", page("v1", ["articles"]), {});
    expect((await pages.get("/a", {}))?.value.html).toBe("v1");
    await tick();
    await runtime.expire(["comments:1"]);
    expect((await pages.get("/a", {}))?.value.html).toBe("v1");
    await runtime.expire(["articles"]);
    expect(await pages.get("/a", {})).toBeNull();
  });

  it("a page whose render began before a write is not served after it, though it was stored later", async () => {
    await storedEarlier("headlines", "old headlines", ["articles"]);
    expect(await pages.get("/a", {})).toBeNull(); // the render begins…
    expect(await readData("headlines")).toBe("old headlines"); // …and reads the headlines
    await tick();
    const write = runtime.expire(["articles"]); // a write lands mid-render…
    let acknowledged = false;
    void write.then(() => (acknowledged = true));
    await tick();
    expect(acknowledged).toBe(false); // …and waits for that render to finish
    await pages.set("/a", page("old", ["articles"]), {});
    await write;
    expect(await pages.get("/a", {})).toBeNull();
  });

  it("a write waits for renders that began before it, not for those that began after", async () => {
    await storedEarlier("headlines", "old headlines", ["articles"]);
    expect(await pages.get("/before", {})).toBeNull();
    expect(await readData("headlines")).toBe("old headlines");
    await tick();
    let acknowledged = false;
    const write = runtime.expire(["articles"]).then(() => (acknowledged = true));
    await tick();
    expect(await pages.get("/after", {})).toBeNull(); // begins after the write, still rendering
    await pages.set("/before", page("before", ["articles"]), {});
    await write;
    expect(acknowledged).toBe(true);
    expect(runtime.pageRenders.openCount()).toBe(1);
  });

  it("a fill that arrives stale is dropped, and dates back every render that may have used it", async () => {
    const fillStart = performance.timeOrigin + performance.now();
    expect(await readData("data-1")).toBeUndefined(); // a fill begins
    await tick();
    const write = runtime.expire(["comments:1"]);
    await tick();
    // A page render that begins after the write joins the fill that began before it.
    expect(await pages.get("/article", {})).toBeNull();
    await dataCacheHandler.set(
      "data-1",
      Promise.resolve(dataEntry("old comments", ["comments:1"], fillStart)),
    );
    await pages.set("/article", page("built from old comments", ["comments:1"]), {});
    await write;
    expect(await readData("data-1")).toBeUndefined();
    expect(await pages.get("/article", {})).toBeNull();
  });

  it("data entries are dated by their fill's start and checked against soft tags too", async () => {
    const start = performance.timeOrigin + performance.now();
    expect(await readData("data-2")).toBeUndefined();
    await dataCacheHandler.set("data-2", Promise.resolve(dataEntry("fresh", ["articles"], start)));
    expect(await readData("data-2", ["_N_T_/"])).toBe("fresh");
    await tick();
    await dataCacheHandler.updateTags(["_N_T_/"]);
    expect(await readData("data-2", ["_N_T_/"])).toBeUndefined();
    expect(await dataCacheHandler.getExpiration(["_N_T_/"])).toBeGreaterThan(start);
  });

  it("a server action's look at the stored page is not a render: writes never wait for it", async () => {
    const action = new PageCacheHandler({ _requestHeaders: { "next-action": "abc123" } });
    const noScriptForm = new PageCacheHandler({
      _requestHeaders: { "content-type": "multipart/form-data; b=x" },
    });
    expect(await action.get("/story", {})).toBeNull();
    expect(await noScriptForm.get("/story", {})).toBeNull();
    expect(runtime.pageRenders.openCount()).toBe(0);
    const started = Date.now();
    await runtime.expire(["articles"]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("a prefetch served a stale page opens no render (Next does not refresh it for a prefetch)", async () => {
    await pages.set("/list", page("old", ["articles"]), { cacheControl: { revalidate: 0 } });
    await tick();
    const prefetch = new PageCacheHandler({ _requestHeaders: { "next-router-prefetch": "1" } });
    expect((await prefetch.get("/list", {}))?.value.html).toBe("old");
    expect(runtime.pageRenders.openCount()).toBe(0);
    expect((await pages.get("/list", {}))?.value.html).toBe("old"); // a reader's request: Next refreshes it
    expect(runtime.pageRenders.openCount()).toBe(1);
  });

  it("a write does not wait for re-renders of pages that never carried its tags", async () => {
    await pages.set("/latest", page("list", ["articles"]), { cacheControl: { revalidate: 0 } });
    await tick();
    expect((await pages.get("/latest", {}))?.value.html).toBe("list"); // stale by time: a refresh begins
    expect(runtime.pageRenders.openCount()).toBe(1);
    const started = Date.now();
    await runtime.expire(["comments:42"]); // a comment elsewhere: the list never carried its thread
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("a write does not wait for a first render that has read nothing it changed", async () => {
    await storedEarlier("headlines", "headlines", ["articles"]);
    expect(await pages.get("/sections/world", {})).toBeNull(); // a first render: its tags are not known yet
    expect(await readData("headlines")).toBe("headlines");
    const started = Date.now();
    await runtime.expire(["comments:42"]); // a comment on a story this page has not read
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(runtime.pageRenders.openCount()).toBe(1);
    let acknowledged = false;
    const write = runtime.expire(["articles"]).then(() => (acknowledged = true)); // but it did read the headlines
    await tick();
    expect(acknowledged).toBe(false);
    await pages.set("/sections/world", page("world", ["articles"]), {});
    await write;
    expect(await pages.get("/sections/world", {})).toBeNull();
  });

  it("a render is over once Next has answered every request whose miss began it, though it never stored", async () => {
    await storedEarlier("headlines", "old headlines", ["articles"]);
    const prefetch = new PageCacheHandler({ _requestHeaders: { "x-ledger-request": "41" } });
    const reader = new PageCacheHandler({ _requestHeaders: { "x-ledger-request": "42" } });
    expect(await prefetch.get("/latest", {})).toBeNull();
    expect(await readData("headlines")).toBe("old headlines");
    expect(await reader.get("/latest", {})).toBeNull();
    let acknowledged = false;
    const write = runtime.expire(["articles"]).then(() => (acknowledged = true));
    await tick();
    runtime.pageRenders.answered("41"); // the prefetch was cut off; the reader's request still waits on the render
    await tick();
    expect(acknowledged).toBe(false);
    runtime.pageRenders.answered("42");
    await write;
    expect(acknowledged).toBe(true);
    expect(runtime.pageRenders.openCount()).toBe(0);
  });

  it("a render that joins a fill carries the fill's tags from the moment it stores", async () => {
    expect(await pages.get("/article", {})).toBeNull();
    const start = performance.timeOrigin + performance.now();
    expect(await readData("thread")).toBeUndefined(); // another request's fill, which this render joins
    await dataCacheHandler.set("thread", Promise.resolve(dataEntry("thread", ["comments:7"], start)));
    let acknowledged = false;
    const write = runtime.expire(["comments:7"]).then(() => (acknowledged = true));
    await tick();
    expect(acknowledged).toBe(false);
    await pages.set("/article", page("article", ["comments:7"]), {});
    await write;
    expect(acknowledged).toBe(true);
  });

  it("a render that begins just after a read may have joined it; one that begins later has not", async () => {
    const ledger = createRenderLedger({ joinWindowMs: 1_000 });
    const readAt = performance.timeOrigin + performance.now() - 5_000;
    ledger.read(["comments:7"], readAt);
    ledger.begin("/soon-after", readAt + 500, []);
    ledger.begin("/much-later", readAt + 2_000, []);
    expect(ledger.openBefore(readAt + 3_000, ["comments:7"])).toEqual(["/soon-after"]);
  });

  it("a render forgotten for being slow is still dated by its start when it stores at last", async () => {
    const slowRuntime = createCacheRuntime();
    installCacheRuntime(slowRuntime);
    const tenSecondsAgo = performance.timeOrigin + performance.now() - 11_000;
    slowRuntime.pageRenders.begin("/slow", tenSecondsAgo, []);
    await slowRuntime.expire(["articles"]); // the render is forgotten: this write does not wait for it
    await pages.set("/slow", page("rendered from before the write", ["articles"]), {});
    expect(await pages.get("/slow", {})).toBeNull();
  });

  it("a render that never stores is forgotten after a while, so writes are not held up for ever", async () => {
    const ledgerRuntime = createCacheRuntime();
    const ledger = ledgerRuntime.pageRenders;
    ledger.begin("/never-stored", performance.timeOrigin + performance.now() - 60_000);
    const started = Date.now();
    await ledgerRuntime.expire(["articles"]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
