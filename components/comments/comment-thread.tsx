import type { CommentView } from "@/lib/comments";

import { RelativeTime } from "../time/relative-time";
import { CommentBody } from "./comment-body";
import { CommentViewerLinks } from "./comment-viewer-links";

function CommentItem({ comment, canReply }: { comment: CommentView; canReply: boolean }) {
  return (
    <li>
      <article
        id={`comment-${comment.id}`}
        className="comment rounded-sm py-3"
        aria-label={comment.deleted ? "Deleted comment" : `Comment by ${comment.author?.name ?? "a reader"}`}
      >
        {comment.deleted ? (
          <p className="text-sm italic text-muted">[deleted]</p>
        ) : (
          <>
            <header className="flex flex-wrap items-center gap-x-2 text-sm">
              <span className="font-semibold">{comment.author?.name ?? "Former reader"}</span>
              {comment.author?.isStaff && (
                <span className="rounded-sm bg-accent px-1.5 py-0.5 text-[0.65rem] font-bold uppercase tracking-wide text-page">
                  Staff
                </span>
              )}
              <a href={`#comment-${comment.id}`} className="text-muted hover:underline">
                <RelativeTime iso={comment.createdAt.toISOString()} />
              </a>
              {comment.editedAt && <span className="text-xs text-muted">(edited)</span>}
            </header>
            <CommentBody text={comment.body} />
            <div className="mt-1 flex gap-4 text-xs text-muted">
              {canReply && (
                <a href={`/comments/${comment.id}/reply`} className="hover:text-accent hover:underline">
                  Reply
                </a>
              )}
              <CommentViewerLinks
                commentId={comment.id}
                authorId={comment.author?.id ?? null}
                createdAt={comment.createdAt.toISOString()}
              />
            </div>
          </>
        )}
      </article>
      {comment.replies.length > 0 && (
        <ol className="ml-3 border-l border-rule pl-4 md:ml-5">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} canReply={canReply} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function CommentThreads({ threads, canReply }: { threads: CommentView[]; canReply: boolean }) {
  return (
    <ol className="divide-y divide-rule">
      {threads.map((comment) => (
        <CommentItem key={comment.id} comment={comment} canReply={canReply} />
      ))}
    </ol>
  );
}
