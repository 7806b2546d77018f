import "server-only";

import { notFound, redirect } from "next/navigation";

import { getViewer, type Viewer } from "../auth";
import { getCommentContext, type CommentContext } from "./index";

/** For the reply/edit/delete/report pages: the comment (visible or the viewer's own) and a signed-in viewer. */
export async function loadCommentPage(
  commentId: string,
  path: string,
): Promise<{ comment: CommentContext; viewer: Viewer }> {
  // The viewer first: it marks the render as per-request before the comment's edit window reads the clock.
  const viewer = await getViewer();
  const comment = await getCommentContext(commentId);
  if (!comment || !comment.article.published) notFound();
  const own = viewer !== null && viewer.id === comment.authorId;
  if (comment.status !== "VISIBLE" && !own) notFound();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return { comment, viewer };
}
