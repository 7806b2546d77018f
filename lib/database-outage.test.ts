import net from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import {
  DATABASE_OUTAGE_KEY as SERVER_OUTAGE_KEY,
  databaseOutage as serverView,
} from "../scripts/server-outage.mjs";
import {
  DATABASE_OUTAGE_KEY,
  databaseOutage,
  isDatabaseUnavailableDigest,
  isDatabaseUnavailableError,
  reportDatabaseAnswered,
  reportDatabaseFailure,
} from "./database-outage";
import { createPrismaClient } from "./db-client";

/** A port nothing listens on: connecting is refused at once, as when PostgreSQL is stopped. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function reset() {
  const state = databaseOutage();
  state.unavailableSince = null;
  state.lastFailureAt = null;
}

beforeEach(() => {
  reset();
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("what counts as the database being unreachable", () => {
  // Shapes as Prisma 7 and the drivers throw them (taken from real failures against a stopped PostgreSQL).
  const unreachable: [string, unknown][] = [
    [
      "nothing listening (P1001)",
      Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
        code: "P1001",
        meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1" } } },
      }),
    ],
    [
      "PostgreSQL shutting down mid-query (57P01 under P2010)",
      Object.assign(new Error("Raw query failed. Code: `57P01`."), {
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
      }),
    ],
    [
      "PostgreSQL starting up (57P03)",
      { code: "57P03", severity: "FATAL", message: "the database system is starting up" },
    ],
    ["a connection exception (class 08)", { code: "08006", message: "connection failure" }],
    ["too many connections", { code: "53300", message: "sorry, too many clients already" }],
    ["the connection closed (P1017)", { code: "P1017" }],
    [
      "a socket error",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ],
    [
      "every address refused (AggregateError)",
      new AggregateError([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })], "refused"),
    ],
    ["node-postgres losing the connection", new Error("Connection terminated unexpectedly")],
    ["SQLite's file unopenable", { code: "SQLITE_CANTOPEN", message: "unable to open database file" }],
    ["SQLite locked past its busy timeout", { code: "SQLITE_BUSY_SNAPSHOT" }],
    ["a wrapped cause", new Error("failed", { cause: { code: "ETIMEDOUT" } })],
  ];
  it.each(unreachable)("%s", (_, error) => expect(isDatabaseUnavailableError(error)).toBe(true));

  const refusals: [string, unknown][] = [
    ["a unique constraint (P2002)", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a missing record (P2025)", { code: "P2025" }],
    ["a PostgreSQL syntax error", { code: "42601", message: "syntax error" }],
    ["a plain error", new Error("boom")],
    ["nothing", undefined],
    ["a string", "ECONNREFUSED"],
  ];
  it.each(refusals)("not %s", (_, error) => expect(isDatabaseUnavailableError(error)).toBe(false));

  it("a cycle of causes ends", () => {
    const error = new Error("loop") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});

describe("the process-wide record", () => {
  it("an outage starts with the first failure to reach the database and ends with the next answer, logged once each", () => {
    expect(reportDatabaseFailure({ code: "P2002" }, 1_000)).toBe(false);
    expect(databaseOutage()).toMatchObject({ unavailableSince: null, lastFailureAt: null });
    expect(reportDatabaseFailure({ code: "57P01" }, 2_000)).toBe(true);
    expect(reportDatabaseFailure({ code: "P1001" }, 3_000)).toBe(true);
    expect(databaseOutage()).toMatchObject({ unavailableSince: 2_000, lastFailureAt: 3_000 });
    expect(console.error).toHaveBeenCalledTimes(1);
    expect(vi.mocked(console.error).mock.calls[0]![0]).toContain("57P01");
    reportDatabaseAnswered(12_000);
    reportDatabaseAnswered(13_000);
    expect(databaseOutage()).toMatchObject({ unavailableSince: null, lastFailureAt: 3_000 });
    expect(console.log).toHaveBeenCalledTimes(1);
    expect(vi.mocked(console.log).mock.calls[0]![0]).toContain("10 s");
  });

  it("is the one scripts/server.mjs reads", () => {
    expect(SERVER_OUTAGE_KEY).toBe(DATABASE_OUTAGE_KEY);
    reportDatabaseFailure({ code: "ECONNREFUSED" }, 5_000);
    expect(serverView()).toBe(databaseOutage());
    expect(serverView()?.unavailableSince).toBe(5_000);
  });
});

describe("the Prisma client reports every query", () => {
  it("a database that refuses connections: the outage is recorded and the error stamped for the error pages", async () => {
    const db = createPrismaClient(`postgresql://ledger@127.0.0.1:${await closedPort()}/ledger`);
    try {
      const error = await db.user.count().then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(isDatabaseUnavailableError(error)).toBe(true);
      expect(isDatabaseUnavailableDigest((error as { digest?: string }).digest)).toBe(true);
      expect(databaseOutage().unavailableSince).not.toBeNull();
      // Transactions and raw queries go through the same adapter.
      await expect(db.$transaction(async (tx) => tx.user.count())).rejects.toSatisfy(
        isDatabaseUnavailableError,
      );
      await expect(db.$queryRawUnsafe("SELECT 1")).rejects.toSatisfy(isDatabaseUnavailableError);
    } finally {
      await db.$disconnect();
    }
  });

  it("a query that reaches a database ends the outage; one it refuses does not start one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "outage-"));
    const db = createPrismaClient(`file:${path.join(dir, "test.db")}`);
    try {
      reportDatabaseFailure({ code: "ECONNREFUSED" });
      expect(await db.$queryRawUnsafe("SELECT 1 AS one")).toEqual([{ one: 1n }]);
      expect(databaseOutage().unavailableSince).toBeNull();
      await expect(db.$queryRawUnsafe("SELECT * FROM no_such_table")).rejects.toThrow();
      expect(databaseOutage().unavailableSince).toBeNull();
    } finally {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the error pages' digest", () => {
  it("recognises only outage digests", () => {
    expect(isDatabaseUnavailableDigest("LEDGER_DATABASE_UNAVAILABLE:abc")).toBe(true);
    expect(isDatabaseUnavailableDigest("12345")).toBe(false);
    expect(isDatabaseUnavailableDigest(undefined)).toBe(false);
  });
});
