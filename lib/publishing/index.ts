import "server-only";

import { createHash } from "node:crypto";

import { recordAudit } from "../audit";
import { authSecret } from "../auth/secret";
import { db } from "../db";

/**
 * Scheduled articles go live on the first request after their time: no cron job, no restart. The proxy asks
 * isPublishingDue() (an in-memory comparison, refreshed from the database every few seconds) and, when due,
 * calls the internal publish route, which flips the articles and invalidates the reader caches.
 */
const RECHECK_MS = 5_000;
type State = { nextDueAt: number | null; checkedAt: number; inFlight: Promise<void> | null };
const globalState = globalThis as unknown as { publishingState?: State };
const state = (globalState.publishingState ??= { nextDueAt: null, checkedAt: 0, inFlight: null });

/** Call after anything is scheduled or unscheduled in this process, so the next request re-reads the time. */
export function noteScheduleChange(): void {
  state.checkedAt = 0;
}

export async function isPublishingDue(now = Date.now()): Promise<boolean> {
  if (now - state.checkedAt > RECHECK_MS) {
    const next = await db.article.findFirst({
      where: { status: "SCHEDULED" },
      orderBy: { publishedAt: "asc" },
      select: { publishedAt: true },
    });
    state.nextDueAt = next?.publishedAt?.getTime() ?? null;
    state.checkedAt = now;
  }
  return state.nextDueAt !== null && state.nextDueAt <= now;
}

/** Runs `trigger` once even when many requests notice the due time together. */
export async function runPublishingOnce(trigger: () => Promise<void>): Promise<void> {
  state.inFlight ??= trigger().finally(() => {
    state.inFlight = null;
    state.checkedAt = 0;
  });
  await state.inFlight;
}

/** Publishes every scheduled article whose time has come; returns their slugs. Safe to run concurrently. */
export async function publishDueArticles(now = new Date()): Promise<string[]> {
  const due = await db.article.findMany({
    where: { status: "SCHEDULED", publishedAt: { lte: now } },
    select: { id: true, slug: true, title: true, publishedAt: true },
  });
  const published: string[] = [];
  for (const article of due) {
    const flipped = await db.$transaction(async (tx) => {
      const result = await tx.article.updateMany({
        where: { id: article.id, status: "SCHEDULED" },
        data: { status: "PUBLISHED" },
      });
      if (result.count === 0) return false;
      await recordAudit(
        {
          actorId: null,
          action: "article.publish-scheduled",
          entityType: "article",
          entityId: article.id,
          summary: `Published “${article.title}” at its scheduled time`,
          before: { status: "SCHEDULED" },
          after: { status: "PUBLISHED", publishedAt: article.publishedAt },
        },
        tx,
      );
      return true;
    });
    if (flipped) published.push(article.slug);
  }
  state.checkedAt = 0;
  return published;
}

/** Shared by the proxy and the internal route, so only this server can trigger publishing. */
export function internalPublishToken(): string {
  return createHash("sha256").update(`publish-due:${authSecret}`).digest("hex");
}
