import { NextResponse, type NextRequest } from "next/server";

import { roleForSessionToken } from "@/lib/admin/session-role";
import { sessionCookieName } from "@/lib/auth/sessions";
import { can, type Capability } from "@/lib/permissions";
import { guardRequest } from "@/lib/request-guard";
import { cachedSearchPath } from "@/lib/search/params";

/**
 * Guards, and one rewrite: untrusted requests refused before Next.js sees them, the newsroom's sign-in redirect
 * and section gate, the dev-only routes, preview headers, and searches sent to their cached pages.
 * Reading pages' status codes (404, 308 for old slugs, pages past the end) come from the pages themselves, which
 * render whole before anything is sent (docs/adr/003-caching-and-rendering.md); here they are only checked for
 * malformed addresses.
 */
export async function proxy(request: NextRequest) {
  // Requests Next.js would answer with a 500, and per-request pages with nothing to show (ADR 020).
  // If the database is down, a guard that needs it lets the request through: its failure has marked the outage,
  // and the server answers the page with a 503 (scripts/server-outage.mjs, ADR 021).
  const refused = await guardRequest(request).catch(() => null);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  if (pathname === "/search") return serveSearch(request);
  const first = pathname.split("/")[1];
  if (first === "preview") {
    const response = NextResponse.next();
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  }
  if (first === "dev") return process.env.NODE_ENV === "production" ? notFound(request) : NextResponse.next();
  if (first === "admin") return guardNewsroom(request);
  return NextResponse.next();
}

/**
 * A search is served from a page that reads only its path (`/search/r/<key>`), so it is cached whole like an
 * archive page: a repeated search costs what a cached page costs, at the edge too, and a write that changes
 * the article lists expires it. The bare search page, and a search too long to key, render per request.
 */
function serveSearch(request: NextRequest) {
  const cached =
    request.method === "GET" || request.method === "HEAD"
      ? cachedSearchPath(request.nextUrl.searchParams)
      : null;
  return cached ? NextResponse.rewrite(new URL(cached, request.url)) : NextResponse.next();
}

async function guardNewsroom(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const token = request.cookies.get(sessionCookieName)?.value;
  // A database outage must not turn the guard into a bare 500: let it through, and the server answers the page
  // with a 503 (scripts/server-outage.mjs, ADR 021).
  const role = token ? await roleForSessionToken(token).catch(() => undefined) : null;
  if (role === undefined) return NextResponse.next();
  if (!role) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }
  return can(role, adminCapability(pathname)) ? NextResponse.next() : notFound(request);
}

/**
 * The capability each admin section needs. The pages check again, but they stream (admin/loading.tsx), so a
 * page's own notFound() can no longer make the status 404: the proxy refuses first.
 */
const ADMIN_SECTIONS: [string, Capability][] = [
  ["/admin/comments", "comment:moderate"],
  ["/admin/audit", "audit:read"],
  ["/admin/users", "user:manage"],
  ["/admin/settings", "settings:manage"],
  ["/admin/sources", "source:manage"],
  ["/admin/stories", "story:manage"],
];

function adminCapability(pathname: string): Capability {
  return (
    ADMIN_SECTIONS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1] ??
    "admin:access"
  );
}

function notFound(request: NextRequest) {
  // Any unmatched address renders the site's not-found page in its layout (app/(site)/[...missing]).
  return NextResponse.rewrite(new URL("/_missing", request.url), { status: 404 });
}

export const config = {
  // Every request but Next's own assets: the request guard must see every dynamic route (malformed addresses)
  // and every action post; for anything else it is a regular expression and returns.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
