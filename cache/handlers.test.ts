import { beforeEach, describe, expect, it } from "vitest";

import dataCacheHandler from "./data-handler.mjs";
import PageCacheHandler from "./page-handler.mjs";
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
    expect(await pages.get("/a", {})).toBeNull(); // the render begins
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
    expect(await pages.get("/before", {})).toBeNull();
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

  it("a render that never stores is forgotten after a while, so writes are not held up for ever", async () => {
    const ledgerRuntime = createCacheRuntime();
    const ledger = ledgerRuntime.pageRenders;
    ledger.begin("/never-stored", performance.timeOrigin + performance.now() - 60_000);
    const started = Date.now();
    await ledgerRuntime.expire(["articles"]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
