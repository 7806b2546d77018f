type Step = { href: string; text: string };

/** The row under a paged list: a link back, "Page n of m", a link on. Plain links, as on every reading page. */
export function PrevNextNav({
  label,
  page,
  pageCount,
  previous,
  next,
  className,
}: {
  label: string;
  page: number;
  pageCount: number;
  previous?: Step;
  next?: Step;
  /** Spacing above the row, which differs by page. */
  className: string;
}) {
  return (
    <nav
      aria-label={label}
      className={`${className} flex items-center justify-between border-t border-rule pt-4 text-sm`}
    >
      {previous ? (
        <a href={previous.href} rel="prev" className="font-medium text-accent hover:underline">
          {previous.text}
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {next ? (
        <a href={next.href} rel="next" className="font-medium text-accent hover:underline">
          {next.text}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
