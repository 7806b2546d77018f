import type { Metadata } from "next";

import { CommentContextCard } from "@/components/comments/comment-context-card";
import { CommentForm } from "@/components/comments/comment-form";
import { PageHeading } from "@/components/page-heading";
import { loadCommentPage } from "@/lib/comments/page-guard";

export const instant = false;
export const metadata: Metadata = { title: "Edit your comment", robots: { index: false } };

export default async function EditCommentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { comment, viewer } = await loadCommentPage(id, `/comments/${id}/edit`);
  const own = comment.authorId === viewer.id;
  const open = comment.editWindowOpen;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading title="Edit your comment" />
      {!own ? (
        <p role="alert">You can only edit your own comments.</p>
      ) : comment.deleted ? (
        <p role="alert">This comment was deleted.</p>
      ) : !open ? (
        <>
          <CommentContextCard comment={comment} />
          <p role="alert">Comments can only be edited for 15 minutes after posting.</p>
        </>
      ) : (
        <CommentForm
          mode="edit"
          commentId={comment.id}
          label="Your comment"
          submitLabel="Save changes"
          defaultBody={comment.body}
        />
      )}
    </div>
  );
}
