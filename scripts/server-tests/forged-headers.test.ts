/**
 * Issue 7, forged headers: writes invalidate the cache in-process, so nothing a request says about where the
 * site lives (Host, X-Forwarded-Host, X-Forwarded-Proto) can make the server call out. The old design expired
 * tags and published due stories through internal HTTP routes addressed from those headers, with a token a
 * forged host could harvest; those routes are gone.
 *
 * A listener on another loopback port stands in for the attacker's host: writes posted with headers naming it
 * must succeed (so their invalidation runs) and the listener must receive nothing.
 */
import net from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  BUILD_TIMEOUT_MS,
  createScratchDatabase,
  createUsers,
  ensureTestBuild,
  findForm,
  PORT_RANGE,
  request,
  startServer,
  submitForm,
  type HttpResult,
  type ScratchDatabase,
  type ServerProcess,
  type TestUser,
} from "../lib/test-server";

// The first server test of a run may have to build the app first.
beforeAll(() => ensureTestBuild(), BUILD_TIMEOUT_MS);

/** How long the listener is watched after each response. The bounded wait is the assertion itself. */
const WATCH_MS = 2_000;

type Listener = { port: number; connections: { at: number; data: string }[]; close: () => Promise<void> };

function listen(port: number): Promise<Listener> {
  return new Promise((resolve, reject) => {
    const connections: Listener["connections"] = [];
    const sockets = new Set<net.Socket>();
    const server = net.createServer((socket) => {
      sockets.add(socket);
      const connection = { at: Date.now(), data: "" };
      connections.push(connection);
      socket.on("data", (chunk) => (connection.data += chunk.toString("latin1")));
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {});
    });
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        port,
        connections,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

const LEAK = /x-(expire|publish|internal)-token/i;

function expectNoLeak(response: HttpResult) {
  for (const [name, value] of Object.entries(response.headers)) {
    expect(name).not.toMatch(LEAK);
    expect(String(value)).not.toMatch(LEAK);
  }
  expect(response.body).not.toMatch(LEAK);
}

describe("a write posted with forged Host / X-Forwarded-* headers makes no outgoing request", () => {
  let database: ScratchDatabase;
  let server: ServerProcess;
  let listener: Listener;
  let readers: TestUser[];
  let article: { id: string; slug: string };

  beforeAll(async () => {
    listener = await listen(PORT_RANGE.to); // 3499, kept free of servers by scripts/lib/test-server.ts
    database = await createScratchDatabase("sqlite", "forged-headers");
    server = await startServer({ databaseUrl: database.url, label: "forged-headers" });
    readers = await createUsers(database.db, 4, { prefix: "forger" });
    article = await database.db.article.findFirstOrThrow({
      where: { status: "PUBLISHED", commentsOpen: true },
      orderBy: { publishedAt: "desc" },
      select: { id: true, slug: true },
    });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
    await listener?.close();
  });

  const elsewhere = () => `127.0.0.1:${listener.port}`;
  const variants: { name: string; headers: () => Record<string, string> }[] = [
    { name: "Host", headers: () => ({ host: elsewhere(), origin: `http://${elsewhere()}` }) },
    {
      name: "X-Forwarded-Host and X-Forwarded-Proto: http",
      headers: () => ({
        "x-forwarded-host": elsewhere(),
        "x-forwarded-proto": "http",
        origin: `http://${elsewhere()}`,
      }),
    },
    {
      name: "Host, X-Forwarded-Host and X-Forwarded-Proto: https",
      headers: () => ({
        host: elsewhere(),
        "x-forwarded-host": elsewhere(),
        "x-forwarded-proto": "https",
        origin: `https://${elsewhere()}`,
      }),
    },
  ];

  for (const [index, variant] of variants.entries()) {
    it(`a comment posted with a forged ${variant.name}`, async () => {
      const path = `/articles/${article.slug}`;
      const page = await request(server.base + path);
      expect(page.status).toBe(200);
      const text = `Forged-header comment ${index} ${Date.now().toString(36)}`;
      const before = listener.connections.length;
      const response = await submitForm(server.base, path, findForm(page.body, "articleId", article.id), {
        cookie: readers[index]!.cookie,
        values: { body: text },
        headers: variant.headers(),
      });
      // The post is accepted (its origin matches the host it claims), so the write and its invalidation ran.
      expect(response.status).toBe(303);
      expect(await database.db.comment.count({ where: { body: text } })).toBe(1);
      expectNoLeak(response);

      await new Promise((resolve) => setTimeout(resolve, WATCH_MS));
      expect(listener.connections.slice(before)).toEqual([]);

      // The invalidation happened in the server itself: the next reader sees the comment.
      const after = await request(server.base + path);
      expect(after.status).toBe(200);
      expect(after.body).toContain(text);
    });
  }

  it("an editor's publish posted with forged headers", async () => {
    const db = database.db;
    const [editor] = await createUsers(db, 1, { role: "EDITOR", prefix: "forging-editor" });
    const [section, source, author] = await Promise.all([
      db.section.findFirstOrThrow({ select: { id: true } }),
      db.source.findFirstOrThrow({ select: { id: true } }),
      db.author.findFirstOrThrow({ select: { id: true } }),
    ]);
    const title = `Published under forged headers ${Date.now().toString(36)}`;
    const story = await db.article.create({
      data: {
        title,
        slug: title.toLowerCase().replace(/\W+/g, "-"),
        body: "Body.",
        sectionId: section.id,
        sourceId: source.id,
        authors: { create: [{ authorId: author.id, position: 0 }] },
      },
      select: { id: true },
    });
    expect((await request(`${server.base}/`)).body).not.toContain(title);

    const path = `/admin/articles/${story.id}`;
    const page = await request(server.base + path, { headers: { cookie: editor!.cookie } });
    expect(page.status).toBe(200);
    const before = listener.connections.length;
    const response = await submitForm(server.base, path, findForm(page.body, "version"), {
      cookie: editor!.cookie,
      submitter: { name: "intent", value: "publish" },
      headers: variants[2]!.headers(),
    });
    expect(response.status).toBe(303);
    expectNoLeak(response);
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe("PUBLISHED");

    await new Promise((resolve) => setTimeout(resolve, WATCH_MS));
    expect(listener.connections.slice(before)).toEqual([]);
    expect((await request(`${server.base}/`)).body).toContain(title);
  });

  it("the internal routes of the old design are gone", async () => {
    for (const path of ["/api/internal/expire-tags", "/api/internal/publish-due"]) {
      for (const method of ["GET", "POST"]) {
        const response = await request(server.base + path, {
          method,
          headers: {
            "x-expire-token": "guess",
            "x-publish-token": "guess",
            "content-type": "application/json",
          },
          body: method === "POST" ? Buffer.from(JSON.stringify({ tags: ["articles"] })) : undefined,
        });
        expect(response.status, `${method} ${path}`).toBe(404);
        expectNoLeak(response);
      }
    }
    expect(listener.connections).toEqual([]);
  });
});
