import { NextResponse, type NextRequest } from "next/server";

import { getViewer } from "@/lib/auth";
import { commentLocation } from "@/lib/comments/thread";
import { can } from "@/lib/permissions";

/**
 * "Open in context" from the moderation queue: finds the page of the article where the comment's thread is shown
 * (page 1 of the story, or a later comments page) and redirects there, with the comment's anchor.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) {
    const callbackUrl = `/admin/comments/${encodeURIComponent(id)}/context`;
    return NextResponse.redirect(
      new URL(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, request.url),
      303,
    );
  }
  if (!can(viewer.role, "comment:moderate")) return new NextResponse("Not found", { status: 404 });
  const location = id.length <= 64 ? await commentLocation(id) : null;
  if (!location) return new NextResponse("That comment no longer exists.", { status: 404 });
  return NextResponse.redirect(new URL(location, request.url), 303);
}
