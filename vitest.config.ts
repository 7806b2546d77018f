import path from "node:path";

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Domain modules guard against client bundles with server-only; tests run them in plain Node.
      "server-only": path.resolve(import.meta.dirname, "scripts/lib/empty-module.ts"),
      "next/cache": path.resolve(import.meta.dirname, "scripts/lib/next-cache-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["{cache,lib,components,prisma,scripts}/**/*.test.ts"],
    exclude: ["node_modules", "lib/generated", "e2e"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Integration tests share databases; run files one after another.
    fileParallelism: false,
  },
});
