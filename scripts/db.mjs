#!/usr/bin/env node
// Database tasks through the Prisma CLI and the offline schema-engine bridge.
// The provider (prisma/sqlite or prisma/postgres) follows DATABASE_URL, as in
// prisma.config.ts; unset means SQLite at file:./data/news.db.
//
//   node scripts/db.mjs migrate [prisma migrate dev args, e.g. --name add_x]
//   node scripts/db.mjs deploy
//   node scripts/db.mjs reset                     (empty, migrated database; no seed)
//   node scripts/db.mjs status
//   node scripts/db.mjs diff-check [sqlite|postgres]
//
// diff-check compares each provider's migrations folder with its schema and
// exits non-zero on drift. It needs a database of the provider to work in: a
// throw-away SQLite file, and for PostgreSQL a server where shadow databases can
// be created (DATABASE_URL if it is PostgreSQL, else TEST_POSTGRES_URL, else
// postgresql://postgres@127.0.0.1:5432/test). Nothing is written to that database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { PRISMA_CLI, PROJECT_ROOT, prismaEnv, providerFromUrl } from "./prisma-env.mjs";

const PROVIDERS = ["sqlite", "postgres"];
const DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test";

function prisma(args, env = process.env) {
  const { status, signal, error } = spawnSync(process.execPath, [PRISMA_CLI, ...args], {
    cwd: PROJECT_ROOT,
    env: prismaEnv(env),
    stdio: "inherit",
  });
  if (error) throw error;
  return status ?? (signal ? 1 : 0);
}

function run(args) {
  const status = prisma(args);
  if (status !== 0) process.exit(status);
}

// The CLI can exit 0 when the engine dies early; `migrate status` fails unless
// every migration is really applied.
function verifyUpToDate() {
  run(["migrate", "status"]);
}

function diffCheck(providers) {
  const failures = [];
  for (const provider of providers) {
    console.log(`\n== diff-check: prisma/${provider} ==`);
    const scratch =
      provider === "sqlite" ? mkdtempSync(path.join(tmpdir(), "prisma-diff-check-")) : undefined;
    const databaseUrl =
      provider === "sqlite"
        ? `file:${path.join(scratch, "diff-check.db")}`
        : providerFromUrl(process.env.DATABASE_URL) === "postgres"
          ? process.env.DATABASE_URL
          : process.env.TEST_POSTGRES_URL || DEFAULT_POSTGRES_URL;
    try {
      // prettier-ignore
      const status = prisma([
        "migrate", "diff",
        "--from-migrations", `prisma/${provider}/migrations`,
        "--to-schema", `prisma/${provider}`,
        "--exit-code",
      ], { ...process.env, DATABASE_URL: databaseUrl });
      if (status === 2) failures.push(`${provider}: prisma/${provider}/migrations does not match the schema`);
      else if (status !== 0) failures.push(`${provider}: prisma migrate diff failed (exit ${status})`);
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  }
  if (failures.length > 0) {
    console.error(`\ndiff-check failed:\n  ${failures.join("\n  ")}`);
    if (failures.some((failure) => failure.includes("does not match"))) {
      console.error(
        "Create the missing migration for each provider, e.g. DATABASE_URL=<url> npm run db:migrate -- --name <change>.",
      );
    }
    process.exit(1);
  }
  console.log("\ndiff-check: migrations match the schema.");
}

const [command, ...rest] = process.argv.slice(2);

switch (command) {
  case "migrate":
    run(["migrate", "dev", ...rest]);
    break;
  case "deploy":
    run(["migrate", "deploy", ...rest]);
    verifyUpToDate();
    break;
  case "reset":
    run(["migrate", "reset", "--force", ...rest]);
    verifyUpToDate();
    break;
  case "status":
    run(["migrate", "status", ...rest]);
    break;
  case "diff-check": {
    const unknown = rest.filter((p) => !PROVIDERS.includes(p));
    if (unknown.length > 0) {
      console.error(`Unknown provider(s): ${unknown.join(", ")} (expected ${PROVIDERS.join(" or ")})`);
      process.exit(64);
    }
    diffCheck(rest.length > 0 ? rest : PROVIDERS);
    break;
  }
  default:
    console.error(
      "Usage: node scripts/db.mjs <migrate [args]|deploy|reset|status|diff-check [sqlite|postgres]>",
    );
    process.exit(64);
}
