import path from "node:path";

import type { NextConfig } from "next";

const cacheHandler = (file: string) => path.join(import.meta.dirname, "cache", file);

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never replace the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  cacheComponents: true,
  // Without it, a page's first request is rendered whole (and stored) instead of streaming a shared shell
  // that would have to be prerendered again after every write to the header's data.
  partialPrefetching: false,
  // Our own handlers date entries by when their render began, so a render that straddles a write is never
  // served after it (docs/adr/003-caching-and-rendering.md).
  cacheHandler: cacheHandler("page-handler.mjs"),
  cacheHandlers: { default: cacheHandler("data-handler.mjs"), remote: cacheHandler("data-handler.mjs") },
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "sharp", "argon2"],
  images: {
    formats: ["image/avif", "image/webp"],
  },
  poweredByHeader: false,
  async rewrites() {
    // Readers page archives with ?page=N; later pages are served from routes that read only their params, so
    // each page is cached whole. Anything else in ?page= is ignored and page 1 answers.
    const page = [{ type: "query" as const, key: "page", value: "(?<page>[2-9]|[1-9]\\d{1,4})" }];
    return {
      beforeFiles: [
        { source: "/latest", has: page, destination: "/latest/p/:page" },
        ...["tags", "sections", "sources", "authors"].map((kind) => ({
          source: `/${kind}/:slug`,
          has: page,
          destination: `/${kind}/:slug/p/:page`,
        })),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  experimental: {
    // Hero images up to 5 MB travel in the article form; the form's own check gives the friendly error.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
