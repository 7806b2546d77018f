import { RelativeTime } from "./time/relative-time";

/** "Outlet · 3 hours ago" line used on cards. */
export function SourceAndTime({
  source,
  publishedAt,
}: {
  source: { slug: string; name: string };
  publishedAt: Date;
}) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-xs font-medium uppercase tracking-wide text-muted">
      <a href={`/sources/${source.slug}`} className="text-accent hover:underline">
        {source.name}
      </a>
      <span aria-hidden="true">·</span>
      <RelativeTime iso={publishedAt.toISOString()} className="normal-case tracking-normal" />
    </p>
  );
}
