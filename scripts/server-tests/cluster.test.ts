/**
 * Issue 9, across the cluster: two `next start` instances on one PostgreSQL database, sharing a Redis cache,
 * behind Varnish (deploy/varnish/default.vcl). Writes through one instance show on the other instance and
 * through the edge on the next request; a scheduled story appears everywhere with no traffic; nothing personal
 * is stored by the edge; Redis going away mid-load costs no 5xx and no restart; an instance killed mid-load
 * loses no acknowledged write.
 *
 * Needs varnishd (Debian's varnish + varnish-modules) and redis-server: skipped locally without them, and a
 * failure under CI (REQUIRE_REDIS=1), which installs them.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startReaders } from "../lib/freshness";
import { skipPostgres } from "../lib/test-databases";
import {
  createScratchDatabase,
  createStory,
  createUsers,
  findForm,
  freePort,
  LOG_DIR,
  request,
  ROOT,
  startServer,
  submitForm,
  type ScratchDatabase,
  type ServerProcess,
  type TestUser,
  until,
} from "../lib/test-server";

const REQUIRED = process.env.REQUIRE_REDIS === "1";
const have = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const missing = ["varnishd", "redis-server"].filter((command) => !have(command));
if (missing.length > 0 && REQUIRED)
  throw new Error(
    `The cluster tests need ${missing.join(" and ")} (apt-get install varnish varnish-modules redis-server).`,
  );

function listening(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}

function startGroup(command: string, args: string[]): ChildProcess {
  return spawn(command, args, { detached: true, stdio: "ignore" });
}

function stopGroupNow(child: ChildProcess | null | undefined) {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // gone
  }
}

describe.skipIf(skipPostgres || missing.length > 0)("the cluster: two instances, Redis and the edge", () => {
  let database: ScratchDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let redis: ChildProcess | null = null;
  let varnish: ChildProcess | null = null;
  let redisPort = 0;
  let edge = "";
  let editor: TestUser;
  let readers: TestUser[];
  const run = Math.random().toString(36).slice(2, 8);

  async function startRedis() {
    redis = startGroup("redis-server", ["--port", String(redisPort), "--save", "", "--appendonly", "no"]);
    await until(() => listening(redisPort), "redis-server");
  }

  beforeAll(async () => {
    database = await createScratchDatabase("postgres", "cluster");
    redisPort = await freePort();
    await startRedis();
    const edgePort = await freePort();
    edge = `http://127.0.0.1:${edgePort}`;
    const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}`, EDGE_PURGE_URLS: edge };
    [a, b] = await Promise.all([
      startServer({ databaseUrl: database.url, label: "cluster-a", env }),
      startServer({ databaseUrl: database.url, label: "cluster-b", env }),
    ]);

    const work = path.join(LOG_DIR, `varnish-${run}`);
    mkdirSync(work, { recursive: true });
    writeFileSync(
      path.join(work, "backends.vcl"),
      `backend a { .host = "127.0.0.1"; .port = "${a.port}"; }
backend b { .host = "127.0.0.1"; .port = "${b.port}"; }
sub vcl_init { new ledger = directors.round_robin(); ledger.add_backend(a); ledger.add_backend(b); }
`,
    );
    varnish = startGroup("varnishd", [
      "-F",
      "-a",
      `127.0.0.1:${edgePort}`,
      "-f",
      path.join(ROOT, "deploy", "varnish", "default.vcl"),
      "-p",
      `vcl_path=${work}:${path.join(ROOT, "deploy", "varnish")}:/usr/share/varnish/vcl`,
      "-n",
      path.join(work, "state"),
      "-s",
      "malloc,64m",
    ]);
    await until(
      async () => (await request(`${edge}/api/health`).catch(() => null))?.status === 200,
      "the edge",
    );
    editor = (await createUsers(database.db, 1, { role: "EDITOR", prefix: "cluster-editor" }))[0]!;
    readers = await createUsers(database.db, 8, { prefix: "cluster-reader" });
  }, 300_000);

  afterAll(async () => {
    stopGroupNow(varnish);
    stopGroupNow(redis);
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.close();
  });

  async function article() {
    return database.db.article.findFirstOrThrow({
      where: { status: "PUBLISHED", commentsOpen: true },
      orderBy: { publishedAt: "desc" },
      select: { id: true, slug: true, title: true },
    });
  }

  async function postComment(server: ServerProcess, slug: string, reader: TestUser, body: string) {
    const page = await request(`${server.base}/articles/${slug}`);
    const form = findForm(page.body, "articleId");
    return submitForm(server.base, `/articles/${slug}`, form, { cookie: reader.cookie, values: { body } });
  }

  it("a comment posted through one instance shows on the other and through the edge on the next request", async () => {
    const story = await article();
    const path = `/articles/${story.slug}`;
    for (const base of [a.base, b.base, edge, edge]) expect((await request(base + path)).status).toBe(200);
    const body = `Cluster comment ${run} one.`;
    const posted = await postComment(a, story.slug, readers[0]!, body);
    expect(posted.status).toBe(303);
    expect((await request(b.base + path)).body).toContain(body);
    const throughEdge = await request(edge + path);
    expect(throughEdge.body).toContain(body);
  });

  /** A story written straight into the database, unseen by any cache so far. */
  const newStory = (title: string, data: { status: "DRAFT" | "SCHEDULED"; publishedAt?: Date }) =>
    createStory(database.db, title, data);

  it("a story published from one instance is on the other's home page and the edge's on the next request", async () => {
    const title = `Cluster story ${run}`;
    const story = await newStory(title, { status: "DRAFT" });
    for (const base of [a.base, b.base, edge, edge])
      expect((await request(`${base}/`)).body).not.toContain(title);
    const editPath = `/admin/articles/${story.id}`;
    const page = await request(a.base + editPath, { headers: { cookie: editor.cookie } });
    const saved = await submitForm(a.base, editPath, findForm(page.body, "version"), {
      cookie: editor.cookie,
      submitter: { name: "intent", value: "publish" },
    });
    expect(saved.status).toBe(303);
    expect((await request(`${b.base}/`)).body).toContain(title);
    expect((await request(`${edge}/`)).body).toContain(title);
  });

  it("a scheduled story appears on every instance and the edge with no traffic", async () => {
    const title = `Cluster scheduled story ${run}`;
    for (const base of [a.base, b.base, edge, edge])
      expect((await request(`${base}/latest`)).body).not.toContain(title);
    const story = await newStory(title, { status: "SCHEDULED", publishedAt: new Date(Date.now() + 2_000) });
    await until(
      async () =>
        (await database.db.article.findUniqueOrThrow({ where: { id: story.id }, select: { status: true } }))
          .status === "PUBLISHED",
      "the scheduler",
    );
    // The scheduler expires the caches once the story's derived data (its story, its key points) is written, a
    // moment after the status flips: every copy shows it within a few seconds, with no write to wait on.
    for (const base of [a.base, b.base, edge])
      await until(
        async () => (await request(`${base}/latest`)).body.includes(title),
        `${base}/latest`,
        5_000,
      );
  });

  it("a signed-in visitor's responses are never stored by the edge", async () => {
    const reader = readers[1]!;
    const account = await request(`${edge}/account`, { headers: { cookie: reader.cookie } });
    expect(account.body).toContain(reader.email);
    const anonymous = await request(`${edge}/account`);
    expect(anonymous.body).not.toContain(reader.email);
    for (let i = 0; i < 3; i++) {
      const home = await request(`${edge}/`, { headers: { cookie: reader.cookie } });
      expect(home.headers["x-cache"]).toBe("MISS");
    }
    const me = await request(`${edge}/api/me`, { headers: { cookie: reader.cookie } });
    expect(me.body).toContain(reader.name);
    expect((await request(`${edge}/api/me`)).body).not.toContain(reader.name);
  });

  it("Redis stopped mid-load: no 5xx, writes still answer, and the shared cache comes back without a restart", async () => {
    const story = await article();
    const paths = ["/", `/articles/${story.slug}`, "/latest"];
    const load = [a, b].map((server) =>
      startReaders(server.base, { paths, concurrency: 5, extract: () => null }),
    );
    const body = `Written while Redis was down ${run}.`;
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      stopGroupNow(redis);
      await until(async () => !(await listening(redisPort)), "redis-server to stop");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const posted = await postComment(b, story.slug, readers[2]!, body);
      expect(posted.status).toBe(303);
      expect((await request(`${a.base}/articles/${story.slug}`)).body).toContain(body);
      expect((await request(`${a.base}/api/health`)).status).toBe(503);
      await startRedis();
      await until(async () => (await request(`${a.base}/api/health`)).status === 200, "recovery", 20_000);
    } finally {
      const samples = (await Promise.all(load.map((readersOf) => readersOf.stop()))).flat();
      const failures = samples.filter((sample) => sample.status >= 500 || sample.status === 0);
      expect(failures.map((sample) => `${sample.path} ${sample.status} ${sample.error ?? ""}`)).toEqual([]);
    }
    expect((await request(`${b.base}/articles/${story.slug}`)).body).toContain(body);
  });

  it("an instance killed mid-load loses no acknowledged write", async () => {
    const story = await article();
    const victim = await startServer({
      databaseUrl: database.url,
      label: "cluster-victim",
      env: { REDIS_URL: `redis://127.0.0.1:${redisPort}` },
    });
    const acknowledged: string[] = [];
    const attempts = Array.from({ length: 6 }, async (_, index) => {
      const body = `Posted to the instance that dies ${run} #${index}.`;
      await new Promise((resolve) => setTimeout(resolve, index * 150));
      const response = await postComment(victim, story.slug, readers[3 + (index % 5)]!, body).catch(
        () => null,
      );
      if (response?.status === 303) acknowledged.push(body);
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    stopGroupNow(victim.child);
    await Promise.all(attempts);
    await victim.stop();
    const stored = await database.db.comment.findMany({
      where: { articleId: story.id, body: { in: acknowledged } },
      select: { body: true },
    });
    expect(stored.map((row) => row.body).sort()).toEqual([...acknowledged].sort());
  });
});
