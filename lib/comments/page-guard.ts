import "server-only";

import { notFound, redirect } from "next/navigation";

import { getViewer, type Viewer } from "../auth";
import { getCommentContext, type CommentContext } from "./index";

/** For the reply/edit/delete/report pages: the comment (visible or the viewer's own) and a signed-in viewer. */
export async function loadCommentPage(
  commentId: string,
  path: string,
): Promise<{ comment: CommentContext; viewer: Viewer }> {
  const comment = await getCommentContext(commentId);
  const viewer = await getViewer();
  if (!comment || !comment.article.published) notFound();
  const own = viewer !== null && viewer.id === comment.authorId;
  if (comment.status !== "VISIBLE" && !own) notFound();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return { comment, viewer };
}
