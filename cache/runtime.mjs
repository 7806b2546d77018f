// @ts-check
/**
 * The one cache runtime of this process, shared by Next's page cache handler (cache/page-handler.mjs), its
 * "use cache" handler (cache/data-handler.mjs) and the app's invalidation module (lib/cache/invalidation.ts),
 * which reach it through a global symbol because Next loads the handlers outside the app's bundle.
 *
 * The rule it keeps: an entry is served only if it began rendering after the latest expiry of every tag it
 * carries, and `expire` returns only when no render that began before the expiry is still in flight (see
 * render-ledger.mjs). Together these mean a request that starts after a write's response sees the write.
 * With REDIS_URL, the clock and the entries are shared by every instance (redis-backend.mjs), and an expiry
 * waits for every instance's renders.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { LRUCache } from "lru-cache";

import { createRenderLedger, now } from "./render-ledger.mjs";
import { createRedisBackend } from "./redis-backend.mjs";
import { createMemoryTagClock } from "./tag-clock.mjs";

const RUNTIME = Symbol.for("ledger.cache-runtime");
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
/** Renders take tens of milliseconds; a write held up longer than this is worth a line in the log. */
const SLOW_SETTLE_MS = 1_000;

/**
 * @template T
 * @typedef {object} EntryStore
 * @property {(key: string) => Promise<T | undefined>} get
 * @property {(key: string, value: T, size: number, expireSeconds?: number) => Promise<void>} set
 *   `expireSeconds`: how long the entry may be kept at most (its cache life's `expire`); a shared store drops
 *   it then, so entries nobody asks for again (one search of many) do not fill it.
 */

/**
 * @template T
 * @param {number} maxBytes
 * @returns {EntryStore<T>}
 */
export function createMemoryEntryStore(maxBytes) {
  /** @type {LRUCache<string, { value: T }>} */
  const lru = new LRUCache({ maxSize: maxBytes, sizeCalculation: (item, key) => item.size + key.length });
  return {
    async get(key) {
      return lru.get(key)?.value;
    },
    async set(key, value, size) {
      lru.set(key, /** @type {{ value: T; size: number }} */ ({ value, size: Math.max(1, size) }));
    },
  };
}

/**
 * @typedef {object} SharedBackend
 * @property {import("./tag-clock.mjs").TagClock} clock
 * @property {EntryStore<any>} pages
 * @property {EntryStore<any>} data
 * @property {(settle: (at: number, tags?: string[]) => Promise<void>) => void} onExpiredElsewhere
 * @property {(at: number, tags?: string[]) => Promise<void>} settleEverywhere
 */

/**
 * @param {{ clock?: import("./tag-clock.mjs").TagClock; maxBytes?: number; shared?: SharedBackend }} [options]
 */
export function createCacheRuntime(options = {}) {
  const shared = options.shared;
  const clock = shared?.clock ?? options.clock ?? createMemoryTagClock();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const pageRenders = createRenderLedger();
  const dataFills = createRenderLedger();
  const settleHere = (/** @type {number} */ at, /** @type {string[] | undefined} */ tags) =>
    Promise.all([pageRenders.settled(at, tags), dataFills.settled(at, tags)]).then(() => {});
  shared?.onExpiredElsewhere(settleHere);
  return {
    clock,
    pageRenders,
    dataFills,
    /** @type {EntryStore<any>} */
    pages: shared?.pages ?? createMemoryEntryStore(maxBytes / 2),
    /** @type {EntryStore<any>} */
    data: shared?.data ?? createMemoryEntryStore(maxBytes / 2),

    /** True when nothing tagged `tags` has expired since a render that began at `startedAt`. */
    async isFresh(/** @type {string[]} */ tags, /** @type {number} */ startedAt) {
      return (await clock.latestExpiry(tags)) < startedAt;
    },

    /** A fill that began at `startedAt` arrived stale: every render in flight may have used it. */
    taint(/** @type {number} */ startedAt) {
      pageRenders.taint(startedAt);
      dataFills.taint(startedAt);
    },

    /**
     * Expires `tags` now, then waits until no render that began before now is still in flight, so nothing
     * rendered from the old data can be handed to a request that starts after this returns. Next's own calls
     * (`updateTag` at the end of a server action) pass `settle: false`: the invalidation module already waited,
     * and renders begun since then read the committed data.
     */
    async expire(/** @type {string[]} */ tags, { settle = true } = {}) {
      if (tags.length === 0) return;
      const at = now();
      await clock.expire(tags, at);
      if (!settle) return;
      const waiting = [...pageRenders.openBefore(at, tags), ...dataFills.openBefore(at, tags)];
      await Promise.all([settleHere(at, tags), shared?.settleEverywhere(at, tags)]);
      const waited = now() - at;
      if (waited > SLOW_SETTLE_MS)
        console.warn(
          `[cache] a write waited ${Math.round(waited)} ms for renders in flight: ${waiting.join(", ").slice(0, 500)}`,
        );
    },
  };
}

/** @typedef {ReturnType<typeof createCacheRuntime>} CacheRuntime */

/**
 * This process's runtime, created on first use: shared through Redis when REDIS_URL is set, in memory
 * otherwise.
 */
export function cacheRuntime() {
  const holder = /** @type {{ [RUNTIME]?: CacheRuntime }} */ (/** @type {unknown} */ (globalThis));
  // `next build` prerenders with no database (lib/db.ts); nothing it renders may reach the shared cache.
  const building = process.env.NEXT_PHASE === "phase-production-build";
  const redisUrl = building ? undefined : process.env.REDIS_URL;
  return (holder[RUNTIME] ??= createCacheRuntime(
    redisUrl ? { shared: createRedisBackend(redisUrl, { entryPrefix: `ledger:${buildId()}:` }) } : {},
  ));
}

/** Entries belong to the build that rendered them: a new deployment never serves an old build's pages. */
function buildId() {
  try {
    return readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "unbuilt";
  }
}

/** Replaces this process's runtime (a shared store at start-up, or a fresh one in tests). */
export function installCacheRuntime(/** @type {CacheRuntime} */ runtime) {
  const holder = /** @type {{ [RUNTIME]?: CacheRuntime }} */ (/** @type {unknown} */ (globalThis));
  holder[RUNTIME] = runtime;
}

/**
 * Whether the shared cache answers: "not configured" without REDIS_URL. While it is down the site still serves,
 * rendering from the database.
 * @returns {Promise<"up" | "down" | "not configured">}
 */
export async function cacheHealth() {
  if (!process.env.REDIS_URL) return "not configured";
  return (await cacheRuntime().clock.latestExpiry(["__health__"])) === Infinity ? "down" : "up";
}
