import type { Metadata } from "next";

import { CommentContextCard } from "@/components/comments/comment-context-card";
import { ReportCommentForm } from "@/components/comments/report-comment-form";
import { PageHeading } from "@/components/page-heading";
import { loadCommentPage } from "@/lib/comments/page-guard";

export const instant = false;
export const metadata: Metadata = { title: "Report comment", robots: { index: false } };

export default async function ReportCommentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { comment, viewer } = await loadCommentPage(id, `/comments/${id}/report`);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading
        title="Report comment"
        description="Reports go to the moderators. The commenter isn’t told who reported them."
      />
      <CommentContextCard comment={comment} />
      {comment.authorId === viewer.id ? (
        <p role="alert">You can’t report your own comment.</p>
      ) : (
        <ReportCommentForm commentId={comment.id} />
      )}
    </div>
  );
}
