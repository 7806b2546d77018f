// @ts-check
/**
 * Next's "use cache" handler (`cacheHandlers.default` in next.config.ts). Entries are dated by when their fill
 * began; a fill that arrives stale (a tag it carries expired while it ran) is not stored, and every render in
 * flight is dated back to its start, since any of them may have joined it (see runtime.mjs).
 */
import { cacheRuntime } from "./runtime.mjs";
import { now } from "./render-ledger.mjs";

const DEBUG = process.env.LEDGER_DEBUG_CACHE === "1";

/** @param {ReadableStream<Uint8Array>} stream */
async function toBuffer(stream) {
  const chunks = [];
  for await (const chunk of /** @type {AsyncIterable<Uint8Array>} */ (/** @type {unknown} */ (stream)))
    chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** @param {Uint8Array} buffer */
function toStream(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(buffer);
      controller.close();
    },
  });
}

/**
 * @typedef {{ value: ReadableStream<Uint8Array>; tags: string[]; stale: number; timestamp: number; expire: number;
 *   revalidate: number }} CacheEntry
 */

const dataCacheHandler = {
  /**
   * @param {string} key
   * @param {string[]} softTags
   * @returns {Promise<CacheEntry | undefined>}
   */
  async get(key, softTags) {
    const runtime = cacheRuntime();
    const stored = await runtime.data.get(key);
    // Counted before its freshness is checked (a write that expires it meanwhile either finds this read, or is
    // found by the check), and again as it is answered, for renders that began meanwhile and may join this
    // lookup (render-ledger.mjs).
    if (stored) runtime.pageRenders.read(stored.meta.tags);
    const usable =
      stored &&
      now() <= stored.meta.timestamp + stored.meta.revalidate * 1000 &&
      (await runtime.isFresh([...stored.meta.tags, ...softTags], stored.meta.timestamp));
    if (DEBUG)
      console.log("[data-cache] get", key.slice(0, 80), stored ? (usable ? "hit" : "expired") : "miss");
    if (!stored || !usable) {
      runtime.dataFills.begin(key, now(), stored?.meta.tags);
      return undefined;
    }
    runtime.pageRenders.read(stored.meta.tags);
    return { ...stored.meta, value: toStream(stored.buffer) };
  },

  /**
   * @param {string} key
   * @param {Promise<CacheEntry>} pendingEntry
   */
  async set(key, pendingEntry) {
    const runtime = cacheRuntime();
    try {
      const { value, ...meta } = await pendingEntry;
      const buffer = await toBuffer(value);
      const timestamp = Math.min(meta.timestamp, runtime.dataFills.startOf(key) ?? Infinity);
      const fresh = await runtime.isFresh(meta.tags, timestamp);
      // Before closing this fill, so a write waiting on it also waits for the renders that joined it: they
      // carry its tags now, and if it arrived stale, they are dated back to its start.
      runtime.pageRenders.read(meta.tags);
      if (!fresh) runtime.taint(timestamp);
      runtime.dataFills.finish(key);
      if (!fresh) {
        if (DEBUG) console.log("[data-cache] set", key.slice(0, 80), "stale on arrival");
        return;
      }
      // Dynamic entries (expire 0) are regenerated on every read; storing them would waste memory.
      if (meta.expire === 0) return;
      await runtime.data.set(key, { meta: { ...meta, timestamp }, buffer }, buffer.byteLength, meta.expire);
      // Renders may join this fill until it has stored: those that began while it did carry its tags too.
      runtime.pageRenders.read(meta.tags);
    } catch (error) {
      runtime.dataFills.finish(key);
      if (DEBUG) console.log("[data-cache] set failed", key.slice(0, 80), error);
    }
  },

  async refreshTags() {},

  /** @param {string[]} tags */
  async getExpiration(tags) {
    return cacheRuntime().clock.latestExpiry(tags);
  },

  /** @param {string[]} tags */
  async updateTags(tags) {
    await cacheRuntime().expire(tags, { settle: false });
  },
};

export default dataCacheHandler;
