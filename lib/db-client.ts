import { mkdirSync } from "node:fs";
import path from "node:path";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { reportDatabaseAnswered, reportDatabaseFailure, stampDatabaseUnavailable } from "./database-outage";
import { databaseProvider } from "./env-schema";

/** Both generated clients share the provider-neutral models, so one type describes either. */
export type Database = SqliteClient;

export const DEFAULT_DATABASE_URL = "file:./data/news.db";

/** Adapter methods that talk to the database; their outcome says whether it can be reached. */
const DATABASE_CALLS = new Set([
  "queryRaw",
  "executeRaw",
  "executeScript",
  "startTransaction",
  "commit",
  "rollback",
  "createSavepoint",
  "rollbackToSavepoint",
  "releaseSavepoint",
]);

/**
 * Reports the outcome of every call that reaches the database (lib/database-outage.ts). It sits on the driver
 * adapter, under Prisma, so it sees every query, transaction and raw statement alike, and the connection
 * itself (SQLite opens its file in `connect`). A success ends an outage; nothing needs a restart.
 */
function reportingOutcomes<T extends object>(target: T, role: "factory" | "connection"): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property);
      if (typeof value !== "function" || typeof property !== "string") return value;
      const counts = role === "connection" && DATABASE_CALLS.has(property);
      const opens = property === "connect" || property === "startTransaction";
      if (!counts && !opens) return value;
      return (...args: unknown[]) => {
        const result: unknown = Reflect.apply(value, object, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          (resolved: unknown) => {
            if (counts) reportDatabaseAnswered();
            // A connection (and a transaction on it) reports its own calls.
            return opens && typeof resolved === "object" && resolved !== null
              ? reportingOutcomes(resolved, "connection")
              : resolved;
          },
          (error: unknown) => {
            reportDatabaseFailure(error);
            throw error;
          },
        );
      };
    },
  });
}

/**
 * Stamps Prisma's own errors for "cannot reach the database" so the error pages can say so (the adapter sees
 * the driver's errors, and Prisma throws new ones built from them).
 */
function stampingOutages(client: Database): Database {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          stampDatabaseUnavailable(error);
          throw error;
        }
      },
    },
  }) as unknown as Database;
}

/**
 * Builds a client for DATABASE_URL: SQLite for file: URLs, PostgreSQL otherwise.
 * Not server-only so that scripts (seed, user:create) and integration tests can use it too.
 */
export function createPrismaClient(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): Database {
  if (databaseProvider(url) === "sqlite") {
    const file = url.slice("file:".length);
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const adapter = new PrismaBetterSqlite3({ url, timeout: 10_000 });
    return stampingOutages(new SqliteClient({ adapter: reportingOutcomes(adapter, "factory") }));
  }
  const adapter: SqlDriverAdapterFactory = new PrismaPg(
    { connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
    {
      // PostgreSQL shutting down (or dropping connections) tells every idle pooled connection first (57P01):
      // the outage is known before any request trips over it.
      onPoolError: (error) => reportDatabaseFailure(error),
      onConnectionError: (error) => reportDatabaseFailure(error),
    },
  );
  return stampingOutages(
    new PostgresClient({ adapter: reportingOutcomes(adapter, "factory") }) as unknown as Database,
  );
}
