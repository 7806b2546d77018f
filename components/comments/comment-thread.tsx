import type { CommentView } from "@/lib/comments";

import { RelativeTime } from "../time/relative-time";
import { CommentBody } from "./comment-body";

function CommentItem({ comment }: { comment: CommentView }) {
  return (
    <li>
      <article id={`comment-${comment.id}`} className="comment rounded-sm py-3" aria-label={comment.deleted ? "Deleted comment" : `Comment by ${comment.author?.name ?? "a reader"}`}>
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
          </>
        )}
      </article>
      {comment.replies.length > 0 && (
        <ol className="ml-3 border-l border-rule pl-4 md:ml-5">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function CommentThreads({ threads }: { threads: CommentView[] }) {
  return (
    <ol className="divide-y divide-rule">
      {threads.map((comment) => (
        <CommentItem key={comment.id} comment={comment} />
      ))}
    </ol>
  );
}
