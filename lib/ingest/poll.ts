import "server-only";

import { hostname } from "node:os";
import { randomBytes } from "node:crypto";

import { db } from "../db";
import { FeedFetchError, type FetchOptions, fetchFeed } from "./fetch-feed";
import { type ImportResult, importFeedItems } from "./import";
import { FeedParseError, parseFeedDocument } from "./parse";
import { allowPrivateAddresses } from "./settings";

/** How long a poller holds a feed; another instance takes it over only after this (it crashed, say). */
export const LEASE_MS = 2 * 60_000;
/** However often a feed fails, it is tried again at least this often. */
export const MAX_BACKOFF_MS = 6 * 3_600_000;
/** A Retry-After further away than this is read as this. */
const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/** This process's name in Feed.leaseOwner. */
export const instanceId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

export type PollOutcome =
  | { status: "busy" }
  | { status: "missing" }
  | { status: "not-modified" }
  | ({ status: "imported" } & ImportResult)
  | { status: "failed"; error: string };

/**
 * When to try a feed again: its interval after a success; after failures the interval doubles per consecutive
 * failure (up to MAX_BACKOFF_MS), and never sooner than the server's Retry-After.
 */
export function nextPollDelayMs(
  intervalSeconds: number,
  failures: number,
  retryAfterMs: number | null,
): number {
  const interval = intervalSeconds * 1000;
  const backoff =
    failures === 0 ? interval : Math.min(interval * 2 ** failures, Math.max(MAX_BACKOFF_MS, interval));
  return Math.max(backoff, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}

/**
 * Takes the feed's lease with one conditional update: it succeeds for exactly one poller while the lease is
 * free or expired (and, unless forced by "Poll now", only when the feed is due and not paused).
 */
async function claimFeed(feedId: string, owner: string, now: Date, force: boolean): Promise<boolean> {
  const claimed = await db.feed.updateMany({
    where: {
      id: feedId,
      OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }],
      ...(force ? {} : { paused: false, nextPollAt: { lte: now } }),
    },
    data: { leaseOwner: owner, leaseExpiresAt: new Date(now.getTime() + LEASE_MS) },
  });
  return claimed.count === 1;
}

/** Feeds due now and not held by a live lease, oldest due first. */
export async function dueFeedIds(now = new Date(), limit = 20): Promise<string[]> {
  const rows = await db.feed.findMany({
    where: {
      paused: false,
      nextPollAt: { lte: now },
      OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }],
    },
    orderBy: { nextPollAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * Polls one feed if this poller can take its lease: a conditional GET, then the items imported. Any failure
 * (network, HTTP status, size, content type, unreadable document) is recorded on the feed, never thrown: one
 * broken feed never stops the others.
 */
export async function pollFeed(
  feedId: string,
  {
    owner = instanceId,
    force = false,
    fetchOptions = {},
  }: {
    owner?: string;
    force?: boolean;
    fetchOptions?: Partial<FetchOptions>;
  } = {},
): Promise<PollOutcome> {
  const started = new Date();
  if (!(await claimFeed(feedId, owner, started, force))) {
    return (await db.feed.count({ where: { id: feedId } })) ? { status: "busy" } : { status: "missing" };
  }
  const feed = await db.feed.findUnique({
    where: { id: feedId },
    include: { source: { select: { name: true } } },
  });
  if (!feed) return { status: "missing" };
  const mine = { id: feedId, leaseOwner: owner };
  const release = { leaseOwner: null, leaseExpiresAt: null, lastPolledAt: started };
  try {
    const fetched = await fetchFeed(feed.url, {
      etag: feed.etag,
      lastModified: feed.lastModified,
      allowPrivate: allowPrivateAddresses(),
      ...fetchOptions,
    });
    let outcome: PollOutcome = { status: "not-modified" };
    if (fetched.status === "ok") {
      const items = parseFeedDocument(fetched.body.toString("utf8"), fetched.url);
      outcome = { status: "imported", ...(await importFeedItems(feed, items)) };
    }
    await db.feed.updateMany({
      where: mine,
      data: {
        ...release,
        lastSuccessAt: new Date(),
        consecutiveFailures: 0,
        nextPollAt: new Date(Date.now() + nextPollDelayMs(feed.pollIntervalSeconds, 0, null)),
        ...(fetched.status === "ok" ? { etag: fetched.etag, lastModified: fetched.lastModified } : {}),
        ...(outcome.status === "imported"
          ? {
              itemsImported: { increment: outcome.imported },
              itemsSkipped: { increment: outcome.skipped },
            }
          : {}),
      },
    });
    return outcome;
  } catch (error) {
    const message =
      error instanceof FeedFetchError || error instanceof FeedParseError
        ? error.message
        : `Import failed: ${error instanceof Error ? error.message : String(error)}`;
    if (!(error instanceof FeedFetchError || error instanceof FeedParseError))
      console.error(`Feed ${feed.url}: import failed.`, error);
    const failures = feed.consecutiveFailures + 1;
    const retryAfter = error instanceof FeedFetchError ? error.retryAfterMs : null;
    await db.feed.updateMany({
      where: mine,
      data: {
        ...release,
        lastErrorAt: new Date(),
        lastError: message.slice(0, 500),
        consecutiveFailures: failures,
        nextPollAt: new Date(Date.now() + nextPollDelayMs(feed.pollIntervalSeconds, failures, retryAfter)),
      },
    });
    return { status: "failed", error: message };
  }
}
