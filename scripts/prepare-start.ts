/**
 * The preparing half of `npm start` (scripts/start.mjs runs it, then serves): validates the environment, checks
 * the database is reachable, applies migrations, seeds the demo corpus into the default local database when it
 * is empty (elsewhere only with SEED_DEMO=1 or --seed-demo) and builds if there is no build. It then exits, so
 * nothing it loaded (tsx, esbuild, a Prisma client) stays in memory while the site is served, and hands the
 * settings it derived to its parent as JSON, in the file LEDGER_START_SETTINGS_FILE names.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { buildIsCurrent, stampBuild } from "./lib/build-fingerprint.mjs";
import { checkDatabaseReachable } from "./lib/database-check";
import { createPrismaClient } from "../lib/db-client";
import { databaseProvider, describeDatabaseUrl, InvalidEnvironmentError, parseEnv } from "../lib/env-schema";
import { assignUnassigned } from "../lib/stories/assign";
import { seedDemo } from "../prisma/seed/demo";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
if (existsSync(".env")) process.loadEnvFile(".env");

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** A local demo needs no setup: without NEXTAUTH_SECRET, one is generated once and kept in ./data. */
function ensureLocalSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join("data", "nextauth-secret");
  mkdirSync("data", { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
  console.log(
    `• NEXTAUTH_SECRET is not set: using a generated local secret (${file}). Set it in production.`,
  );
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0)
    fail(`${[command, ...args].join(" ")} failed (exit ${result.status ?? result.signal}).`);
}

async function main() {
  const usingDefaultDatabase = !process.env.DATABASE_URL;
  // The zero-setup demo (no DATABASE_URL) lets the seeded demo accounts sign in; a real deployment does not.
  if (usingDefaultDatabase && process.env.ALLOW_DEMO_ACCOUNTS === undefined)
    process.env.ALLOW_DEMO_ACCOUNTS = "1";
  ensureLocalSecret();
  let env;
  try {
    env = parseEnv({ ...process.env, NODE_ENV: "production" });
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) fail(error.message);
    throw error;
  }
  process.env.DATABASE_URL = env.DATABASE_URL;
  process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

  const where = describeDatabaseUrl(env.DATABASE_URL);
  const reachable = await checkDatabaseReachable(env.DATABASE_URL);
  if (!reachable.ok) fail(`Cannot reach the database (${where}): ${reachable.reason}`);
  console.log(`• Database: ${where}`);

  run(process.execPath, ["scripts/db.mjs", "deploy"]);

  // The demo corpus goes only into the zero-setup local database, or wherever it is asked for explicitly:
  // an empty production database stays empty.
  const seedRequested = process.env.SEED_DEMO === "1" || process.argv.includes("--seed-demo");
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    if ((await db.article.count()) === 0) {
      if (usingDefaultDatabase || seedRequested) {
        console.log("• Empty database: seeding the demo corpus…");
        await seedDemo(db);
      } else {
        console.log(
          "• The database has no stories yet, and the demo corpus is not added to it. " +
            "To add it, start with SEED_DEMO=1 (or `npm start -- --seed-demo`).",
        );
      }
    }
    // A database from before stories (lib/stories): group the last month's articles, as publishing would have.
    const grouped = await assignUnassigned(db, { since: new Date(Date.now() - 30 * 86_400_000) });
    if (grouped > 0) console.log(`• Grouped ${grouped} recent articles into stories.`);
    // SQLite plans badly without statistics (it has no autovacuum-style ANALYZE); refresh them on every start.
    if (databaseProvider(env.DATABASE_URL) === "sqlite")
      await db.$executeRawUnsafe("PRAGMA optimize=0x10002");
  } finally {
    await db.$disconnect();
  }

  // A build reads no database (lib/db.ts), so one build serves any DATABASE_URL: build only when there is none
  // of the current sources. NEXT_DIST_DIR (next.config.ts) names another build folder, as the tests use.
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!buildIsCurrent(process.cwd(), distDir)) {
    console.log("• No build of the current sources yet: running next build…");
    run(process.execPath, [require_next(), "build"]);
    stampBuild(process.cwd(), distDir);
  }

  const settings = {
    env: {
      DATABASE_URL: env.DATABASE_URL,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
      PORT: String(env.PORT),
      ...(process.env.ALLOW_DEMO_ACCOUNTS === undefined
        ? {}
        : { ALLOW_DEMO_ACCOUNTS: process.env.ALLOW_DEMO_ACCOUNTS }),
    },
    announce: `${env.SITE_NAME} is running at http://localhost:${env.PORT} (${databaseProvider(env.DATABASE_URL)})`,
  };
  const handOver = process.env.LEDGER_START_SETTINGS_FILE;
  if (handOver) writeFileSync(handOver, JSON.stringify(settings), { mode: 0o600 });
}

function require_next() {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
