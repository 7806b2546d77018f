// @ts-check
/**
 * Which renders are in flight, and since when. Next shares in-flight work between requests (a page render is
 * joined by every request for the same URL; a "use cache" fill by every render that needs it), so a request that
 * arrives after a write can be handed a render that began before it. The ledger lets a write wait until every
 * render that began before its expiry has finished (`settled`), and lets a fill that turns out stale pull back the
 * start time of every render that may have used it (`taint`).
 *
 * A render is "open" from its cache miss (or stale hit) until the matching `set`, or until Next has answered
 * every request whose miss began it (`answered`: it failed, or was a prefetch cut short). Keys are per cache
 * (pages and data are separate namespaces). A render still open after ABANDON_MS is no longer waited for, so a
 * write never waits long; if it stores after all, it is still dated by its start.
 *
 * A page render holds up a write only if it may already have read what the write changed: the ledger keeps, for
 * each page render, the tags of every "use cache" entry read while it was open (`read`). Reads after the write
 * cannot be stale (the write expired their entries first, and a fill begun before it is tainted), so these are
 * the only tags that matter. Next lets a render join another render's pending "use cache" lookup without asking
 * the handler, so a read counts for every render open at the time, and for every render that begins within
 * JOIN_WINDOW_MS after it. The handlers report a read when the lookup begins and again when it is answered (a
 * fill: when it has stored), and Next drops the lookup from its shared map a few steps after that (at most one
 * more clock read), so the window only has to cover those steps. A data fill's own tags are unknown until it
 * stores (it reads the database directly): a first fill holds up every write that begins while it runs.
 */

/** Past this, a write stops waiting for a render (on a quiet server none takes a tenth of it). */
export const ABANDON_MS = 10_000;

/**
 * How long after a "use cache" lookup is answered a render that begins may still join it (see above). Short on
 * purpose: every render that begins within it waits for writes of what was read, related or not.
 */
export const JOIN_WINDOW_MS = 50;

/**
 * Past this many remembered tags, reads too old to be joined are dropped at once rather than at the next begin;
 * past this many forgotten renders, the oldest is dropped.
 */
const MAX_REMEMBERED_READS = 10_000;

export const now = () => performance.timeOrigin + performance.now();

/**
 * @typedef {{ since: number; openedAt: number; tags?: Set<string>; openers?: Set<string> }} OpenRender `tags`:
 *   what the render may carry (undefined: anything). `openers`: the requests whose misses began it, when known;
 *   Next answers such a request only after the render has stored or failed, so once all of them are answered the
 *   render is over, stored or not (a prefetch cut off when the reader moved on never stores).
 */

export function createRenderLedger({ abandonMs = ABANDON_MS, joinWindowMs = JOIN_WINDOW_MS } = {}) {
  /** @type {Map<string, OpenRender>} */
  const open = new Map();
  /**
   * When each forgotten render began: one that was only slow still stores, and must be dated by its start, or
   * a page rendered from data older than a write would be dated after it and served.
   * @type {Map<string, number>}
   */
  const forgottenSince = new Map();
  /** When each tag was last read, for renders that begin in time to join that read. */
  /** @type {Map<string, number>} */
  const lastReadAt = new Map();
  /** @type {Set<{ before: number; tags?: string[]; resolve: () => void; timer: NodeJS.Timeout }>} */
  const waiters = new Set();

  /**
   * Whether a write of `tags` at `before` must wait for this render: it began earlier, and it may carry one of
   * the tags (unknown only for a data fill, which is always waited for).
   * @param {OpenRender} render
   * @param {number} before
   * @param {string[] | undefined} tags
   */
  const holdsUp = (render, before, tags) =>
    render.since < before && (!tags || !render.tags || tags.some((tag) => render.tags?.has(tag)));

  /** Tags read recently enough that a render beginning `at` may join the read. */
  function joinableReads(/** @type {number} */ at) {
    /** @type {string[]} */
    const tags = [];
    for (const [tag, readAt] of lastReadAt) {
      if (readAt >= at - joinWindowMs) tags.push(tag);
      else lastReadAt.delete(tag);
    }
    return tags;
  }

  function forgetAbandoned() {
    const cutoff = now() - abandonMs;
    for (const [key, render] of open)
      if (render.openedAt < cutoff) {
        open.delete(key);
        forgottenSince.set(key, Math.min(render.since, forgottenSince.get(key) ?? Infinity));
        const oldest = forgottenSince.keys().next().value;
        if (forgottenSince.size > MAX_REMEMBERED_READS && oldest !== undefined) forgottenSince.delete(oldest);
        console.warn(
          `[cache] a render not stored after ${abandonMs / 1000} s is no longer waited for: ${key.slice(0, 200)}`,
        );
      }
  }

  function anyHoldsUp(/** @type {number} */ before, /** @type {string[] | undefined} */ tags) {
    for (const render of open.values()) if (holdsUp(render, before, tags)) return true;
    return false;
  }

  function wakeWaiters() {
    if (waiters.size === 0) return;
    forgetAbandoned();
    for (const waiter of waiters) {
      if (!anyHoldsUp(waiter.before, waiter.tags)) {
        clearTimeout(waiter.timer);
        waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  return {
    /**
     * A render of `key` is about to begin (a miss, or a stale hit that Next will refresh). `tags`: what it is
     * known to carry so far, to which `read` adds; undefined when it may carry anything (a data fill, whose
     * database reads the ledger cannot see).
     */
    begin(
      /** @type {string} */ key,
      at = now(),
      /** @type {string[] | undefined} */ tags = undefined,
      /** @type {{ opener?: string }} */ { opener } = {},
    ) {
      const known = tags && new Set([...tags, ...joinableReads(at)]);
      const current = open.get(key);
      if (current) {
        current.since = Math.min(current.since, at);
        if (current.tags && known) for (const tag of known) current.tags.add(tag);
        else current.tags = undefined;
        // Over when every opener is answered, unless one render of the key has no known opener.
        if (current.openers && opener) current.openers.add(opener);
        else current.openers = undefined;
      } else
        open.set(key, {
          since: at,
          openedAt: at,
          tags: known,
          openers: opener ? new Set([opener]) : undefined,
        });
    },

    /** Next has answered request `id`: the renders its misses began, and no other request's, are over. */
    answered(/** @type {string} */ id) {
      // Every request Next answers ends here; most began no render.
      if (open.size === 0) return;
      let ended = false;
      for (const [key, render] of open) {
        if (!render.openers?.delete(id) || render.openers.size > 0) continue;
        open.delete(key);
        ended = true;
      }
      if (ended) wakeWaiters();
    },

    /** A "use cache" entry carrying `tags` was read, or filled: any render in flight may have used it. */
    read(/** @type {string[]} */ tags, at = now()) {
      for (const tag of tags) lastReadAt.set(tag, at);
      if (lastReadAt.size > MAX_REMEMBERED_READS) joinableReads(at);
      for (const render of open.values()) if (render.tags) for (const tag of tags) render.tags.add(tag);
    },

    /** When the open render of `key` began, if one is open. */
    startOf(/** @type {string} */ key) {
      return open.get(key)?.since;
    },

    /**
     * The render of `key` stored its result: returns when it began (the earliest open start for the key, so two
     * overlapping renders are both dated by the first), or undefined when no miss was seen.
     */
    finish(/** @type {string} */ key) {
      const render = open.get(key);
      const forgotten = forgottenSince.get(key);
      open.delete(key);
      forgottenSince.delete(key);
      wakeWaiters();
      if (render && forgotten !== undefined) return Math.min(render.since, forgotten);
      return render?.since ?? forgotten;
    },

    /** A fill that began at `at` was stale on arrival: every render now in flight may have used it. */
    taint(/** @type {number} */ at) {
      for (const render of open.values()) render.since = Math.min(render.since, at);
    },

    /** Resolves once no render that began before `before` (and may carry one of `tags`) is in flight. */
    settled(/** @type {number} */ before, /** @type {string[] | undefined} */ tags = undefined) {
      forgetAbandoned();
      if (!anyHoldsUp(before, tags)) return Promise.resolve();
      return new Promise((resolve) => {
        const waiter = {
          before,
          tags,
          resolve: () => resolve(undefined),
          timer: setTimeout(() => {
            waiters.delete(waiter);
            wakeWaiters();
            resolve(undefined);
          }, abandonMs),
        };
        waiter.timer.unref?.();
        waiters.add(waiter);
      });
    },

    /** The keys of renders in flight that began before `before`, for diagnostics. */
    openBefore(/** @type {number} */ before, /** @type {string[] | undefined} */ tags = undefined) {
      return [...open].filter(([, render]) => holdsUp(render, before, tags)).map(([key]) => key);
    },

    /** For tests and diagnostics. */
    openCount() {
      forgetAbandoned();
      return open.size;
    },
  };
}

/** @typedef {ReturnType<typeof createRenderLedger>} RenderLedger */
