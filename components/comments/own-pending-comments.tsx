"use client";

import { useEffect, useSyncExternalStore } from "react";

import { PendingComments, usePendingComments } from "./pending-comments";

const noSubscription = () => () => {};

/**
 * On a cached comments page: the reader's own comments awaiting moderation (only they see them), and the
 * thank-you after posting one (?posted=pending), both found out after load.
 */
export function OwnPendingComments({ articleId }: { articleId: string }) {
  const pending = usePendingComments(articleId);
  // The address is known only in the browser; the cached HTML has no thank-you in it.
  const justPosted = useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).get("posted") === "pending",
    () => false,
  );

  useEffect(() => {
    // The post redirected here with #comment-<id>: bring it into view once it is on the page.
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (pending.length > 0 && id) document.getElementById(id)?.scrollIntoView();
  }, [pending]);

  return (
    <>
      <p role="status" className={justPosted ? "mt-4 rounded-sm bg-surface p-3 text-sm" : "sr-only"}>
        {justPosted &&
          "Thanks. Your comment is awaiting moderation; only you can see it until a moderator approves it."}
      </p>
      <PendingComments pending={pending} className="mt-4" />
    </>
  );
}
