import "server-only";

import { randomUUID } from "node:crypto";

import { db } from "../db";
import { env } from "../env";
import { databaseProvider } from "../env-schema";

export type RateLimit = { limit: number; windowMs: number };

/** Hits for a bucket within its window, shared by every server process through the database. */
export async function countHits(bucket: string, windowMs: number): Promise<number> {
  return db.rateLimitHit.count({ where: { bucket, createdAt: { gte: new Date(Date.now() - windowMs) } } });
}

const PRUNE_CHANCE = 0.01;
const onPostgres = databaseProvider(env.DATABASE_URL) === "postgres";

/**
 * Counts an attempt against a bucket unless that would take it over its limit, as one atomic step across every
 * server process: resolves with the hit's id (to `release` it if the attempt turns out not to count), or null
 * when the limit is reached (and nothing is recorded).
 *
 * One statement inserts the hit only if the bucket holds fewer than `limit` hits in the window. On SQLite that
 * is atomic as it stands: a write statement takes the database's single write lock before it reads. On
 * PostgreSQL two such statements could both count before either inserts, so the count runs after an advisory
 * lock keyed by the bucket, in `rate_limit_reserve` (a function from the migrations): each statement of a
 * PL/pgSQL function takes a fresh snapshot, so it counts everything committed before it got the lock, in one
 * round trip rather than a client-side transaction's four. This runs twice on every sign-in attempt, on the
 * thread that serves pages (ADR 012).
 */
export async function reserve(bucket: string, { limit, windowMs }: RateLimit): Promise<string | null> {
  const id = randomUUID();
  const now = new Date();
  const since = new Date(now.getTime() - windowMs);
  const inserted = onPostgres
    ? (
        await db.$queryRaw<{ inserted: boolean }[]>`
          SELECT rate_limit_reserve(${bucket}, ${id}, ${now}, ${since}, ${limit}) AS inserted`
      )[0]?.inserted
    : (await db.$executeRaw`
        INSERT INTO "RateLimitHit" ("id", "bucket", "createdAt")
        SELECT ${id}, ${bucket}, ${now}
        WHERE (SELECT COUNT(*) FROM "RateLimitHit" WHERE "bucket" = ${bucket} AND "createdAt" >= ${since}) < ${limit}`) ===
      1;
  if (!inserted) return null;
  // Now and then, drop hits older than any window, so the table stays small without a cron job.
  if (Math.random() < PRUNE_CHANCE) await pruneHits();
  return id;
}

/** Counts this attempt and says whether it is within the limit. */
export async function consume(bucket: string, rule: RateLimit): Promise<boolean> {
  return (await reserve(bucket, rule)) !== null;
}

/** Takes back a hit recorded by `reserve` (the attempt succeeded, or never happened). */
export async function release(hitId: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { id: hitId } });
}

export async function clearHits(bucket: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket } });
}

/** Old hits are useless; trimmed now and then by reserve. */
async function pruneHits(olderThanMs = 86_400_000): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - olderThanMs) } } });
}
