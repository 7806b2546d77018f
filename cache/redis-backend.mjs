// @ts-check
/**
 * The shared cache for several instances (REDIS_URL): tag expiries, pages and "use cache" entries live in
 * Redis, so an expiry made by one instance holds on every instance as soon as it is written. Each instance keeps
 * a small local copy of entry bodies, checked against a tiny version key on every read.
 *
 * A write also waits for every instance to finish the renders it began before the expiry (see runtime.mjs):
 * the writer publishes the expiry and waits for as many acknowledgements as there were listeners.
 *
 * Redis down: reads miss (pages render from the database), writes of entries are skipped, and expiries are
 * kept and replayed when Redis is back, so nothing stored before the outage is served stale afterwards. The
 * outage and the recovery are each logged once.
 */
import { randomUUID } from "node:crypto";
import { deserialize, serialize } from "node:v8";

import { Redis } from "ioredis";
import { LRUCache } from "lru-cache";

/** The longest an entry is kept; one with a shorter cache life (its `expire`) is dropped when that ends. */
const ENTRY_TTL_SECONDS = 7 * 24 * 3600;

/** @param {number | undefined} expireSeconds */
function entryTtl(expireSeconds) {
  return typeof expireSeconds === "number" && Number.isFinite(expireSeconds) && expireSeconds > 0
    ? Math.min(ENTRY_TTL_SECONDS, Math.ceil(expireSeconds))
    : ENTRY_TTL_SECONDS;
}
const ACK_TIMEOUT_MS = 3_000;

/**
 * @param {string} url
 * @param {{ prefix?: string; entryPrefix?: string; localBytes?: number; log?: (message: string) => void }} [options]
 *   `prefix` names what every build shares (tag expiries, coordination); `entryPrefix` the entries, which
 *   belong to one build.
 */
export function createRedisBackend(url, options = {}) {
  const prefix = options.prefix ?? "ledger:";
  const entryPrefix = options.entryPrefix ?? prefix;
  const log = options.log ?? ((message) => console.log(message));
  const instance = randomUUID();
  const clientOptions = {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (/** @type {number} */ times) => Math.min(200 * times, 2_000),
  };
  const client = new Redis(url, clientOptions);
  const subscriber = new Redis(url, clientOptions);

  let down = false;
  /** Before the first connection, a failed command is not an outage yet: the client is still connecting. */
  let everReady = false;
  /** Expiries made while Redis was unreachable, replayed when it is back. */
  const unsentExpiries = new Map();

  /** @param {unknown} error */
  function noteOutage(error) {
    if (down || (!everReady && !(error instanceof Error && "code" in error))) return;
    down = true;
    log(
      `✖ Redis is unreachable (${error instanceof Error ? error.message : String(error)}): pages render from the database until it is back.`,
    );
  }

  client.on("error", noteOutage);
  subscriber.on("error", () => {});
  client.on("ready", async () => {
    if (unsentExpiries.size > 0) {
      const pending = [...unsentExpiries];
      unsentExpiries.clear();
      try {
        for (const [tag, at] of pending) await client.eval(MAX_SCRIPT, 1, `${prefix}tags`, tag, String(at));
      } catch (error) {
        for (const [tag, at] of pending) unsentExpiries.set(tag, Math.max(unsentExpiries.get(tag) ?? 0, at));
        noteOutage(error);
        return;
      }
    }
    if (down) log("• Redis is back: the shared cache is in use again.");
    down = false;
    everReady = true;
  });

  /** Sets a tag's expiry to the later of the stored one and `at`. */
  const MAX_SCRIPT = `local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if tonumber(ARGV[2]) > current then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 1`;

  /** @type {import("./tag-clock.mjs").TagClock} */
  const clock = {
    async expire(tags, at) {
      try {
        const pipeline = client.pipeline();
        for (const tag of tags) pipeline.eval(MAX_SCRIPT, 1, `${prefix}tags`, tag, String(at));
        const results = await pipeline.exec();
        const failed = results?.find(([error]) => error);
        if (failed) throw failed[0];
      } catch (error) {
        noteOutage(error);
        for (const tag of tags) unsentExpiries.set(tag, Math.max(unsentExpiries.get(tag) ?? 0, at));
      }
    },
    async latestExpiry(tags) {
      if (tags.length === 0) return 0;
      try {
        const values = await client.hmget(`${prefix}tags`, ...tags);
        return Math.max(0, ...values.map((value) => Number(value ?? 0)));
      } catch (error) {
        noteOutage(error);
        // Unknown: treat everything as expired, so readers get a fresh render from the database.
        return Infinity;
      }
    },
  };

  /**
   * @param {string} kind
   * @returns {import("./runtime.mjs").EntryStore<any>}
   */
  function entryStore(kind) {
    /** @type {LRUCache<string, { version: string; value: any; size: number }>} */
    const local = new LRUCache({
      maxSize: options.localBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (item) => Math.max(1, item.size),
    });
    const versionKey = (/** @type {string} */ key) => `${entryPrefix}${kind}:v:${key}`;
    const bodyKey = (/** @type {string} */ key) => `${entryPrefix}${kind}:b:${key}`;
    return {
      async get(key) {
        try {
          const version = await client.get(versionKey(key));
          if (!version) return undefined;
          const cached = local.get(key);
          if (cached?.version === version) return cached.value;
          const body = await client.getBuffer(bodyKey(key));
          if (!body) return undefined;
          const stored = deserialize(body);
          if (stored.version !== version) return undefined;
          local.set(key, { version, value: stored.value, size: body.byteLength });
          return stored.value;
        } catch (error) {
          noteOutage(error);
          return undefined;
        }
      },
      async set(key, value, size, expireSeconds) {
        const version = randomUUID();
        const ttl = entryTtl(expireSeconds);
        try {
          const body = serialize({ version, value });
          await client
            .multi()
            .set(bodyKey(key), body, "EX", ttl)
            .set(versionKey(key), version, "EX", ttl)
            .exec();
          local.set(key, { version, value, size });
        } catch (error) {
          noteOutage(error);
        }
      },
    };
  }

  /** @type {Map<string, { remaining: number; resolve: () => void }>} */
  const waits = new Map();
  /** @type {((at: number, tags?: string[]) => Promise<void>) | null} */
  let settleLocal = null;

  // Subscribe whenever the connection is (re)established: with no offline queue, a subscribe sent before
  // that would be dropped.
  subscriber.on("ready", () => {
    void subscriber.subscribe(`${prefix}expired`, `${prefix}drained`).catch(() => {});
  });
  subscriber.on("message", (channel, message) => {
    const [id, at, tagList] = message.split(" ");
    if (!id) return;
    if (channel === `${prefix}expired` && settleLocal) {
      const tags = tagList ? tagList.split(",").map(decodeURIComponent) : undefined;
      void settleLocal(Number(at), tags).then(() => client.publish(`${prefix}drained`, id).catch(() => {}));
    } else if (channel === `${prefix}drained`) {
      const wait = waits.get(id);
      if (wait && --wait.remaining <= 0) wait.resolve();
    }
  });

  return {
    clock,
    pages: entryStore("page"),
    data: entryStore("data"),
    instance,

    /** How this instance settles its own renders when another instance expires tags. */
    onExpiredElsewhere(/** @type {(at: number, tags?: string[]) => Promise<void>} */ settle) {
      settleLocal = settle;
    },

    /**
     * Tells every instance that tags expired at `at`, and waits until each has finished the renders it began
     * before then (or a few seconds, if one does not answer: it may be gone).
     */
    async settleEverywhere(/** @type {number} */ at, /** @type {string[] | undefined} */ tags = undefined) {
      if (down) return;
      const id = randomUUID();
      let resolve = () => {};
      const done = new Promise((/** @type {(value?: unknown) => void} */ r) => (resolve = () => r()));
      try {
        const tagList = tags ? ` ${tags.map(encodeURIComponent).join(",")}` : "";
        const listeners = await client.publish(`${prefix}expired`, `${id} ${at}${tagList}`);
        if (listeners === 0) return;
        waits.set(id, { remaining: listeners, resolve });
        const timer = setTimeout(resolve, ACK_TIMEOUT_MS);
        await done;
        clearTimeout(timer);
      } catch (error) {
        noteOutage(error);
      } finally {
        waits.delete(id);
      }
    },

    async close() {
      client.disconnect();
      subscriber.disconnect();
    },
  };
}
