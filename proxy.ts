import { NextResponse, type NextRequest } from "next/server";

import { roleForSessionToken } from "@/lib/admin/session-role";
import { sessionCookieName } from "@/lib/auth/sessions";
import { parsePageParam } from "@/lib/pagination";
import { can, type Capability } from "@/lib/permissions";
import { internalPublishToken, isPublishingDue, runPublishingOnce } from "@/lib/publishing";
import {
  archiveExists,
  archivePages,
  commentPages,
  resolveArticleRoute,
  type ArchiveKind,
} from "@/lib/routing";

/**
 * Gives unknown stories, archives and junk ?page= values a real 404 status (and old slugs their 301)
 * before the page renders. Pages still call notFound() themselves; with Cache Components a page that
 * has started streaming can no longer change its status, so the proxy decides it first.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (await isPublishingDue()) await publishScheduled(request);
  const [, first, slug, rest] = pathname.split("/");
  if (first === "preview") {
    const response = NextResponse.next();
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  }
  if (first === "dev") return process.env.NODE_ENV === "production" ? notFound(request) : NextResponse.next();
  if (first === "admin") {
    const role = await roleForSessionToken(request.cookies.get(sessionCookieName)?.value);
    if (!role) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
      return NextResponse.redirect(signIn);
    }
    return can(role, adminCapability(pathname)) ? NextResponse.next() : notFound(request);
  }
  const pageValues = searchParams.getAll("page");
  let page = parsePageParam(pageValues.length > 1 ? pageValues : pageValues[0]);
  if (page === null) return notFound(request);

  if (first === "articles" && slug) {
    const sort = searchParams.get("sort");
    if (rest === "comments" && sort !== null && !["newest", "oldest", "replies"].includes(sort))
      return notFound(request);
    const route = await resolveArticleRoute(slug);
    if (route.kind === "missing") return notFound(request);
    if (route.kind === "redirect") {
      const target = request.nextUrl.clone();
      target.pathname = pathname.replace(`/articles/${slug}`, `/articles/${route.slug}`);
      return NextResponse.redirect(target, 301);
    }
    if (rest === "comments" && page > (await commentPages(slug))) return notFound(request);
    return NextResponse.next();
  }

  // Archives: /latest and /<kind>/<slug>, paginated as ?page=N. Later pages are served from their own
  // cacheable routes (/latest/p/N, /<kind>/<slug>/p/N), so no archive renders per request.
  const archive = parseArchivePath(pathname);
  if (!archive) return NextResponse.next();
  if (archive.pathPage !== undefined) {
    const fromPath = parsePageParam(archive.pathPage);
    if (fromPath === null || fromPath < 2 || pageValues.length > 0) return notFound(request);
    page = fromPath;
  }
  if (archive.kind !== "latest" && !(await archiveExists(archive.kind, archive.slug)))
    return notFound(request);
  if (page > 1 && page > (await archivePages(archive.kind, archive.slug))) return notFound(request);
  if (page > 1 && archive.pathPage === undefined) {
    const target = request.nextUrl.clone();
    target.pathname =
      archive.kind === "latest" ? `/latest/p/${page}` : `/${archive.kind}/${archive.slug}/p/${page}`;
    target.search = "";
    return NextResponse.rewrite(target);
  }
  return NextResponse.next();
}

type ArchivePath =
  { kind: "latest"; slug: ""; pathPage?: string } | { kind: ArchiveKind; slug: string; pathPage?: string };

function parseArchivePath(pathname: string): ArchivePath | null {
  const parts = pathname.split("/").slice(1);
  if (parts[0] === "latest") {
    if (parts.length === 1) return { kind: "latest", slug: "" };
    if (parts.length === 3 && parts[1] === "p") return { kind: "latest", slug: "", pathPage: parts[2] };
    return null;
  }
  const [kind, slug, p, pathPage] = parts;
  if (!kind || !slug || !["tags", "sections", "sources", "authors"].includes(kind)) return null;
  if (parts.length === 2) return { kind: kind as ArchiveKind, slug };
  if (parts.length === 4 && p === "p") return { kind: kind as ArchiveKind, slug, pathPage };
  return null;
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
];

function adminCapability(pathname: string): Capability {
  return (
    ADMIN_SECTIONS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1] ??
    "admin:access"
  );
}

/** Scheduled stories go live on the first request after their time (see lib/publishing). */
async function publishScheduled(request: NextRequest) {
  await runPublishingOnce(async () => {
    const response = await fetch(new URL("/api/internal/publish-due", request.nextUrl.origin), {
      method: "POST",
      headers: { "x-publish-token": internalPublishToken() },
    }).catch(() => null);
    if (!response?.ok)
      console.error(`Scheduled publishing failed (${response?.status ?? "no response"}); will retry.`);
  });
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
}

export const config = {
  matcher: [
    "/",
    "/preview/:token",
    "/admin",
    "/admin/:path*",
    "/dev/:path*",
    "/latest",
    "/latest/p/:page",
    "/tags/:slug/p/:page",
    "/sections/:slug/p/:page",
    "/sources/:slug/p/:page",
    "/authors/:slug/p/:page",
    "/articles/:slug",
    "/articles/:slug/comments",
    "/tags/:slug",
    "/sections/:slug",
    "/sources/:slug",
    "/authors/:slug",
  ],
};
