import { revalidateTag } from "next/cache";
import { timingSafeEqual } from "node:crypto";

import { cacheTags } from "@/lib/cache-tags";
import { internalPublishToken, publishDueArticles } from "@/lib/publishing";
import { forgetRoutes } from "@/lib/routing";

/** Called by the proxy when a scheduled article is due; flips it live and expires the reader caches at once. */
export async function POST(request: Request) {
  const given = Buffer.from(request.headers.get("x-publish-token") ?? "");
  const expected = Buffer.from(internalPublishToken());
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return new Response("Not found", { status: 404 });
  const slugs = await publishDueArticles();
  if (slugs.length) {
    revalidateTag(cacheTags.articleLists, { expire: 0 });
    for (const slug of slugs) revalidateTag(cacheTags.article(slug), { expire: 0 });
    forgetRoutes();
  }
  return Response.json({ published: slugs });
}
