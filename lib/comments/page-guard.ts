import "server-only";

import { notFound, redirect } from "next/navigation";

import { getViewer, type Viewer } from "../auth";
import { getCommentContext, isCommentPageShown, type CommentContext } from "./index";

/** For the reply/edit/delete/report pages: the comment (visible or the viewer's own) and a signed-in viewer. */
export async function loadCommentPage(
  commentId: string,
  path: string,
): Promise<{ comment: CommentContext; viewer: Viewer }> {
  // The viewer first: it marks the render as per-request before the comment's edit window reads the clock.
  const viewer = await getViewer();
  const comment = await getCommentContext(commentId);
  if (!isCommentPageShown(comment, viewer?.id ?? null)) notFound();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return { comment, viewer };
}
