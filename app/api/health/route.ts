import { connection, NextResponse } from "next/server";

import { checkHealth } from "@/lib/health";

/**
 * 200 when the database (and Redis, if configured) answer; 503 naming what is down otherwise, so a load
 * balancer takes the instance out while the site's pages still say what happened.
 */
export async function GET() {
  await connection(); // answered now, never from a build or a cache
  const health = await checkHealth();
  return NextResponse.json(health, {
    status: health.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
