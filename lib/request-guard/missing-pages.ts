import "server-only";

import type { NextRequest } from "next/server";

import { canOpenArticle } from "../admin/articles";
import { viewerForSessionToken } from "../admin/session-role";
import { isPublishedSlug } from "../ai/story";
import { previewTokenExists } from "../articles";
import { sessionCookieName } from "../auth/sessions";
import { getCommentContext, isCommentPageShown } from "../comments";
import { can } from "../permissions";
import { isNotASearchPage } from "../search/params";

const PREVIEW = /^\/preview\/([^/]+)\/?$/;
const COMMENT_PAGE = /^\/comments\/([^/]+)\/(?:reply|edit|delete|report)\/?$/;
const ADMIN_ARTICLE = /^\/admin\/articles\/([^/]+)(?:\/revisions|\/key-points)?\/?$/;
const ASK_PAGE = /^\/articles\/([^/]+)\/ask\/?$/;
const SEARCH = /^\/search\/?$/;

/**
 * Pages that render per request and find out only while rendering that there is nothing to show: with Cache
 * Components their shell has already gone out with a 200 by then, so the proxy asks here first and answers 404.
 * The same rules as the pages' own checks (which stay): an unknown preview token; a comment that doesn't
 * exist, isn't on a published story, or is hidden and not the viewer's own; an article the signed-in
 * newsroom member may not open (another contributor's, or none); a search whose ?page= is not a page number;
 * the Ask this story page of an article that is not published.
 * Call only with a decodable path.
 */
export async function isMissingPage(request: NextRequest): Promise<boolean> {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = request.nextUrl.pathname;
  const viewer = () => viewerForSessionToken(request.cookies.get(sessionCookieName)?.value);

  if (SEARCH.test(path)) return isNotASearchPage(request.nextUrl.searchParams);

  const preview = PREVIEW.exec(path);
  if (preview) return !(await previewTokenExists(decodeURIComponent(preview[1]!)));

  const ask = ASK_PAGE.exec(path);
  if (ask) return !(await isPublishedSlug(decodeURIComponent(ask[1]!)));

  const comment = COMMENT_PAGE.exec(path);
  if (comment) {
    const id = decodeURIComponent(comment[1]!);
    const [context, who] = await Promise.all([getCommentContext(id), viewer()]);
    return !isCommentPageShown(context, who?.id ?? null);
  }

  const article = ADMIN_ARTICLE.exec(path);
  if (article && article[1] !== "new") {
    const who = await viewer();
    // Signed-out visitors and readers get the proxy's own answer (sign in, or 404 for the whole newsroom).
    if (!who || !can(who.role, "admin:access")) return false;
    return !(await canOpenArticle(who, decodeURIComponent(article[1]!)));
  }
  return false;
}
