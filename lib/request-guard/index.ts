import "server-only";

import { NextResponse, type NextRequest } from "next/server";

import { isMissingPage } from "./missing-pages";
import {
  fetchActionProblem,
  formActionProblem,
  hasMalformedPath,
  isBodyTooLarge,
  isCacheFunctionId,
  isForeignOrigin,
  serverActionPost,
} from "./rules";

export { ACTION_BODY_LIMIT_BYTES } from "./rules";

function refusal(status: number, message: string): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const FOREIGN_ORIGIN_MESSAGE =
  "This form was sent from another website, so it was refused. Nothing was changed.";
export const TOO_LARGE_MESSAGE =
  "That was too large to send: images can be at most 5 MB. Go back, choose a smaller image and save again; what you typed is still in the form.";
export const UNREADABLE_MESSAGE =
  "This request couldn’t be read, so nothing was changed. Reload the page and try again.";

/**
 * The site's not-found page for a page request. Anything else (a POST, which may carry a server action)
 * gets a plain 404: rewritten to the not-found page, Next.js would try to run the action there and fail.
 */
function notFoundPage(request: NextRequest): NextResponse {
  if (request.method !== "GET" && request.method !== "HEAD") return refusal(404, "There is no such page.");
  return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
}

/**
 * For the proxy, before anything else. Answers with a 4xx what Next.js would otherwise answer with a 500
 * (see ./rules.ts), and with a real 404 the per-request pages that would stream a not-found page with a 200
 * (see ./missing-pages.ts); returns null to let the request through. Reads the body only of action posts.
 */
export async function guardRequest(request: NextRequest): Promise<NextResponse | null> {
  if (hasMalformedPath(request.nextUrl.pathname)) return notFoundPage(request);
  if (await isMissingPage(request)) return notFoundPage(request);

  const action = serverActionPost(request.method, request.headers);
  if (!action) return null;
  if (isForeignOrigin(request.headers)) return refusal(403, FOREIGN_ORIGIN_MESSAGE);
  if (isBodyTooLarge(request.headers)) return refusal(413, TOO_LARGE_MESSAGE);

  let problem: string | null;
  try {
    if (action.kind === "form") {
      problem = formActionProblem(await request.clone().formData());
    } else if (isCacheFunctionId(action.actionId)) {
      return refusal(404, "There is no such action.");
    } else if (action.multipart) {
      problem = fetchActionProblem(await request.clone().formData());
    } else if (
      request.headers.get("content-type")?.toLowerCase().startsWith("application/x-www-form-urlencoded")
    ) {
      // Next.js answers these with a 404 itself.
      return null;
    } else {
      problem = fetchActionProblem(await request.clone().text());
    }
  } catch {
    problem = "the body is not a well-formed form";
  }
  return problem ? refusal(400, UNREADABLE_MESSAGE) : null;
}
