/**
 * Security headers on every response, set by next.config.ts `headers()`: the same for every deployment and every
 * request, so they are fixed at build time and cached pages get them with no per-request work. Imported by
 * next.config.ts, so not server-only. Strict-Transport-Security depends on the deployment (SITE_HTTPS), so
 * scripts/server.mjs adds it at run time (scripts/server-request.mjs). Why the policy allows inline scripts and
 * what that leaves open: ADR 011.
 */

export type SecurityHeaderOptions = {
  /** `next dev` needs eval (React's dev tools) and a websocket for hot reloading. */
  development?: boolean;
};

export function contentSecurityPolicy({ development = false }: SecurityHeaderOptions = {}): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Next's App Router inlines its flight data as <script>self.__next_f.push(…)</script> in every page. A nonce
    // would make every page render per request and a hash cannot be known for a cached page (ADR 011).
    ["script-src", "'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    // Next and React write style attributes (next/image, layout) and Tailwind's CSS is a file.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(development ? ["ws:", "wss:"] : [])],
    ["media-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-src", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    ["manifest-src", "'self'"],
    ["worker-src", "'self'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions = {}): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    // frame-ancestors does the same for browsers that read CSP; this is for those that do not.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Outlets we link to learn that readers came from this site, not which page.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
    // Pages opened from here (or opening this site) get no handle on our window.
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
