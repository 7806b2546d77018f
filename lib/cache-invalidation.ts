import "server-only";

import { createHash, timingSafeEqual } from "node:crypto";

import { revalidateTag, updateTag } from "next/cache";
import { headers } from "next/headers";

import { authSecret } from "./auth/secret";

/** A render that began before a write can be stored just after it; expiring again shortly after catches it. */
const SECOND_EXPIRY_DELAY_MS = 2_000;

/**
 * For server actions: updateTag gives the acting request its own write at once; revalidateTag with expire 0
 * makes everyone else's next request render afresh; and a second expiry a moment later (through an internal
 * route, since tags can only be expired inside a request) discards pages that were mid-render during the write.
 */
export async function expireTags(...tags: string[]): Promise<void> {
  for (const tag of tags) {
    updateTag(tag);
    revalidateTag(tag, { expire: 0 });
  }
  let list: Awaited<ReturnType<typeof headers>>;
  try {
    list = await headers();
  } catch {
    return; // Outside a request (scripts, tests): nothing can be rendering for a reader.
  }
  const host = list.get("host");
  if (!host) return;
  const origin = `${list.get("x-forwarded-proto") ?? "http"}://${host}`;
  setTimeout(() => {
    void fetch(new URL("/api/internal/expire-tags", origin), {
      method: "POST",
      headers: { "content-type": "application/json", "x-expire-token": internalExpireToken() },
      body: JSON.stringify({ tags }),
    }).catch(() => {});
  }, SECOND_EXPIRY_DELAY_MS).unref();
}

export function internalExpireToken(): string {
  return createHash("sha256").update(`expire-tags:${authSecret}`).digest("hex");
}

export function isInternalExpireToken(given: string | null): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(internalExpireToken());
  return a.length === b.length && timingSafeEqual(a, b);
}
