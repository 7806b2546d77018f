import "server-only";

import { db } from "../db";

export type RateLimit = { limit: number; windowMs: number };

/** Hits for a bucket within its window, shared by every server process through the database. */
export async function countHits(bucket: string, windowMs: number): Promise<number> {
  return db.rateLimitHit.count({ where: { bucket, createdAt: { gte: new Date(Date.now() - windowMs) } } });
}

const PRUNE_CHANCE = 0.01;

export async function recordHit(bucket: string): Promise<void> {
  await db.rateLimitHit.create({ data: { bucket } });
  // Now and then, drop hits older than any window, so the table stays small without a cron job.
  if (Math.random() < PRUNE_CHANCE) await pruneHits();
}

export async function isLimited(bucket: string, { limit, windowMs }: RateLimit): Promise<boolean> {
  return (await countHits(bucket, windowMs)) >= limit;
}

/** Counts this attempt and says whether it is over the limit. */
export async function consume(bucket: string, rule: RateLimit): Promise<boolean> {
  if (await isLimited(bucket, rule)) return false;
  await recordHit(bucket);
  return true;
}

export async function clearHits(bucket: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket } });
}

/** Old hits are useless; trimmed now and then by recordHit. */
async function pruneHits(olderThanMs = 86_400_000): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - olderThanMs) } } });
}
