import type { CommentContext } from "@/lib/comments";

import { CommentBody } from "./comment-body";

export function CommentContextCard({ comment }: { comment: CommentContext }) {
  return (
    <div className="mb-6">
      <p className="text-sm">
        On{" "}
        <a
          href={`/articles/${comment.article.slug}#comment-${comment.id}`}
          className="font-semibold text-accent hover:underline"
        >
          {comment.article.title}
        </a>
      </p>
      <blockquote className="mt-3 border-l-4 border-rule pl-4">
        <p className="text-sm font-semibold">{comment.authorName} wrote:</p>
        {comment.deleted ? (
          <p className="italic text-muted">[deleted]</p>
        ) : (
          <CommentBody text={comment.body} />
        )}
      </blockquote>
    </div>
  );
}
