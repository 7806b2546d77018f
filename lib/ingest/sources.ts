import "server-only";

import type { Viewer } from "../auth";
import { recordAudit } from "../audit";
import { db } from "../db";
import { assertCan } from "../permissions";
import { instanceId, type PollOutcome, pollFeed } from "./poll";

/** The choices an editor has for a feed's poll interval, in seconds. */
export const POLL_INTERVALS = [300, 900, 1800, 3600, 3 * 3600, 12 * 3600, 86_400] as const;

/** Every outlet with its feeds and their health, for /admin/sources. Editors and admins only. */
export async function listSourcesWithFeeds(viewer: Viewer | null) {
  assertCan(viewer?.role, "source:manage");
  const [sources, sections] = await Promise.all([
    db.source.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        homepage: true,
        feeds: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            url: true,
            pollIntervalSeconds: true,
            fullText: true,
            holdForReview: true,
            paused: true,
            nextPollAt: true,
            lastPolledAt: true,
            lastSuccessAt: true,
            lastErrorAt: true,
            lastError: true,
            consecutiveFailures: true,
            itemsImported: true,
            itemsSkipped: true,
            section: { select: { name: true } },
          },
        },
      },
    }),
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
  ]);
  return { sources, sections };
}

export type FeedInput = {
  sourceId: string;
  url: string;
  sectionId: string;
  pollIntervalSeconds: number;
  fullText: boolean;
  holdForReview: boolean;
};

export type FeedResult = { ok: true; id: string } | { ok: false; error: string; field?: keyof FeedInput };

/** Adds a feed to an outlet; it is polled at once (nextPollAt defaults to now). */
export async function addFeed(viewer: Viewer, input: FeedInput): Promise<FeedResult> {
  assertCan(viewer.role, "source:manage");
  const [source, section, taken] = await Promise.all([
    db.source.findUnique({ where: { id: input.sourceId }, select: { name: true } }),
    db.section.findUnique({ where: { id: input.sectionId }, select: { id: true } }),
    db.feed.findUnique({ where: { url: input.url }, select: { id: true } }),
  ]);
  if (!source) return { ok: false, error: "Choose an outlet from the list.", field: "sourceId" };
  if (!section) return { ok: false, error: "Choose a section from the list.", field: "sectionId" };
  if (taken) return { ok: false, error: "That feed is already on the list.", field: "url" };
  const feed = await db.$transaction(async (tx) => {
    const created = await tx.feed.create({ data: input, select: { id: true } });
    await recordAudit(
      {
        actorId: viewer.id,
        action: "feed.create",
        entityType: "feed",
        entityId: created.id,
        summary: `Added the feed ${input.url} to ${source.name}`,
        after: input,
      },
      tx,
    );
    return created;
  });
  return { ok: true, id: feed.id };
}

/** Pauses or resumes a feed; a resumed feed is polled at once. */
export async function setFeedPaused(
  viewer: Viewer,
  feedId: string,
  paused: boolean,
): Promise<{ ok: true; url: string } | { ok: false; error: string }> {
  assertCan(viewer.role, "source:manage");
  return db.$transaction(async (tx) => {
    const feed = await tx.feed.findUnique({ where: { id: feedId }, select: { url: true, paused: true } });
    if (!feed) return { ok: false, error: "That feed no longer exists." } as const;
    if (feed.paused === paused) return { ok: true, url: feed.url } as const;
    await tx.feed.update({
      where: { id: feedId },
      data: { paused, ...(paused ? {} : { nextPollAt: new Date(), consecutiveFailures: 0 }) },
    });
    await recordAudit(
      {
        actorId: viewer.id,
        action: paused ? "feed.pause" : "feed.resume",
        entityType: "feed",
        entityId: feedId,
        summary: `${paused ? "Paused" : "Resumed"} the feed ${feed.url}`,
        before: { paused: feed.paused },
        after: { paused },
      },
      tx,
    );
    return { ok: true, url: feed.url } as const;
  });
}

/** "Poll now": polls the feed in this request (through its lease, so never beside another instance's poll). */
export async function pollFeedNow(viewer: Viewer, feedId: string): Promise<PollOutcome & { url?: string }> {
  assertCan(viewer.role, "source:manage");
  const feed = await db.feed.findUnique({ where: { id: feedId }, select: { url: true } });
  if (!feed) return { status: "missing" };
  const outcome = await pollFeed(feedId, { owner: instanceId, force: true });
  await recordAudit({
    actorId: viewer.id,
    action: "feed.poll",
    entityType: "feed",
    entityId: feedId,
    summary: `Polled the feed ${feed.url} now: ${describePoll(outcome)}`,
    after: outcome,
  });
  return { ...outcome, url: feed.url };
}

/** A poll's outcome as the editor reads it. */
export function describePoll(outcome: PollOutcome): string {
  switch (outcome.status) {
    case "busy":
      return "another instance is polling this feed right now; try again in a moment.";
    case "missing":
      return "that feed no longer exists.";
    case "not-modified":
      return "nothing new (the feed has not changed since the last poll).";
    case "failed":
      return `it failed: ${outcome.error}`;
    case "imported": {
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
      return `${plural(outcome.imported, "new article")}, ${outcome.updated} updated, ${outcome.skipped} skipped as duplicates.`;
    }
  }
}
