/**
 * Issue 7, build and start: `next build` needs no database (it reads none, lib/db.ts), so one build made with
 * DATABASE_URL pointing at a host that does not exist serves SQLite and PostgreSQL alike; and `npm start`
 * (scripts/start.mjs) puts the demo corpus into an empty database only when asked.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { skipPostgres } from "../lib/test-databases";
import {
  appEnv,
  BUILD_TIMEOUT_MS,
  createScratchDatabase,
  ensureTestBuild,
  freePort,
  request,
  ROOT,
  spawnServer,
  startServer,
  TEST_DIST_DIR,
  UNREACHABLE_DATABASE_URL,
  type ScratchDatabase,
} from "../lib/test-server";

// The first server test of a run may have to build the app first.
beforeAll(() => ensureTestBuild(), BUILD_TIMEOUT_MS);

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

async function scratch(provider: "sqlite" | "postgres", label: string, seed = true) {
  const database = await createScratchDatabase(provider, label, { seed });
  cleanup.push(database.close);
  return database;
}

describe("one build, made without a database, serves any database", () => {
  it("next build succeeds with DATABASE_URL pointing at an unreachable host", async () => {
    const build = await ensureTestBuild();
    expect(build.databaseUrl).toBe(UNREACHABLE_DATABASE_URL);
    expect(existsSync(path.join(ROOT, TEST_DIST_DIR, "BUILD_ID"))).toBe(true);
    console.log(
      build.built
        ? `[build] built ${TEST_DIST_DIR} in ${build.seconds} s with DATABASE_URL=${UNREACHABLE_DATABASE_URL}`
        : `[build] reused ${TEST_DIST_DIR}: built from these same sources (fingerprint ${build.fingerprint}) with DATABASE_URL=${UNREACHABLE_DATABASE_URL}`,
    );
    // Nothing in the build tried to reach it.
    if (existsSync(build.log))
      expect(readFileSync(build.log, "utf8")).not.toMatch(/ENOTFOUND|ECONNREFUSED|db\.unreachable/);
  });

  for (const provider of ["sqlite", "postgres"] as const) {
    it.skipIf(provider === "postgres" && skipPostgres)(
      `and serves a seeded ${provider} database`,
      async () => {
        const database = await scratch(provider, `build-serves-${provider}`);
        const server = await startServer({ databaseUrl: database.url, label: `build-serves-${provider}` });
        cleanup.push(server.stop);
        const newest = await database.db.article.findFirstOrThrow({
          where: { status: "PUBLISHED" },
          orderBy: { publishedAt: "desc" },
          select: { slug: true, title: true },
        });
        const home = await request(`${server.base}/`);
        expect(home.status).toBe(200);
        expect(home.body).toContain(escapeHtml(newest.title));
        const article = await request(`${server.base}/articles/${newest.slug}`);
        expect(article.status).toBe(200);
        expect(article.body).toContain(escapeHtml(newest.title));
      },
    );
  }
});

describe.skipIf(skipPostgres)("npm start on an empty PostgreSQL database", () => {
  async function npmStart(database: ScratchDatabase, label: string, env: Record<string, string> = {}) {
    await ensureTestBuild(); // npm start must find a build, not make one
    const port = await freePort();
    const started = await spawnServer(process.execPath, ["scripts/start.mjs"], {
      env: appEnv({ DATABASE_URL: database.url, PORT: String(port), NEXT_DIST_DIR: TEST_DIST_DIR, ...env }),
      port,
      label,
      ready: /is running at/,
    });
    cleanup.push(started.stop);
    return started;
  }

  it("leaves it empty unless asked, and says so", async () => {
    const database = await scratch("postgres", "start-empty", false);
    const started = await npmStart(database, "start-empty");
    expect(started.output()).toContain(
      "The database has no stories yet, and the demo corpus is not added to it. To add it, start with SEED_DEMO=1",
    );
    expect(started.output()).not.toContain("seeding the demo corpus");
    expect(started.output()).not.toContain("No build yet");
    expect(await database.db.article.count()).toBe(0);
    expect(await database.db.user.count()).toBe(0);
    const home = await request(`${started.base}/`);
    expect(home.status).toBe(200);
    await started.stop();
  });

  it("seeds the demo corpus with SEED_DEMO=1", async () => {
    const database = await scratch("postgres", "start-seed", false);
    const started = await npmStart(database, "start-seed", { SEED_DEMO: "1" });
    expect(started.output()).toContain("Empty database: seeding the demo corpus");
    expect(started.output()).not.toContain("No build yet");
    expect(await database.db.article.count()).toBeGreaterThan(0);
    const newest = await database.db.article.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { publishedAt: "desc" },
      select: { title: true },
    });
    const home = await request(`${started.base}/`);
    expect(home.status).toBe(200);
    expect(home.body).toContain(escapeHtml(newest.title));
    // Once serving, the server runs alone: the preparation (tsx, esbuild, a Prisma client) has exited.
    expect(processGroup(started.child.pid!)).toEqual([{ pid: started.child.pid, command: "node" }]);
    await started.stop();
  });
});

/** The processes in a process group, as ps lists them. */
function processGroup(groupId: number) {
  const listing = execFileSync("ps", ["-e", "-o", "pid=,pgid=,comm="], { encoding: "utf8" });
  return listing
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, pgid]) => Number(pgid) === groupId)
    .map(([pid, , command]) => ({ pid: Number(pid), command }));
}

function escapeHtml(text: string) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}
