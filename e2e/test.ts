/**
 * The browser tests' `test`: Playwright's, with every browser context (and so every page) refusing the Next
 * router's prefetches. Every spec imports `test` from here or from ./users, which builds on it.
 *
 * Why: each newsroom page view prefetches a dozen or more pages (its navigation, lists, editors' links; reading
 * pages use plain links and prefetch nothing, ADR 073). On the test server's caches, cold and expired by the
 * tests' own writes, each prefetch is a full render; on two cores shared with two browsers they queue for
 * seconds, and a write waits for the renders in flight that may have read what it changed (ADR 003), up to its
 * 10 s bound. The suite then measures that queue rather than the site. On a warm production cache a prefetch is
 * a cache hit. No test depends on a prefetch: following a link without one still navigates, and the router
 * fetches the page on the click.
 */
import { test as base, type BrowserContext } from "@playwright/test";

export { expect } from "@playwright/test";

/** Refuses the router's prefetches in `context`, for contexts a test opens itself. */
export async function refusePrefetches(context: BrowserContext): Promise<void> {
  await context.route("**/*", (route) =>
    route.request().headers()["next-router-prefetch"] ? route.abort() : route.fallback(),
  );
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await refusePrefetches(context);
    await use(context);
  },
});
