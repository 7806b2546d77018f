import { mkdirSync } from "node:fs";
import path from "node:path";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { databaseProvider } from "./env-schema";

/** Both generated clients share the provider-neutral models, so one type describes either. */
export type Database = SqliteClient;

export const DEFAULT_DATABASE_URL = "file:./data/news.db";

/**
 * Builds a client for DATABASE_URL: SQLite for file: URLs, PostgreSQL otherwise.
 * Not server-only so that scripts (seed, user:create) and integration tests can use it too.
 */
export function createPrismaClient(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): Database {
  if (databaseProvider(url) === "sqlite") {
    const file = url.slice("file:".length);
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const adapter = new PrismaBetterSqlite3({ url, timeout: 10_000 });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PostgresClient({ adapter }) as unknown as Database;
}
