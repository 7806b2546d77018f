import "server-only";

/**
 * The edge cache in front of the instances, purged by surrogate key (one key per cache tag; pages name theirs in
 * an `xkey` header, set by cache/page-handler.mjs). One small interface, so a CDN can replace Varnish: Fastly
 * purges by `Surrogate-Key`, Cloudflare by `Cache-Tag` (docs/deploy.md maps them).
 */
export type EdgePurger = { purge(keys: string[]): Promise<void> };

/** How long one purge request may take before it counts as failed. */
const PURGE_TIMEOUT_MS = 2_000;
/**
 * After a failed purge, the write answers (it has waited long enough) and the purge is retried in the background
 * after each of these delays until a node accepts it: a purge that is never delivered would leave the edge
 * serving the old page until its TTL (deploy/varnish/default.vcl).
 */
export const PURGE_RETRY_DELAYS_MS = [250, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000];

async function purgeNode(node: string, keys: string[]): Promise<void> {
  const response = await fetch(node, {
    method: "PURGE",
    headers: { "xkey-purge": keys.join(" ") },
    signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${node} answered ${response.status}`);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function retryInBackground(node: string, keys: string[], attempt = 0): void {
  const delay = PURGE_RETRY_DELAYS_MS[attempt];
  if (delay === undefined) {
    console.error(`✖ Edge purge of ${node} gave up; it may serve these pages stale until they expire:`, keys);
    return;
  }
  setTimeout(() => {
    purgeNode(node, keys).then(
      () => console.log(`• Edge purge of ${node} delivered on retry ${attempt + 1}.`),
      (error: unknown) => {
        console.error(`Edge purge of ${node} failed again (${describe(error)}).`);
        retryInBackground(node, keys, attempt + 1);
      },
    );
  }, delay).unref();
}

/**
 * Varnish with the xkey vmod (deploy/varnish/default.vcl): one PURGE per edge node, keys in a header. Resolves once
 * every node has answered; a node that failed is retried in the background, so the promise never rejects.
 */
export function varnishPurger(nodes: string[]): EdgePurger {
  return {
    async purge(keys) {
      await Promise.all(
        nodes.map((node) =>
          purgeNode(node, keys).catch((error: unknown) => {
            console.error(`Edge purge of ${node} failed (${describe(error)}); retrying in the background.`);
            retryInBackground(node, keys);
          }),
        ),
      );
    },
  };
}

let configured: EdgePurger | null | undefined;

/** The purger EDGE_PURGE_URLS configures (comma-separated Varnish addresses), or none. */
export function edgePurger(): EdgePurger | null {
  if (configured !== undefined) return configured;
  const nodes = (process.env.EDGE_PURGE_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  configured = nodes.length > 0 ? varnishPurger(nodes) : null;
  return configured;
}
