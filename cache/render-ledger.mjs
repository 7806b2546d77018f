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
 */

/** No render here takes this long; past it, a miss that never stored is forgotten. */
export const ABANDON_MS = 10_000;

export const now = () => performance.timeOrigin + performance.now();

export function createRenderLedger({ abandonMs = ABANDON_MS } = {}) {
  /** `tags`: what the key's previous entry carried, when there was one (a re-render carries the same). */
  /** @type {Map<string, { since: number; openedAt: number; tags?: string[] }>} */
  const open = new Map();
  /** @type {Set<{ before: number; tags?: string[]; resolve: () => void; timer: NodeJS.Timeout }>} */
  const waiters = new Set();

  /**
   * Whether a write of `tags` at `before` must wait for this render: it began earlier, and it may carry one of
   * the tags (unknown for a page's first render, which is always waited for).
   * @param {{ since: number; tags?: string[] }} render
   * @param {number} before
   * @param {string[] | undefined} tags
   */
  const holdsUp = (render, before, tags) =>
    render.since < before && (!tags || !render.tags || render.tags.some((tag) => tags.includes(tag)));

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
    /** A render of `key` is about to begin (a miss, or a stale hit that Next will refresh). */
    begin(/** @type {string} */ key, at = now(), /** @type {string[] | undefined} */ tags = undefined) {
      const current = open.get(key);
      if (current) {
        current.since = Math.min(current.since, at);
        current.tags = current.tags && tags ? [...new Set([...current.tags, ...tags])] : undefined;
      } else open.set(key, { since: at, openedAt: at, tags });
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
