// @ts-check
/**
 * Which renders are in flight, and since when. Next shares in-flight work between requests (a page render is
 * joined by every request for the same URL; a "use cache" fill by every render that needs it), so a request that
 * arrives after a write can be handed a render that began before it. The ledger lets a write wait until every
 * render that began before its expiry has finished (`settled`), and lets a fill that turns out stale pull back the
 * start time of every render that may have used it (`taint`).
 *
 * A render is "open" from its cache miss (or stale hit) until the matching `set`. Keys are per cache (pages and
 * data are separate namespaces). Renders that never store (they failed, or turned out uncacheable) are forgotten
 * after ABANDON_MS so a write never waits on them for long.
 *
 * A page render holds up a write only if it may already have read what the write changed: the ledger keeps, for
 * each page render, the tags of every "use cache" entry read while it was open (`read`). Reads after the write
 * cannot be stale (the write expired their entries first, and a fill begun before it is tainted), so these are
 * the only tags that matter. Next lets a render join another render's pending "use cache" lookup without asking
 * the handler, so a read counts for every render open at the time, and for every render that begins within
 * JOIN_WINDOW_MS after it (a lookup that found its entry stays joinable until its value is read out, which takes
 * far less). A data fill's own tags are unknown until it stores (it reads the database directly): a first fill
 * holds up every write that begins while it runs.
 */

/** No render here takes this long; past it, a miss that never stored is forgotten. */
export const ABANDON_MS = 10_000;

/** How long after a "use cache" lookup a render that begins may still join it (see above). */
export const JOIN_WINDOW_MS = 1_000;

/** Past this many remembered tags, reads too old to be joined are dropped at once rather than at the next begin. */
const MAX_REMEMBERED_READS = 10_000;

export const now = () => performance.timeOrigin + performance.now();

/**
 * @typedef {{ since: number; openedAt: number; tags?: Set<string> }} OpenRender `tags`: what the render may
 *   carry (undefined: anything)
 */

export function createRenderLedger({ abandonMs = ABANDON_MS, joinWindowMs = JOIN_WINDOW_MS } = {}) {
  /** @type {Map<string, OpenRender>} */
  const open = new Map();
  /** When each tag was last read, for renders that begin in time to join that read. */
  /** @type {Map<string, number>} */
  const lastReadAt = new Map();
  /** @type {Set<{ before: number; tags?: string[]; resolve: () => void; timer: NodeJS.Timeout }>} */
  const waiters = new Set();

  /**
   * Whether a write of `tags` at `before` must wait for this render: it began earlier, and it may carry one of
   * the tags (unknown for a page's first render, which is always waited for).
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
    for (const [key, render] of open) if (render.openedAt < cutoff) open.delete(key);
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
    begin(/** @type {string} */ key, at = now(), /** @type {string[] | undefined} */ tags = undefined) {
      const known = tags && new Set([...tags, ...joinableReads(at)]);
      const current = open.get(key);
      if (current) {
        current.since = Math.min(current.since, at);
        if (current.tags && known) for (const tag of known) current.tags.add(tag);
        else current.tags = undefined;
      } else open.set(key, { since: at, openedAt: at, tags: known });
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
      open.delete(key);
      wakeWaiters();
      return render?.since;
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
