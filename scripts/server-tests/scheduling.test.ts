/**
 * Issue 7, scheduled publishing: every server process publishes due stories on its own (lib/publishing,
 * started from instrumentation.ts), without any request arriving, exactly once however many processes share the
 * database, and at start-up for stories that fell due while the site was down. Against real `next start`
 * servers; the tests watch the database, not the servers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "../../lib/db-client";
import { skipPostgres } from "../lib/test-databases";
import {
  BUILD_TIMEOUT_MS,
  clock,
  createScratchDatabase,
  createStory,
  ensureTestBuild,
  request,
  startServer,
  type ScratchDatabase,
  type ServerProcess,
  until,
} from "../lib/test-server";

// The first server test of a run may have to build the app first.
beforeAll(() => ensureTestBuild(), BUILD_TIMEOUT_MS);

/** The issue's bound: a story is published within 2 s of its time. */
const BOUND_MS = 2_000;

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

async function scratch(provider: "sqlite" | "postgres", label: string) {
  const database = await createScratchDatabase(provider, label);
  cleanup.push(database.close);
  return database;
}

async function server(database: ScratchDatabase, label: string) {
  const started = await startServer({ databaseUrl: database.url, label });
  cleanup.push(started.stop);
  return started;
}

function scheduleStory(db: Database, title: string, publishAt: Date) {
  return createStory(db, title, { status: "SCHEDULED", publishedAt: publishAt });
}

/** Polls the database every 25 ms until every story is PUBLISHED; resolves with when each was first seen so. */
async function publishedTimes(db: Database, ids: string[], deadline: number): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  while (seen.size < ids.length && clock() < deadline) {
    const rows = await db.article.findMany({
      where: { id: { in: ids.filter((id) => !seen.has(id)) }, status: "PUBLISHED" },
      select: { id: true },
    });
    const at = clock();
    for (const row of rows) seen.set(row.id, at);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return seen;
}

describe("scheduled stories go live on time", () => {
  it("on a server that receives no request at all, within 2 s of the story's time", async () => {
    const database = await scratch("sqlite", "schedule-idle");
    const idle = await server(database, "schedule-idle");
    const publishAt = new Date(Date.now() + 5_000);
    const story = await scheduleStory(
      database.db,
      `Scheduled while idle ${Date.now().toString(36)}`,
      publishAt,
    );

    const times = await publishedTimes(database.db, [story.id], publishAt.getTime() + 10_000);
    const publishedAt = times.get(story.id);
    expect(publishedAt, "published at all").toBeDefined();
    const late = publishedAt! - publishAt.getTime();
    console.log(`[scheduling] idle server published the story ${late.toFixed(0)} ms after its time`);
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThanOrEqual(BOUND_MS);
    // The server says so once the story's derived data is written and the caches are expired, a moment after the
    // status flips.
    await until(
      () => idle.output().includes(`Published on schedule: ${story.slug}`),
      "the server's log",
      10_000,
    );

    // The first request the server ever gets shows it.
    const home = await request(`${idle.base}/`);
    expect(home.status).toBe(200);
    expect(home.body).toContain(story.title);
  });

  it.skipIf(skipPostgres)(
    "two server processes on one PostgreSQL database publish each story exactly once",
    async () => {
      const database = await scratch("postgres", "schedule-two");
      const servers: ServerProcess[] = [];
      for (const label of ["schedule-two-a", "schedule-two-b"]) servers.push(await server(database, label));

      const base = Date.now() + 3_000;
      const stories = [];
      for (let i = 0; i < 6; i++) {
        // Pairs fall due at the same moment, so both processes find them due in the same second.
        const publishAt = new Date(base + Math.floor(i / 2) * 700);
        stories.push(
          await scheduleStory(database.db, `Scheduled twice over ${i} ${base.toString(36)}`, publishAt),
        );
      }
      const ids = stories.map((story) => story.id);
      const times = await publishedTimes(database.db, ids, base + 12_000);
      expect(times.size).toBe(stories.length);
      for (const story of stories) {
        const late = times.get(story.id)! - story.publishedAt!.getTime();
        expect(late).toBeGreaterThanOrEqual(0);
        expect(late).toBeLessThanOrEqual(BOUND_MS);
      }
      // Two more scheduler rounds in each process: a second publication would have happened by now.
      await new Promise((resolve) => setTimeout(resolve, 2_500));

      const audits = await database.db.auditLog.groupBy({
        by: ["entityId"],
        where: { action: "article.publish-scheduled", entityId: { in: ids } },
        _count: { _all: true },
      });
      expect(Object.fromEntries(audits.map((row) => [row.entityId, row._count._all]))).toEqual(
        Object.fromEntries(ids.map((id) => [id, 1])),
      );
      const rows = await database.db.article.findMany({
        where: { id: { in: ids } },
        select: { status: true },
      });
      expect(rows.every((row) => row.status === "PUBLISHED")).toBe(true);
      // Each process logs what it published: together, every story once.
      const announced = servers.flatMap((s) =>
        [...s.output().matchAll(/Published on schedule: (.*)/g)].flatMap((match) => match[1]!.split(", ")),
      );
      expect(announced.sort()).toEqual(stories.map((story) => story.slug).sort());
      console.log(
        `[scheduling] two processes: ${servers.map((s, i) => `process ${i + 1} published ${(s.output().match(/Published on schedule: (.*)/g) ?? []).join("; ") || "nothing"}`).join(" / ")}`,
      );
    },
  );

  it("after a restart, a story that fell due while the site was down is published at start-up", async () => {
    const database = await scratch("sqlite", "schedule-restart");
    const first = await server(database, "schedule-restart-1");
    await first.stop();

    const story = await scheduleStory(
      database.db,
      `Overdue after a restart ${Date.now().toString(36)}`,
      new Date(Date.now() - 60_000),
    );
    const second = await server(database, "schedule-restart-2");
    const times = await publishedTimes(database.db, [story.id], second.readyAt + 10_000);
    expect(times.has(story.id)).toBe(true);
    const afterReady = times.get(story.id)! - second.readyAt;
    console.log(
      `[scheduling] overdue story published ${afterReady.toFixed(0)} ms after the server was ready`,
    );
    expect(afterReady).toBeLessThanOrEqual(BOUND_MS);

    const home = await request(`${second.base}/`);
    expect(home.status).toBe(200);
    expect(home.body).toContain(story.title);
  });
});
