// The migrations folders must match the schema, and must apply to an empty
// database, for both providers. Runs the real Prisma CLI through
// scripts/db.mjs (and so through the offline schema-engine bridge).
//
// PostgreSQL: TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test)
// must allow CREATE DATABASE. When it is unreachable the PostgreSQL tests are
// skipped, unless REQUIRE_POSTGRES=1, which makes them fail instead.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TIMEOUT = 120_000;
const POSTGRES_URL = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";
const REQUIRE_POSTGRES = process.env.REQUIRE_POSTGRES === "1";

type Provider = "sqlite" | "postgres";

function migrationNames(provider: Provider): string[] {
  return readdirSync(path.join(ROOT, "prisma", provider, "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Runs `node scripts/db.mjs ...args` with DATABASE_URL set; resolves with its exit code and output. */
function db(args: string[], databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts/db.mjs"), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, TEST_POSTGRES_URL: POSTGRES_URL },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function expectSuccess(args: string[], databaseUrl: string) {
  const { code, output } = await db(args, databaseUrl);
  expect(code, `db.mjs ${args.join(" ")} failed:\n${output}`).toBe(0);
  return output;
}

async function postgresReachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresError = await postgresReachable();
const skipPostgres = postgresError !== undefined && !REQUIRE_POSTGRES;
if (skipPostgres) {
  console.warn(
    `[migrations.test] Skipping PostgreSQL migration tests: cannot reach ${POSTGRES_URL} (${postgresError}). ` +
      "Set REQUIRE_POSTGRES=1 to make this a failure.",
  );
}

describe("SQLite migrations", () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), "migrations-test-"));
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it("match the schema (diff-check)", { timeout: TIMEOUT }, async () => {
    await expectSuccess(["diff-check", "sqlite"], "file:./data/news.db");
  });

  it("apply to a fresh empty database", { timeout: TIMEOUT }, async () => {
    const file = path.join(scratch, "fresh.db");
    // deploy also runs `migrate status`, which fails unless everything is applied.
    await expectSuccess(["deploy"], `file:${file}`);

    const sqlite = new Database(file, { readonly: true });
    try {
      const applied = sqlite
        .prepare(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        )
        .all() as { migration_name: string }[];
      expect(applied.map((row) => row.migration_name)).toEqual(migrationNames("sqlite"));
      const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[];
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["Article", "User", "Comment"]));
    } finally {
      sqlite.close();
    }
  });
});

describe.skipIf(skipPostgres)("PostgreSQL migrations", () => {
  const database = `migrations_test_${process.pid}_${Date.now().toString(36)}`;
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  const scratchUrl = url.toString();

  async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    expect(
      postgresError,
      `PostgreSQL is required (REQUIRE_POSTGRES=1) but unreachable at ${POSTGRES_URL}`,
    ).toBeUndefined();
    await admin((client) => client.query(`CREATE DATABASE "${database}"`));
  }, TIMEOUT);

  afterAll(async () => {
    if (postgresError !== undefined) return;
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }, TIMEOUT);

  it("match the schema (diff-check)", { timeout: TIMEOUT }, async () => {
    await expectSuccess(["diff-check", "postgres"], POSTGRES_URL);
  });

  it("apply to a fresh empty database", { timeout: TIMEOUT }, async () => {
    await expectSuccess(["deploy"], scratchUrl);

    const client = new pg.Client({ connectionString: scratchUrl });
    await client.connect();
    try {
      const applied = await client.query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
      );
      expect(applied.rows.map((row) => row.migration_name)).toEqual(migrationNames("postgres"));
      const tables = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
      );
      expect(tables.rows.map((t) => t.tablename)).toEqual(
        expect.arrayContaining(["Article", "User", "Comment"]),
      );
    } finally {
      await client.end();
    }
  });
});
