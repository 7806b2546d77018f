/**
 * Whether the database can be reached, as this process last found out: the one Prisma client
 * (lib/db-client.ts) reports every query's outcome here. While it cannot be reached, scripts/server.mjs answers
 * pages that need it with a 503 and Retry-After, server actions answer "try again in a moment" (serverAction in
 * lib/validation/form.ts), and the error pages say the site is briefly unavailable (ADR 021).
 *
 * Not server-only: lib/db-client.ts (which scripts use) reports here, and the error pages (client components)
 * read DATABASE_UNAVAILABLE_DIGEST. Nothing here touches Node or the database.
 */

/**
 * The process-wide state lives on globalThis under this key: Next loads the app in several bundles (pages,
 * route handlers, the proxy, instrumentation), each with its own copy of this module, and scripts/server.mjs
 * (plain JavaScript outside the bundle) reads it too. scripts/server-outage.mjs names the same key; a unit test
 * checks they match.
 */
export const DATABASE_OUTAGE_KEY = "ledger.databaseOutage";

export type DatabaseOutage = {
  /** When queries began failing to reach the database (Date.now()); null while it answers. */
  unavailableSince: number | null;
  /**
   * The latest failure to reach it, kept after it answers again: a response whose render failed because of it
   * is still recognised as an outage answer even if another request's query has succeeded in between.
   */
  lastFailureAt: number | null;
  /** Asks the database whether it answers (set by lib/db.ts); its outcome is reported like any query's. */
  probe?: () => Promise<unknown>;
};

type Holder = { [key: symbol]: DatabaseOutage | undefined };

export function databaseOutage(): DatabaseOutage {
  const holder = globalThis as unknown as Holder;
  const key = Symbol.for(DATABASE_OUTAGE_KEY);
  return (holder[key] ??= { unavailableSince: null, lastFailureAt: null });
}

/**
 * Stamped on errors that mean "the database cannot be reached", as their digest: Next keeps an error's own
 * digest when it passes the error to an error page (error.tsx), where the message itself is hidden in
 * production. The error pages word such an error as a brief outage instead of "something went wrong".
 */
export const DATABASE_UNAVAILABLE_DIGEST = "LEDGER_DATABASE_UNAVAILABLE";

export function isDatabaseUnavailableDigest(digest: string | undefined): boolean {
  return digest?.startsWith(DATABASE_UNAVAILABLE_DIGEST) === true;
}

// What "cannot be reached" looks like, from Prisma's codes down to the drivers'. Anything else (a constraint,
// a bad query) is a real error and is left alone.

/** Prisma: not reachable, timed out reaching it, operation timed out (SQLite's busy timeout maps here),
 * connection closed, pool timeout, too many connections. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** Node's socket errors while connecting or mid-query. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);
/** PostgreSQL: shutting down (57P01 admin, 57P02 crash), starting up or in recovery (57P03), too many
 * connections (53300); class 08 is "connection exception". */
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** The driver adapters' own names for the same (Prisma maps them to the codes above). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** node-postgres reports a connection lost mid-query or a pool wait that timed out without a code. */
const DRIVER_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Can't reach database server/i;

function codeMeansUnavailable(code: string): boolean {
  return (
    PRISMA_CODES.has(code) ||
    SOCKET_CODES.has(code) ||
    POSTGRES_CODES.has(code) ||
    /^08[0-9A-Z]{3}$/.test(code) ||
    // SQLite: the file cannot be opened (gone, unreadable disk), or it stayed locked past the busy timeout.
    /^SQLITE_(CANTOPEN|BUSY)/.test(code)
  );
}

/**
 * What in `error` (or what it wraps) says the database could not be reached, rather than that it refused a
 * query: the most specific code found (the driver's, under Prisma's), for the log. Null for any other error.
 */
function unreachableReason(error: unknown): string | null {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  let found: string | null = null;
  while (pending.length > 0 && seen.size < 20) {
    const value = pending.shift();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const field of ["originalCode", "code", "errorCode"]) {
      const code = record[field];
      if (typeof code === "string" && codeMeansUnavailable(code)) found = code;
    }
    if (typeof record.kind === "string" && ADAPTER_KINDS.has(record.kind)) found ??= record.kind;
    if (typeof record.message === "string" && DRIVER_MESSAGES.test(record.message)) found ??= "disconnected";
    pending.push(record.cause, record.meta, record.driverAdapterError, record.originalError);
    if (Array.isArray(record.errors)) pending.push(...record.errors);
  }
  return found;
}

/** Whether `error` (or what it wraps) says the database could not be reached, rather than refusing a query. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  return unreachableReason(error) !== null;
}

/**
 * Reports a failed query (or a pooled connection dropped by the server). Only failures to reach the database
 * count; the first one of an outage is logged. Returns whether it counted.
 */
export function reportDatabaseFailure(error: unknown, now = Date.now()): boolean {
  const reason = unreachableReason(error);
  if (reason === null) return false;
  const state = databaseOutage();
  state.lastFailureAt = now;
  if (state.unavailableSince === null) {
    state.unavailableSince = now;
    console.error(
      `✖ The database cannot be reached (${reason}): pages that need it answer 503 and writes ask ` +
        "to try again until it answers.",
    );
  }
  return true;
}

/** Reports a query that reached the database: an outage is over (logged once). */
export function reportDatabaseAnswered(now = Date.now()): void {
  const state = databaseOutage();
  if (state.unavailableSince === null) return;
  const seconds = Math.round((now - state.unavailableSince) / 100) / 10;
  state.unavailableSince = null;
  console.log(`✓ The database answers again (unreachable for ${seconds} s).`);
}

/**
 * Marks `error` as an outage for the error pages (see DATABASE_UNAVAILABLE_DIGEST). A unique suffix keeps
 * errors apart in Next's logs, which match an error to its digest.
 */
export function stampDatabaseUnavailable(error: unknown): void {
  if (typeof error !== "object" || error === null || !isDatabaseUnavailableError(error)) return;
  const record = error as { digest?: unknown };
  if (record.digest === undefined)
    record.digest = `${DATABASE_UNAVAILABLE_DIGEST}:${Math.random().toString(36).slice(2, 10)}`;
}
