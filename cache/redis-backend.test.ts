import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import net from "node:net";

import { afterAll, afterEach, describe, expect, it } from "vitest";

import { Redis } from "ioredis";

import PageCacheHandler, { NOT_FOUND_EXPIRE_SECONDS } from "./page-handler.mjs";
import { createRedisBackend } from "./redis-backend.mjs";
import { createCacheRuntime, installCacheRuntime, type CacheRuntime } from "./runtime.mjs";

/**
 * Several instances sharing one Redis: what one expires holds for all at once, a write waits for every
 * instance's older renders, and a Redis outage degrades to rendering from the database, then recovers.
 * Runs against a private redis-server on its own port (the binary the machine has), so it can be stopped.
 */
const REDIS_PORT = 6391;
const REQUIRE_REDIS = process.env.REQUIRE_REDIS === "1";
const haveRedisServer = await new Promise<boolean>((resolve) => {
  const probe = spawn("redis-server", ["--version"]);
  probe.on("error", () => resolve(false));
  probe.on("exit", (code) => resolve(code === 0));
});
if (!haveRedisServer && REQUIRE_REDIS)
  throw new Error("redis-server is required for the shared-cache tests (apt-get install redis-server).");

let server: ChildProcess | null = null;
async function startRedis() {
  server = spawn("redis-server", ["--port", String(REDIS_PORT), "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(REDIS_PORT, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("redis-server did not start");
}
async function stopRedis() {
  if (!server) return;
  const exited = once(server, "exit");
  server.kill("SIGKILL");
  await exited;
  server = null;
}

const tick = (ms = 2) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!haveRedisServer)("the shared cache across instances (Redis)", () => {
  const backends: ReturnType<typeof createRedisBackend>[] = [];
  const logs: string[] = [];

  function instance(prefix: string): CacheRuntime {
    const backend = createRedisBackend(`redis://127.0.0.1:${REDIS_PORT}`, {
      prefix,
      log: (message) => logs.push(message),
    });
    backends.push(backend);
    return createCacheRuntime({ shared: backend });
  }

  async function connected(runtime: CacheRuntime) {
    for (let i = 0; i < 100; i++) {
      if ((await runtime.clock.latestExpiry(["probe"])) !== Infinity) return;
      await tick(20);
    }
    throw new Error("never connected");
  }

  afterEach(async () => {
    await Promise.all(backends.splice(0).map((backend) => backend.close()));
    await stopRedis();
  });
  afterAll(stopRedis);

  it("an entry stored by one instance is served by another, until an expiry made by either", async () => {
    await startRedis();
    const prefix = `t${randomUUID()}:`;
    const [a, b] = [instance(prefix), instance(prefix)];
    await Promise.all([connected(a), connected(b)]);
    const startedAt = performance.timeOrigin + performance.now();
    await a.pages.set("/story", { html: Buffer.from("v1"), segments: new Map([["x", Buffer.from("y")]]) }, 2);
    const onB = (await b.pages.get("/story")) as { html: Buffer; segments: Map<string, Buffer> };
    expect(onB.html.toString()).toBe("v1");
    expect(onB.segments.get("x")?.toString()).toBe("y");
    expect(await b.isFresh(["articles"], startedAt)).toBe(true);
    await tick();
    await a.expire(["articles"]);
    expect(await b.isFresh(["articles"], startedAt)).toBe(false);
  });

  it("an entry is kept no longer than its cache life, so one-off pages (a rare search) do not fill Redis", async () => {
    await startRedis();
    const prefix = `t${randomUUID()}:`;
    const [a, b] = [instance(prefix), instance(prefix)];
    await Promise.all([connected(a), connected(b)]);
    await a.pages.set("/search/r/short", { html: Buffer.from("results") }, 7, 1);
    await a.pages.set("/story", { html: Buffer.from("story") }, 5);
    expect(await b.pages.get("/search/r/short")).toBeDefined();
    await tick(1_500); // past the entry's one-second life: Redis has dropped it
    expect(await b.pages.get("/search/r/short")).toBeUndefined();
    expect(await a.pages.get("/search/r/short")).toBeUndefined();
    expect(await b.pages.get("/story")).toBeDefined();
  });

  it("an unknown address's 404 page is kept an hour at most, though pages may be kept a week", async () => {
    await startRedis();
    const prefix = `t${randomUUID()}:`;
    const a = instance(prefix);
    await connected(a);
    installCacheRuntime(a);
    const handler = new PageCacheHandler({});
    const week = 7 * 24 * 3600;
    const page = (status: number) => ({
      kind: "APP_PAGE",
      status,
      html: "page",
      headers: { "x-next-cache-tags": "articles" },
    });
    const cacheControl = { revalidate: false as const, expire: week };
    await handler.set("/articles/no-such-story", page(404), { cacheControl });
    await handler.set("/articles/a-story", page(200), { cacheControl });
    const redis = new Redis(`redis://127.0.0.1:${REDIS_PORT}`);
    try {
      const notFoundTtl = await redis.ttl(`${prefix}page:b:/articles/no-such-story`);
      expect(notFoundTtl).toBeGreaterThan(NOT_FOUND_EXPIRE_SECONDS - 60);
      expect(notFoundTtl).toBeLessThanOrEqual(NOT_FOUND_EXPIRE_SECONDS);
      expect(await redis.ttl(`${prefix}page:b:/articles/a-story`)).toBeGreaterThan(week - 60);
    } finally {
      redis.disconnect();
    }
  });

  it("a write on one instance waits for the renders another instance began before it", async () => {
    await startRedis();
    const prefix = `t${randomUUID()}:`;
    const [a, b] = [instance(prefix), instance(prefix)];
    await Promise.all([connected(a), connected(b)]);
    await tick(50); // both subscribers are listening
    b.pageRenders.begin("/home");
    await tick();
    let acknowledged = false;
    const write = a.expire(["articles"]).then(() => (acknowledged = true));
    await tick(100);
    expect(acknowledged).toBe(false);
    b.pageRenders.finish("/home");
    await write;
    expect(acknowledged).toBe(true);
  });

  it("while Redis is down, reads miss and writes still answer; afterwards nothing from before is served stale", async () => {
    await startRedis();
    logs.length = 0;
    const prefix = `t${randomUUID()}:`;
    const a = instance(prefix);
    await connected(a);
    const startedAt = performance.timeOrigin + performance.now();
    await a.pages.set("/story", { html: Buffer.from("before the outage") }, 17);
    await tick();

    await stopRedis();
    expect(await a.pages.get("/story")).toBeUndefined();
    expect(await a.isFresh(["articles"], startedAt)).toBe(false);
    await a.expire(["articles"]); // a write during the outage: answers, and is remembered
    expect(
      logs.filter((line) => line.includes("unreachable")),
      logs.join("\n"),
    ).toHaveLength(1);

    await startRedis();
    for (let i = 0; i < 200 && !logs.some((line) => line.includes("Redis is back")); i++) await tick(50);
    expect(
      logs.some((line) => line.includes("Redis is back")),
      logs.join("\n"),
    ).toBe(true);
    expect(await a.pages.get("/story")).toBeUndefined(); // this redis-server kept nothing on disk
    expect(await a.isFresh(["articles"], startedAt)).toBe(false);
  });
});
