// Environment for running the Prisma CLI offline: it points the CLI at the
// WASM schema-engine bridge (scripts/prisma-schema-engine.mjs) instead of the
// native binary it would otherwise try to download.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_DATABASE_URL = "file:./data/news.db";
export const SCHEMA_ENGINE_BRIDGE = fileURLToPath(new URL("./prisma-schema-engine.mjs", import.meta.url));
export const PROJECT_ROOT = path.dirname(path.dirname(SCHEMA_ENGINE_BRIDGE));
/** The prisma CLI entry point, to run as `node PRISMA_CLI ...args`. */
export const PRISMA_CLI = createRequire(import.meta.url).resolve("prisma/build/index.js");

/** "postgres" for postgres:// and postgresql:// URLs, otherwise "sqlite" (same rule as prisma.config.ts). */
export function providerFromUrl(url = DEFAULT_DATABASE_URL) {
  return /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}

/**
 * Returns `{ ...baseEnv, DATABASE_URL, PRISMA_SCHEMA_ENGINE_BINARY }` for spawning the prisma CLI.
 * For SQLite, creates the database file's directory (resolved against `cwd`).
 */
export function prismaEnv(baseEnv = process.env, { cwd = PROJECT_ROOT } = {}) {
  const databaseUrl = baseEnv.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (providerFromUrl(databaseUrl) === "sqlite") {
    const file = databaseUrl.replace(/^file:/, "").split("?")[0];
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(cwd, file)), { recursive: true });
  }
  return {
    ...baseEnv,
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: SCHEMA_ENGINE_BRIDGE,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
}
