import "server-only";

import { cacheHealth } from "@/cache/runtime.mjs";

import { db } from "../db";

export type DependencyState = "up" | "down" | "not configured";
export type Health = { ok: boolean; database: DependencyState; cache: DependencyState };

/** Which dependencies answer right now, for load balancers and operators. Never cached. */
export async function checkHealth(): Promise<Health> {
  const database = await db
    .$queryRawUnsafe("SELECT 1")
    .then((): DependencyState => "up")
    .catch((): DependencyState => "down");
  const cache = await cacheHealth();
  return { ok: database === "up" && cache !== "down", database, cache };
}
