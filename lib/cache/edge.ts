import "server-only";

/**
 * The edge cache in front of the instances, purged by surrogate key (one key per cache tag; pages name theirs in
 * an `xkey` header, set by cache/page-handler.mjs). One small interface, so a CDN can replace Varnish: Fastly
 * purges by `Surrogate-Key`, Cloudflare by `Cache-Tag` (docs/deploy.md maps them).
 */
export type EdgePurger = { purge(keys: string[]): Promise<void> };

/** Varnish with the xkey vmod (deploy/varnish/default.vcl): one PURGE per edge node, keys in a header. */
export function varnishPurger(nodes: string[]): EdgePurger {
  return {
    async purge(keys) {
      await Promise.all(
        nodes.map(async (node) => {
          const response = await fetch(node, {
            method: "PURGE",
            headers: { "xkey-purge": keys.join(" ") },
            signal: AbortSignal.timeout(2_000),
          });
          if (!response.ok) throw new Error(`${node} answered ${response.status}`);
        }),
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
