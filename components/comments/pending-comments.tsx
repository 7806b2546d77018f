"use client";

import { useEffect, useState } from "react";

import { useViewer } from "../viewer/viewer-context";
import { CommentBody } from "./comment-body";

export type PendingComment = { id: string; body: string; createdAt: string };

/** The reader's own comments on this story awaiting moderation, asked for after load (cached pages hold none). */
export function usePendingComments(articleId: string): PendingComment[] {
  const { viewer } = useViewer();
  const [pending, setPending] = useState<PendingComment[]>([]);
  useEffect(() => {
    if (!viewer) return;
    fetch(`/api/me?article=${encodeURIComponent(articleId)}`, { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { pending: [] }))
      .then((data: { pending: PendingComment[] }) => setPending(data.pending))
      .catch(() => setPending([]));
  }, [viewer, articleId]);
  return pending;
}

/** Only their author sees these, marked as waiting for a moderator. */
export function PendingComments({
  pending,
  className = "",
}: {
  pending: PendingComment[];
  className?: string;
}) {
  if (pending.length === 0) return null;
  return (
    <section
      aria-label="Your comments awaiting moderation"
      className={`rounded-sm border border-dashed border-rule p-3 ${className}`}
    >
      {pending.map((comment) => (
        <article key={comment.id} id={`comment-${comment.id}`} className="comment py-2">
          <p className="text-xs font-bold uppercase tracking-wide text-accent">
            Awaiting moderation · only you can see this
          </p>
          <CommentBody text={comment.body} />
        </article>
      ))}
    </section>
  );
}
