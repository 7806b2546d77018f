"use client";

import { useEffect, useRef } from "react";

import { isDatabaseUnavailableDigest } from "@/lib/database-outage";

export default function AdminError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed under the editor: move focus to what it now says, so it is read out.
  useEffect(() => heading.current?.focus(), []);
  const outage = isDatabaseUnavailableDigest(error.digest);
  return (
    <section className="py-10">
      <h1 ref={heading} tabIndex={-1} className="font-serif text-2xl font-bold">
        {outage ? "The newsroom is briefly unavailable" : "Something went wrong"}
      </h1>
      <p className="mt-2 text-muted">
        {outage
          ? "We can’t reach the database just now. Nothing was half-saved; please try again in a moment."
          : "The newsroom couldn’t finish that. Nothing was half-saved."}
        {!outage && error.digest ? ` (Reference ${error.digest})` : ""}
      </p>
      {/* retry fetches the page again (reset would only redraw what failed). */}
      <button type="button" onClick={retry} className="mt-4 rounded-sm bg-ink px-4 py-2 text-page">
        Try again
      </button>
    </section>
  );
}
