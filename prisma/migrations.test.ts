// The migrations folders must match the schema, and must apply to an empty
// database, for both providers. Runs the real Prisma CLI through
// scripts/db.mjs (and so through the offline schema-engine bridge).
import { readdirSync } from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import {
  createMigratedDatabase,
  POSTGRES_URL,
  ROOT,
  runDbScript,
  skipPostgres,
  type Provider,
  type TestDatabase,
} from "../scripts/lib/test-databases";

const TIMEOUT = 120_000;

function migrationNames(provider: Provider): string[] {
  return readdirSync(path.join(ROOT, "prisma", provider, "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function expectSuccess(args: string[], databaseUrl: string) {
  const { code, output } = await runDbScript(args, databaseUrl);
  expect(code, `db.mjs ${args.join(" ")} failed:\n${output}`).toBe(0);
  return output;
}

describe("SQLite migrations", () => {
  let database: TestDatabase | undefined;
  afterAll(() => database?.drop());

  it("match the schema (diff-check)", { timeout: TIMEOUT }, async () => {
    await expectSuccess(["diff-check", "sqlite"], "file:./data/news.db");
  });

  it("apply to a fresh empty database", { timeout: TIMEOUT }, async () => {
    // deploy also runs `migrate status`, which fails unless everything is applied.
    database = await createMigratedDatabase("sqlite", "migrations-test");
    const sqlite = new Database(database.url.slice("file:".length), { readonly: true });
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
  let database: TestDatabase | undefined;
  afterAll(() => database?.drop());

  it("match the schema (diff-check)", { timeout: TIMEOUT }, async () => {
    await expectSuccess(["diff-check", "postgres"], POSTGRES_URL);
  });

  it("apply to a fresh empty database", { timeout: TIMEOUT }, async () => {
    database = await createMigratedDatabase("postgres", "migrations_test");
    const client = new pg.Client({ connectionString: database.url });
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
