import type { Metadata } from "next";

import { CommentContextCard } from "@/components/comments/comment-context-card";
import { CommentForm } from "@/components/comments/comment-form";
import { PageHeading } from "@/components/page-heading";
import { displayName } from "@/lib/auth";
import { loadCommentPage } from "@/lib/comments/page-guard";

export const instant = false;
export const metadata: Metadata = { title: "Reply", robots: { index: false } };

export default async function ReplyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { comment, viewer } = await loadCommentPage(id, `/comments/${id}/reply`);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading title="Reply" />
      <CommentContextCard comment={comment} />
      {!comment.article.commentsOpen ? (
        <p>Comments are closed on this story.</p>
      ) : comment.deleted ? (
        <p>This comment was deleted, so it can’t be replied to.</p>
      ) : (
        <CommentForm
          mode="post"
          articleId={comment.article.id}
          parentId={comment.id}
          label={`Reply as ${displayName(viewer)}`}
          submitLabel="Post reply"
        />
      )}
    </div>
  );
}
