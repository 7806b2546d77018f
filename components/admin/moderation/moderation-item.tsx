import Link from "next/link";

import { CommentBody } from "@/components/comments/comment-body";
import { formatAbsoluteTime } from "@/components/time/format";
import { REPORT_REASONS } from "@/lib/comments/rules";
import type { CommentStatus } from "@/lib/generated/sqlite/enums";
import type { ModerationItem } from "@/lib/moderation/queue";

import { BULK_FORM_ID, CommentModerationForm } from "./moderation-forms";

const statusStyles: Record<CommentStatus, string> = {
  VISIBLE: "border-rule",
  PENDING: "border-accent text-accent",
  HIDDEN: "border-muted text-muted-strong",
  REMOVED: "border-danger text-danger",
};

export function StatusBadge({ status }: { status: CommentStatus }) {
  return (
    <span
      className={`rounded-sm border px-2 py-0.5 text-xs font-bold uppercase tracking-wide ${statusStyles[status]}`}
    >
      {status.toLowerCase()}
    </span>
  );
}

/** One comment as a moderator sees it: who, where, what, its open reports, and what can be done with it. */
export function ModerationItemCard({ item, selectable }: { item: ModerationItem; selectable: boolean }) {
  const who = item.author?.name ?? "a deleted account";
  return (
    <article aria-labelledby={`mod-${item.id}-title`} className="flex gap-3 border-b border-rule py-4">
      {selectable && (
        <div className="pt-1">
          <input
            type="checkbox"
            name="ids"
            value={item.id}
            form={BULK_FORM_ID}
            id={`select-${item.id}`}
            aria-label={`Select comment by ${who} on “${item.article.title}”`}
            className="size-4"
          />
        </div>
      )}
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <h3 id={`mod-${item.id}-title`} className="font-semibold">
            {item.author ? (
              <Link
                href={`/admin/comments/authors/${item.author.id}`}
                className="hover:text-accent hover:underline"
              >
                {item.author.name}
              </Link>
            ) : (
              <span className="text-muted">Deleted account</span>
            )}
            <span className="font-normal text-muted"> {item.isReply ? "replied on" : "commented on"} </span>
            {/* No prefetch: a reader page prefetched from the newsroom never finished its response (seen in
                e2e), and the render ledger then held the next write for its full bound (ADR 003). */}
            <Link
              href={`/articles/${item.article.slug}`}
              prefetch={false}
              className="text-accent hover:underline"
            >
              {item.article.title}
            </Link>
          </h3>
          <StatusBadge status={item.status} />
          {item.author?.commentingDisabled && (
            <span className="text-xs font-semibold text-danger">commenting off</span>
          )}
        </header>
        <p className="flex flex-wrap gap-x-3 text-xs text-muted">
          {item.author?.email && <span>{item.author.email}</span>}
          <time dateTime={item.createdAt.toISOString()}>{formatAbsoluteTime(item.createdAt)}</time>
          {item.editedAt && <span>edited</span>}
          {/* No prefetch either: this route redirects to the comment's reader page (see above). */}
          <Link
            href={`/admin/comments/${item.id}/context`}
            prefetch={false}
            className="text-accent hover:underline"
          >
            Open in context
          </Link>
          {item.author && (
            <Link href={`/admin/comments/authors/${item.author.id}`} className="text-accent hover:underline">
              {item.author.commentingDisabled ? "Commenting off: manage" : "Turn off commenting…"}
            </Link>
          )}
        </p>
        {item.deleted ? (
          <p className="italic text-muted">[deleted by its author]</p>
        ) : (
          <CommentBody text={item.body} />
        )}
        {item.moderationNote && (
          <p className="text-sm">
            <span className="font-semibold">Moderator’s note:</span> {item.moderationNote}
          </p>
        )}
        {item.openReports.length > 0 && (
          <section
            aria-label={`Reports on this comment (${item.openReports.length})`}
            className="rounded-sm bg-surface p-3 text-sm"
          >
            <h4 className="font-semibold">
              {item.openReports.length} open report{item.openReports.length === 1 ? "" : "s"}
            </h4>
            <ul className="mt-1 space-y-1">
              {item.openReports.map((report) => (
                <li key={report.id}>
                  <span className="font-medium">{REPORT_REASONS[report.reason]}</span>
                  {report.details && <span>: “{report.details}”</span>}
                  <span className="text-muted">
                    {" "}
                    — {report.reporter}, {formatAbsoluteTime(report.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <CommentModerationForm
          commentId={item.id}
          status={item.status}
          hasReports={item.openReports.length > 0}
        />
      </div>
    </article>
  );
}
