"use client";

import { lazy, Suspense } from "react";

import { useViewer } from "../viewer/viewer-context";

// Most readers are signed out and never see a form, so its code is fetched only for a signed-in reader. The
// server renders it into the page for readers without JavaScript (React never renders <noscript> content in the
// browser, so that copy costs the browser nothing).
const SignedInComposer = lazy(() =>
  import("./signed-in-composer").then((module) => ({ default: module.SignedInComposer })),
);
const CommentForm = lazy(() => import("./comment-form").then((module) => ({ default: module.CommentForm })));

/**
 * The comment form and the reader's own comments awaiting moderation. Rendered into a cached page, so it
 * finds out who is reading after load: until then (and for everyone signed out) it shows the invitation to
 * sign in, so signed-out readers never see a form turn into it. Without JavaScript the form is there too
 * (noscript), and the server decides.
 */
export function CommentComposer({ articleId, articleSlug }: { articleId: string; articleSlug: string }) {
  const { viewer } = useViewer();

  const signInHref = `/signin?callbackUrl=${encodeURIComponent(`/articles/${articleSlug}#comments`)}`;

  if (!viewer) {
    return (
      <>
        <p className="mt-3 rounded-sm bg-surface p-3 text-sm">
          <a href={signInHref} className="font-semibold text-accent hover:underline">
            Sign in
          </a>{" "}
          to join the conversation.
        </p>
        <noscript>
          <div className="mt-4">
            <CommentForm mode="post" articleId={articleId} label="Your comment" submitLabel="Post comment" />
          </div>
        </noscript>
      </>
    );
  }
  if (viewer.commentingDisabled) {
    return (
      <p className="mt-3 rounded-sm bg-surface p-3 text-sm">
        Commenting has been turned off for your account.
        {viewer.commentingDisabledReason ? ` Reason: ${viewer.commentingDisabledReason}` : ""}
      </p>
    );
  }
  return (
    <Suspense fallback={<p className="mt-4 text-sm text-muted">Loading the comment form…</p>}>
      <SignedInComposer articleId={articleId} viewer={viewer} />
    </Suspense>
  );
}
