"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="py-20 text-center">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-muted">We couldn’t load this page. Please try again in a moment.</p>
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded-sm bg-ink px-4 py-2 text-page">
          Try again
        </button>
        <Link href="/" className="rounded-sm border border-rule px-4 py-2">
          Go to the front page
        </Link>
      </div>
    </section>
  );
}
