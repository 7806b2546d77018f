/**
 * Throwaway databases for integration tests: a temp SQLite file, or a scratch PostgreSQL database
 * created on TEST_POSTGRES_URL. PostgreSQL tests are skipped (with a message) when it cannot be reached,
 * unless REQUIRE_POSTGRES=1 (CI), which turns that into a failure.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const POSTGRES_URL = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";
export const REQUIRE_POSTGRES = process.env.REQUIRE_POSTGRES === "1";

export type Provider = "sqlite" | "postgres";

/** Runs `node scripts/db.mjs ...args` against a database; resolves with its exit code and output. */
export function runDbScript(
  args: string[],
  databaseUrl: string,
): Promise<{ code: number | null; output: string }> {
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

async function probePostgres(): Promise<string | undefined> {
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

/** Why PostgreSQL is unavailable, or undefined when it is reachable. */
export const postgresError = await probePostgres();
/** True when the PostgreSQL suites should be skipped rather than fail. */
export const skipPostgres = postgresError !== undefined && !REQUIRE_POSTGRES;
if (skipPostgres) {
  console.warn(
    `\n⚠ Skipping PostgreSQL integration tests: cannot reach ${POSTGRES_URL} (${postgresError}). ` +
      "Set TEST_POSTGRES_URL, or REQUIRE_POSTGRES=1 to make this a failure.\n",
  );
}

export function assertPostgresAvailable() {
  if (postgresError !== undefined) {
    throw new Error(
      `PostgreSQL is required (REQUIRE_POSTGRES=1) but unreachable at ${POSTGRES_URL}: ${postgresError}`,
    );
  }
}

async function postgresAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

/** An empty database of the provider, with every migration applied. */
export async function createMigratedDatabase(provider: Provider, label: string): Promise<TestDatabase> {
  let database: TestDatabase;
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), `${label}-`));
    database = {
      url: `file:${path.join(dir, "test.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  } else {
    assertPostgresAvailable();
    const name = `${label.replace(/\W/g, "_")}_${process.pid}_${Date.now().toString(36)}`.toLowerCase();
    await postgresAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    database = {
      url: url.toString(),
      drop: () =>
        postgresAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
          () => {},
        ),
    };
  }
  const { code, output } = await runDbScript(["deploy"], database.url);
  if (code !== 0) {
    await database.drop();
    throw new Error(`Migrations failed on a fresh ${provider} database:\n${output}`);
  }
  return database;
}
