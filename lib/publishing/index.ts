import "server-only";

import { recordAudit } from "../audit";
import { startBackgroundLoop } from "../background-loop";
import { db } from "../db";
import { articleWritten } from "../write-effects";

/**
 * Scheduled stories go live on time whether or not anyone is reading: every server process checks once a
 * second and publishes what is due. Each story is flipped by a conditional update inside a transaction, so
 * with several processes on one database exactly one of them publishes it (and writes its audit entry).
 */
export const SCHEDULER_INTERVAL_MS = 1_000;

/** Publishes every scheduled article whose time has come; returns the slugs this process published. */
export async function publishDueArticles(now = new Date()): Promise<string[]> {
  const due = await db.article.findMany({
    where: { status: "SCHEDULED", publishedAt: { lte: now } },
    select: { id: true, slug: true, title: true, publishedAt: true },
  });
  const published: string[] = [];
  for (const article of due) {
    const flipped = await db.$transaction(async (tx) => {
      const result = await tx.article.updateMany({
        where: { id: article.id, status: "SCHEDULED", publishedAt: { lte: now } },
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
    if (!flipped) continue;
    await articleWritten({
      id: article.id,
      before: { slug: article.slug, status: "SCHEDULED" },
      after: { slug: article.slug, status: "PUBLISHED" },
    });
    published.push(article.slug);
  }
  return published;
}

/**
 * Starts this process's scheduler (once): the first check runs at once, so stories that fell due while the
 * site was down are published at start-up.
 */
export function startScheduler(intervalMs = SCHEDULER_INTERVAL_MS): void {
  startBackgroundLoop({
    name: "scheduled publishing",
    intervalMs,
    task: async () => {
      const slugs = await publishDueArticles();
      if (slugs.length > 0) console.log(`• Published on schedule: ${slugs.join(", ")}`);
    },
    failureMessage: "Scheduled publishing failed; retrying every second.",
    recoveryMessage: "• Scheduled publishing recovered.",
  });
}
