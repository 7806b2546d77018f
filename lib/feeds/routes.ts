import "server-only";

import { connection } from "next/server";

import { documentResponse, notFoundResponse } from "../conditional-get";
import { getCommentsFeed, getFeed } from "./index";
import type { FeedFormat, FeedScope } from "./urls";

type ArchiveKind = Exclude<FeedScope["kind"], "site">;
type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The GET handler of one feed route. It answers per request (it reads the client's validators), but the feed
 * itself comes from the cache, so a 304 costs no query. `param` names the archive's route segment.
 */
export function feedRoute(format: FeedFormat, archive?: { kind: ArchiveKind; param: string }) {
  return async function GET(request: Request, context: RouteContext): Promise<Response> {
    await connection();
    if (!archive) return documentResponse(request, await getFeed({ kind: "site" }, format));
    const slug = (await context.params)[archive.param];
    if (typeof slug !== "string") return notFoundResponse();
    return documentResponse(request, await getFeed({ kind: archive.kind, slug }, format));
  };
}

export async function commentsFeedGET(request: Request, context: RouteContext): Promise<Response> {
  await connection();
  const slug = (await context.params).slug;
  if (typeof slug !== "string") return notFoundResponse();
  return documentResponse(request, await getCommentsFeed(slug));
}
