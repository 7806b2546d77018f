import path from "node:path";

import type { NextConfig } from "next";

import { securityHeaders } from "./lib/http/security-headers";

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
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "sharp",
    "@node-rs/argon2",
    "ioredis",
  ],
  images: {
    formats: ["image/avif", "image/webp"],
  },
  poweredByHeader: false,
  // The same on every response, cached pages included (lib/http/security-headers.ts, ADR 011). HSTS depends on
  // the deployment, so scripts/server.mjs adds it at run time.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders({ development: process.env.NODE_ENV === "development" }),
      },
    ];
  },
  async rewrites() {
    // Readers page archives with ?page=N; later pages are served from routes that read only their params, so
    // each page is cached whole (and its status, 404 past the end, is decided by the page). A ?page= that is
    // not a page number goes to a page that is not one either, and answers 404.
    const laterPage = [{ type: "query" as const, key: "page", value: "(?<page>[2-9]|[1-9]\\d{1,5})" }];
    const notAPage = [{ type: "query" as const, key: "page", value: "(?!1$).*" }];
    const archives = [
      { source: "/latest", paged: "/latest/p" },
      ...["tags", "sections", "sources", "authors", "stories"].map((kind) => ({
        source: `/${kind}/:slug`,
        paged: `/${kind}/:slug/p`,
      })),
    ];
    // A story's comments: ?sort= and ?page= are served from /comments/<sort>/<page>, cached the same way.
    const comments = "/articles/:slug/comments";
    const sort = (value: string) => ({ type: "query" as const, key: "sort", value });
    const commentPage = (value: string) => ({ type: "query" as const, key: "page", value });
    const validSort = "(?<sort>newest|oldest|replies)";
    const validPage = "(?<page>[1-9]\\d{0,5})";
    const commentRewrites = [
      {
        source: comments,
        has: [sort(validSort), commentPage(validPage)],
        destination: `${comments}/:sort/:page`,
      },
      {
        source: comments,
        has: [sort(validSort)],
        missing: [commentPage(".*")],
        destination: `${comments}/:sort/1`,
      },
      {
        source: comments,
        has: [commentPage(validPage)],
        missing: [sort(".*")],
        destination: `${comments}/newest/:page`,
      },
      {
        source: comments,
        has: [sort("(?!(?:newest|oldest|replies)$).*")],
        destination: `${comments}/not-a-sort/1`,
      },
      {
        source: comments,
        has: [commentPage("(?![1-9]\\d{0,5}$).*")],
        destination: `${comments}/newest/not-a-page`,
      },
    ];
    return {
      beforeFiles: [
        ...commentRewrites,
        ...archives.flatMap(({ source, paged }) => [
          { source, has: laterPage, destination: `${paged}/:page` },
          { source, has: notAPage, destination: `${paged}/not-a-page` },
        ]),
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
