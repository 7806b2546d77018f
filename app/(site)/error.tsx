"use client";

import { useEffect, useRef } from "react";

import { isDatabaseUnavailableDigest } from "@/lib/database-outage";

/**
 * What replaces a reading page that failed to load in the browser (after a client-side navigation, or a
 * per-request page that failed after its shell was sent). A database outage says so: it is brief, and trying
 * again is the cure (ADR 021); the page's own address answers 503 meanwhile.
 */
export default function ErrorPage({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed under the reader: move focus to what it now says, so it is read out.
  useEffect(() => heading.current?.focus(), []);
  const outage = isDatabaseUnavailableDigest(error.digest);
  return (
    <section className="py-20 text-center">
      <h1 ref={heading} tabIndex={-1} className="font-serif text-3xl font-bold">
        {outage ? "Briefly unavailable" : "Something went wrong"}
      </h1>
      <p className="mt-2 text-muted">
        {outage
          ? "We can’t reach our database just now, so this page can’t be shown. Please try again in a moment."
          : "We couldn’t load this page. Please try again in a moment."}
      </p>
      <div className="mt-6 flex justify-center gap-4">
        {/* retry fetches the page again (reset would only redraw what failed). */}
        <button type="button" onClick={retry} className="rounded-sm bg-ink px-4 py-2 text-page">
          Try again
        </button>
        <a href="/" className="rounded-sm border border-rule px-4 py-2">
          Go to the front page
        </a>
      </div>
    </section>
  );
}
