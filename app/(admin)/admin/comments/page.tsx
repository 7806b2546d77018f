import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { BulkModerationForm } from "@/components/admin/moderation/moderation-forms";
import { ModerationItemCard } from "@/components/admin/moderation/moderation-item";
import { QueryPager } from "@/components/navigation/query-pager";
import { PageHeading } from "@/components/page-heading";
import { requirePageCapability } from "@/lib/admin/guard";
import { parsePageParam } from "@/lib/pagination";
import { listModerationQueue } from "@/lib/moderation/queue";
import {
  COMMENT_STATUSES,
  parseModerationQueue,
  parseStatusFilter,
  type ModerationQueue,
} from "@/lib/moderation/rules";

export const instant = false;
export const metadata: Metadata = { title: "Comments" };

type Props = {
  searchParams: Promise<{ queue?: string | string[]; status?: string | string[]; page?: string | string[] }>;
};

const queueLabels: Record<ModerationQueue, string> = {
  pending: "Pending",
  reported: "Reported",
  all: "All comments",
};
const emptyText: Record<ModerationQueue, string> = {
  pending: "Nothing is waiting for approval.",
  reported: "No open reports.",
  all: "No comments match.",
};

export default async function ModerationPage({ searchParams }: Props) {
  const query = await searchParams;
  const queue = parseModerationQueue(query.queue);
  const status = parseStatusFilter(query.status);
  const page = parsePageParam(query.page);
  const path = "/admin/comments";
  const viewer = await requirePageCapability("comment:moderate", path);
  if (queue === null || status === null || page === null) notFound();

  const result = await listModerationQueue(viewer, {
    queue,
    status: queue === "all" ? status : undefined,
    page,
  });
  const counts: Record<ModerationQueue, number | null> = {
    pending: result.counts.pending,
    reported: result.counts.reported,
    all: null,
  };

  return (
    <div className="flex flex-col gap-6">
      <PageHeading
        title="Comments"
        description="Approve, hide, remove or restore readers’ comments, one at a time or in bulk."
      />
      <nav aria-label="Moderation queues">
        <ul className="flex flex-wrap gap-2 text-sm">
          {(Object.keys(queueLabels) as ModerationQueue[]).map((option) => {
            const label = `${queueLabels[option]}${counts[option] !== null ? ` (${counts[option]})` : ""}`;
            return (
              <li key={option}>
                <Link
                  href={`${path}?queue=${option}`}
                  aria-current={option === queue ? "page" : undefined}
                  className="block rounded-sm border border-rule px-3 py-1.5 font-medium hover:border-accent aria-[current=page]:bg-ink aria-[current=page]:text-page"
                >
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {queue === "all" && (
        <form method="get" action={path} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="queue" value="all" />
          <div className="flex flex-col gap-1">
            <label htmlFor="status-filter" className="text-sm font-semibold">
              Status
            </label>
            <select
              id="status-filter"
              name="status"
              defaultValue={status ?? ""}
              className="rounded-sm border border-rule bg-page px-3 py-2"
            >
              <option value="">Any status</option>
              {COMMENT_STATUSES.map((option) => (
                <option key={option} value={option}>
                  {option.charAt(0) + option.slice(1).toLowerCase()}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded-sm border border-rule px-4 py-2 font-medium hover:bg-surface"
          >
            Filter
          </button>
        </form>
      )}

      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="font-serif text-xl font-bold">
          {queueLabels[queue]}
          {status && queue === "all" ? `: ${status.toLowerCase()}` : ""}{" "}
          <span className="text-base font-normal text-muted">({result.total})</span>
        </h2>
        {result.items.length === 0 ? (
          <p className="mt-3 text-muted">{page > 1 ? "There’s nothing on this page." : emptyText[queue]}</p>
        ) : (
          <>
            <div className="mt-3">
              <BulkModerationForm count={result.items.length} />
            </div>
            <div className="mt-2">
              {result.items.map((item) => (
                <ModerationItemCard key={item.id} item={item} selectable />
              ))}
            </div>
          </>
        )}
        <QueryPager
          path={path}
          params={{ queue, status: queue === "all" ? status : undefined }}
          page={page}
          pageCount={result.pageCount}
          label="Queue pages"
        />
      </section>
    </div>
  );
}
