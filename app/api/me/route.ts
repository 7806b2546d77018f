import { NextResponse, type NextRequest } from "next/server";

import { displayName, getViewer, isStaff } from "@/lib/auth";
import { getOwnPendingComments } from "@/lib/comments";

/**
 * Who is reading, for the client leaves of cached pages (header, comment form), plus their own comments
 * awaiting moderation on ?article=. Private and never cached.
 */
export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  const articleId = request.nextUrl.searchParams.get("article");
  const pending = viewer && articleId ? await getOwnPendingComments(viewer.id, articleId.slice(0, 64)) : [];
  return NextResponse.json(
    {
      viewer: viewer
        ? {
            id: viewer.id,
            name: displayName(viewer),
            isStaff: isStaff(viewer.role),
            canAdmin: viewer.role !== "READER",
            commentingDisabled: Boolean(viewer.commentingDisabledAt),
            commentingDisabledReason: viewer.commentingDisabledReason,
          }
        : null,
      pending: pending.map((comment) => ({ ...comment, createdAt: comment.createdAt.toISOString() })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
