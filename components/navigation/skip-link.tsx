/**
 * The first Tab stop on every page. Hidden until focused, then shown over the header on a solid background,
 * inset from the edges so its focus outline is never cut off by the window (WCAG 2.4.1, 2.4.7).
 */
export function SkipLink({ href = "#main" }: { href?: string }) {
  return (
    <a
      href={href}
      className="sr-only rounded-sm bg-page px-3 py-2 font-semibold text-ink shadow-md focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
    >
      Skip to content
    </a>
  );
}
