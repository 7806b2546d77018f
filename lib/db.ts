import "server-only";

import { createPrismaClient, type Database } from "./db-client";

const globalForPrisma = globalThis as unknown as { prisma?: Database };

/** The one Prisma client. Reused across hot reloads in development. */
export const db: Database = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
