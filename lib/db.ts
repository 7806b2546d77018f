import "server-only";

import { PHASE_PRODUCTION_BUILD } from "next/constants";

import { databaseOutage } from "./database-outage";
import { createPrismaClient, type Database } from "./db-client";

const globalForPrisma = globalThis as unknown as { prisma?: Database };

/**
 * What `next build` reads instead of a database: every query finds nothing. One build serves any
 * DATABASE_URL, so nothing from a database may be baked into it; the cache handlers never serve what the
 * build prerendered, and every page renders from the real database on its first request.
 */
function emptyDatabase(): Database {
  const emptyResult = (method: string) => {
    if (method.startsWith("findMany") || method === "groupBy" || method.startsWith("$query")) return [];
    if (method === "count") return 0;
    if (method === "aggregate") return {};
    if (method.startsWith("find")) return null;
    throw new Error(`The database is not available while building (${method}).`);
  };
  const model = new Proxy({}, { get: (_, method: string) => async () => emptyResult(method) });
  return new Proxy({} as Database, {
    get: (_, name: string) => (name.startsWith("$") ? async () => emptyResult(name) : model),
  });
}

/** The one Prisma client. Reused across hot reloads in development. */
export const db: Database =
  process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD
    ? emptyDatabase()
    : (globalForPrisma.prisma ?? createPrismaClient());

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

// During an outage, scripts/server.mjs answers pages that need the database without rendering them; this is how
// it asks whether the database answers again (the answer is reported like any query's).
if (process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD)
  databaseOutage().probe ??= () => db.$queryRawUnsafe("SELECT 1");
