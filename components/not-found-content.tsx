export function NotFoundContent() {
  return (
    <section className="py-20 text-center">
      <p className="text-sm font-bold uppercase tracking-widest text-accent">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">We can’t find that page</h1>
      <p className="mt-2 text-muted">
        The story may have moved or been taken down, or the address may be mistyped.
      </p>
      <a href="/" className="mt-6 inline-block rounded-sm bg-ink px-4 py-2 text-page">
        Go to the front page
      </a>
    </section>
  );
}
