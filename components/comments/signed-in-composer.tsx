"use client";

import type { ClientViewer } from "../viewer/viewer-context";
import { CommentForm } from "./comment-form";
import { PendingComments, usePendingComments } from "./pending-comments";

/** A signed-in reader's comment form, above their own comments on this story that await moderation. */
export function SignedInComposer({ articleId, viewer }: { articleId: string; viewer: ClientViewer }) {
  const pending = usePendingComments(articleId);
  return (
    <div className="mt-4 flex flex-col gap-4">
      <PendingComments pending={pending} />
      <CommentForm
        mode="post"
        articleId={articleId}
        label={`Comment as ${viewer.name}`}
        submitLabel="Post comment"
      />
    </div>
  );
}
