import "server-only";

import { headers } from "next/headers";

/**
 * The client's address for throttling. Behind a reverse proxy, X-Forwarded-For's first entry is the client;
 * deploy behind one that overwrites it, or a client can pick its own bucket.
 */
export async function requestIp(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "local";
}
