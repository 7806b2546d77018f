import type { CommentView } from "@/lib/comments";
import { threadHref } from "@/lib/comments/thread";

import { postedFragment } from "../navigation/notices";
import { RelativeTime } from "../time/relative-time";
import { CommentBody } from "./comment-body";
import { CommentViewerLinks } from "./comment-viewer-links";

type ItemProps = { comment: CommentView; canReply: boolean; articleSlug: string };

function CommentItem({ comment, canReply, articleSlug }: ItemProps) {
  // "Reply to Mira’s comment": repeated Reply/Report/Delete links say which comment they are for.
  const whose = comment.author?.name ? `${comment.author.name}’s comment` : "this comment";
  return (
    <li>
      <article
        id={`comment-${comment.id}`}
        className="comment rounded-sm py-3"
        aria-label={comment.deleted ? "Deleted comment" : `Comment by ${comment.author?.name ?? "a reader"}`}
      >
        {/* Shown only as the #posted-<id> target a post without JavaScript lands on (globals.css). */}
        <p id={postedFragment(comment.id)} className="posted-notice" />
        {comment.inReplyTo && (
          <p className="text-xs text-muted">
            In reply to{" "}
            <a href={comment.inReplyTo.href} className="text-accent hover:underline">
              {comment.inReplyTo.name}
            </a>
          </p>
        )}
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
                  Reply<span className="sr-only"> to {whose}</span>
                </a>
              )}
              <CommentViewerLinks
                commentId={comment.id}
                authorId={comment.author?.id ?? null}
                whose={whose}
                createdAt={comment.createdAt.toISOString()}
              />
            </div>
          </>
        )}
      </article>
      {comment.replies.length > 0 && (
        <ol className="ml-3 border-l border-rule pl-4 md:ml-5">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} canReply={canReply} articleSlug={articleSlug} />
          ))}
        </ol>
      )}
      {comment.moreReplies && (
        <p className="ml-3 pb-3 pl-4 text-sm md:ml-5">
          <a
            href={threadHref(articleSlug, comment.id, 1, comment.moreReplies.firstId)}
            className="font-medium text-accent hover:underline"
          >
            {comment.moreReplies.count === 1 ? "1 more reply" : `${comment.moreReplies.count} more replies`}
            <span className="sr-only"> to {comment.author?.name ?? "this comment"}</span>
          </a>
        </p>
      )}
    </li>
  );
}

export function CommentThreads({
  threads,
  canReply,
  articleSlug,
}: {
  threads: CommentView[];
  canReply: boolean;
  articleSlug: string;
}) {
  return (
    <ol className="divide-y divide-rule">
      {threads.map((comment) => (
        <CommentItem key={comment.id} comment={comment} canReply={canReply} articleSlug={articleSlug} />
      ))}
    </ol>
  );
}
