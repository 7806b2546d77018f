import { formatAbsoluteTime } from "../../time/format";
import { FeedActions } from "./feed-forms";
import { intervalLabel } from "./interval-label";

export type FeedRow = {
  id: string;
  url: string;
  pollIntervalSeconds: number;
  fullText: boolean;
  holdForReview: boolean;
  paused: boolean;
  nextPollAt: Date;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  consecutiveFailures: number;
  itemsImported: number;
  itemsSkipped: number;
  section: { name: string };
};

function When({ date, never = "Never" }: { date: Date | null; never?: string }) {
  return date ? <time dateTime={date.toISOString()}>{formatAbsoluteTime(date)}</time> : <>{never}</>;
}

/** One feed's health: when it was polled, whether that worked, what it imported; and its buttons. */
export function FeedHealth({ feed }: { feed: FeedRow }) {
  const failing = feed.consecutiveFailures > 0;
  const status = feed.paused
    ? { label: "Paused", className: "text-muted-strong" }
    : failing
      ? { label: `Failing (${feed.consecutiveFailures} in a row)`, className: "text-danger" }
      : feed.lastSuccessAt
        ? { label: "Healthy", className: "text-ink" }
        : { label: "Not polled yet", className: "text-muted-strong" };
  const label = `for ${feed.url}`;
  return (
    <article
      aria-label={`Feed ${feed.url}`}
      className="flex flex-col gap-3 rounded-sm border border-rule p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-mono text-sm break-all">{feed.url}</p>
        <p className={`text-sm font-bold ${status.className}`}>{status.label}</p>
      </div>
      <p className="text-sm text-muted-strong">
        {feed.section.name} · {intervalLabel(feed.pollIntervalSeconds)} ·{" "}
        {feed.fullText ? "full text" : "excerpt and link"} ·{" "}
        {feed.holdForReview ? "held for review" : "published at once"}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="font-semibold">Last poll</dt>
        <dd>
          <When date={feed.lastPolledAt} />
        </dd>
        <dt className="font-semibold">Last success</dt>
        <dd>
          <When date={feed.lastSuccessAt} />
        </dd>
        <dt className="font-semibold">Last error</dt>
        <dd className={failing ? "text-danger" : undefined}>
          <When date={feed.lastErrorAt} never="None" />
          {feed.lastError && <span className="block break-words">{feed.lastError}</span>}
        </dd>
        <dt className="font-semibold">Next poll</dt>
        <dd>{feed.paused ? "Paused" : <When date={feed.nextPollAt} />}</dd>
        <dt className="font-semibold">Items imported</dt>
        <dd>{feed.itemsImported}</dd>
        <dt className="font-semibold">Skipped as duplicates</dt>
        <dd>{feed.itemsSkipped}</dd>
      </dl>
      <FeedActions feedId={feed.id} paused={feed.paused} label={label} />
    </article>
  );
}
