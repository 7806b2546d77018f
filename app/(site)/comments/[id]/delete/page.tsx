import type { Metadata } from "next";

import { CommentContextCard } from "@/components/comments/comment-context-card";
import { DeleteCommentForm } from "@/components/comments/delete-comment-form";
import { PageHeading } from "@/components/page-heading";
import { isStaff } from "@/lib/auth";
import { loadCommentPage } from "@/lib/comments/page-guard";

export const instant = false;
export const metadata: Metadata = { title: "Delete comment", robots: { index: false } };

export default async function DeleteCommentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { comment, viewer } = await loadCommentPage(id, `/comments/${id}/delete`);
  const allowed = comment.authorId === viewer.id || isStaff(viewer.role);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading title="Delete comment" />
      <CommentContextCard comment={comment} />
      {!allowed ? (
        <p role="alert">You can only delete your own comments.</p>
      ) : comment.deleted ? (
        <p role="alert">This comment was already deleted.</p>
      ) : (
        <DeleteCommentForm commentId={comment.id} />
      )}
    </div>
  );
}
