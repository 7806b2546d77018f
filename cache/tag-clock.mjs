// @ts-check
/**
 * When each cache tag was last expired. An entry is served only if it began rendering after the latest expiry
 * of every tag it carries. This in-memory clock serves one process; a shared store (Redis) implements the same
 * two methods.
 */

/**
 * @typedef {object} TagClock
 * @property {(tags: string[], at: number) => Promise<void>} expire Records that `tags` expired at `at`.
 * @property {(tags: string[]) => Promise<number>} latestExpiry The latest expiry among `tags` (0 if none).
 */

/** @returns {TagClock} */
export function createMemoryTagClock() {
  /** @type {Map<string, number>} */
  const expiries = new Map();
  return {
    async expire(tags, at) {
      for (const tag of tags) expiries.set(tag, Math.max(expiries.get(tag) ?? 0, at));
    },
    async latestExpiry(tags) {
      let latest = 0;
      for (const tag of tags) latest = Math.max(latest, expiries.get(tag) ?? 0);
      return latest;
    },
  };
}
