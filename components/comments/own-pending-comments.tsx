"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

import { useViewer } from "../viewer/viewer-context";
import { CommentBody } from "./comment-body";

type Pending = { id: string; body: string; createdAt: string };

const noSubscription = () => () => {};

/**
 * On a cached comments page: the reader's own comments awaiting moderation (only they see them), and the
 * thank-you after posting one (?posted=pending), both found out after load.
 */
export function OwnPendingComments({ articleId }: { articleId: string }) {
  const { viewer } = useViewer();
  const [pending, setPending] = useState<Pending[]>([]);
  // The address is known only in the browser; the cached HTML has no thank-you in it.
  const justPosted = useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).get("posted") === "pending",
    () => false,
  );

  useEffect(() => {
    if (!viewer) return;
    fetch(`/api/me?article=${encodeURIComponent(articleId)}`, { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { pending: [] }))
      .then((data: { pending: Pending[] }) => setPending(data.pending))
      .catch(() => setPending([]));
  }, [viewer, articleId]);

  useEffect(() => {
    // The post redirected here with #comment-<id>: bring it into view once it is on the page.
    if (pending.length > 0 && window.location.hash)
      document.querySelector(window.location.hash)?.scrollIntoView();
  }, [pending]);

  return (
    <>
      <p role="status" className={justPosted ? "mt-4 rounded-sm bg-surface p-3 text-sm" : "sr-only"}>
        {justPosted &&
          "Thanks. Your comment is awaiting moderation; only you can see it until a moderator approves it."}
      </p>
      {pending.length > 0 && (
        <section
          aria-label="Your comments awaiting moderation"
          className="mt-4 rounded-sm border border-dashed border-rule p-3"
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
      )}
    </>
  );
}
