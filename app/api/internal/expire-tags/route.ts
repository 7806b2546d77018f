import { revalidateTag } from "next/cache";
import { z } from "zod";

import { isInternalExpireToken } from "@/lib/cache-invalidation";

const body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(50) });

/** The delayed second expiry of lib/cache-invalidation; only this server knows the token. */
export async function POST(request: Request) {
  if (!isInternalExpireToken(request.headers.get("x-expire-token")))
    return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ expired: parsed.data.tags.length });
}
