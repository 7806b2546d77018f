"use client";

export default function AdminError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section className="py-10">
      <h1 className="font-serif text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-muted">
        The newsroom couldn’t finish that. Nothing was half-saved.
        {error.digest ? ` (Reference ${error.digest})` : ""}
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded-sm bg-ink px-4 py-2 text-page">
        Try again
      </button>
    </section>
  );
}
