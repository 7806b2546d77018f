/**
 * Issue 7, the race: a reader whose request starts after a write's response must see the write, however many
 * other readers are loading the same page at that moment. Against a real `next start` server: 50 readers
 * without cookies hammer one page while a writer makes writes one after another through the real server
 * actions, posted as a browser without JavaScript posts them.
 *
 * - 200 comments on one article (spread over 40 readers' accounts: 5 comments a minute each is the limit in
 *   lib/comments/rules.ts), readers on the article page;
 * - 20 publish/unpublish toggles of 5 stories by an editor through the article form, readers on the home page
 *   (on PostgreSQL, 60 comments and 10 toggles).
 *
 * A violation is a reader request that started after a write was acknowledged and does not show it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { COMMENTS_PAGE_SIZE } from "../../lib/comments";
import {
  commentViolations,
  markerIndices,
  startReaders,
  toggleViolations,
  type ReaderSample,
  type Toggle,
  type Write,
} from "../lib/freshness";
import { skipPostgres } from "../lib/test-databases";
import {
  BUILD_TIMEOUT_MS,
  createScratchDatabase,
  createUsers,
  ensureTestBuild,
  findForm,
  quantile,
  request,
  startServer,
  submitForm,
  type HttpResult,
  type ScratchDatabase,
  type ServerProcess,
} from "../lib/test-server";

// The first server test of a run may have to build the app first.
beforeAll(() => ensureTestBuild(), BUILD_TIMEOUT_MS);

const READERS = 50;
const COMMENTERS = 40;
const STORIES = 5;

// PostgreSQL runs a shorter race: the same mechanism, and every write there is a few round trips slower.
const providers = [
  { provider: "sqlite" as const, skip: false, COMMENTS: 200, TOGGLES: 20 },
  { provider: "postgres" as const, skip: skipPostgres, COMMENTS: 60, TOGGLES: 10 },
];

for (const { provider, skip, COMMENTS, TOGGLES } of providers) {
  describe.skipIf(skip)(`no reader is handed a page older than an acknowledged write (${provider})`, () => {
    let database: ScratchDatabase;
    let server: ServerProcess;
    const run = Math.random().toString(36).slice(2, 8);

    beforeAll(async () => {
      database = await createScratchDatabase(provider, "race");
      server = await startServer({ databaseUrl: database.url, label: `race-${provider}` });
    });
    afterAll(async () => {
      await server?.stop();
      await database?.close();
    });

    it(`${COMMENTS} comments posted while ${READERS} readers load the article`, async () => {
      const { db } = database;
      const article = await db.article.findFirstOrThrow({
        where: { status: "PUBLISHED", commentsOpen: true },
        orderBy: { publishedAt: "desc" },
        select: { id: true, slug: true },
      });
      const commenters = await createUsers(db, COMMENTERS, { prefix: "racer" });
      const path = `/articles/${article.slug}`;
      const marker = `race${run}c`;

      const first = await request(server.base + path);
      expect(first.status).toBe(200);
      const form = findForm(first.body, "articleId", article.id);

      const readers = startReaders(server.base, {
        paths: [path],
        concurrency: READERS,
        extract: (body) => markerIndices(body, marker),
      });
      const posts: Write[] = [];
      const refused: string[] = [];
      let samples: ReaderSample<number[]>[] = [];
      try {
        for (let index = 0; index < COMMENTS; index++) {
          const response = await submitForm(server.base, path, form, {
            cookie: commenters[index % COMMENTERS]!.cookie,
            values: { body: `Comment ${marker}${index} from the race test.` },
          });
          // The action redirects to the new comment's "posted" line (303, #posted-<id>); anything else is a refusal
          // or an error page. Only acknowledged writes are checked, so the race stops at the first one that was not.
          if (response.status !== 303 || !response.headers.location?.includes("#posted-")) {
            refused.push(`#${index}: ${describeRefusal(response)}`);
            break;
          }
          posts.push({ index, sentAt: response.startedAt, ackAt: response.endedAt });
        }
      } finally {
        samples = await readers.stop();
      }

      const { violations, violatingRequests } = commentViolations(posts, samples, COMMENTS_PAGE_SIZE);
      expect(refused).toEqual([]);
      const afterFirstAck = samples.filter((sample) => sample.startedAt > posts[0]!.ackAt).length;
      const statuses = countBy(samples.map((sample) => String(sample.status)));
      console.log(
        `[race ${provider}] comments: ${posts.length} posts in ${seconds(posts.at(-1)!.ackAt - posts[0]!.sentAt)}, ` +
          `${samples.length} reader requests (${afterFirstAck} after the first acknowledgment), statuses ${JSON.stringify(statuses)}; ` +
          `violations: ${violations.length} (in ${violatingRequests} requests)`,
      );
      console.log(`[race ${provider}] comment posts took ${latencies(posts)}`);
      if (violations.length) console.log(violations.slice(0, 10));

      expect(statuses).toEqual({ "200": samples.length });
      expect(afterFirstAck).toBeGreaterThan(COMMENTS);
      expect(violations.length).toBe(0);
      expect(await db.comment.count({ where: { articleId: article.id, body: { contains: marker } } })).toBe(
        COMMENTS,
      );
    }, 600_000);

    it(`${TOGGLES} publish/unpublish toggles while ${READERS} readers load the home page`, async () => {
      const { db } = database;
      const [editor] = await createUsers(db, 1, { role: "EDITOR", prefix: "race-editor" });
      const [section, source, author] = await Promise.all([
        db.section.findFirstOrThrow({ select: { id: true } }),
        db.source.findFirstOrThrow({ select: { id: true } }),
        db.author.findFirstOrThrow({ select: { id: true } }),
      ]);
      const titles = Array.from({ length: STORIES }, (_, story) => `Toggled story ${run} number ${story}`);
      const stories = [];
      for (const title of titles) {
        stories.push(
          await db.article.create({
            data: {
              title,
              slug: title.toLowerCase().replace(/\W+/g, "-"),
              body: `${title}: the body.`,
              sectionId: section.id,
              sourceId: source.id,
              authors: { create: [{ authorId: author.id, position: 0 }] },
            },
            select: { id: true },
          }),
        );
      }

      const readers = startReaders(server.base, {
        paths: ["/"],
        concurrency: READERS,
        extract: (body) => titles.map((title) => body.includes(title)),
      });
      const toggles: Toggle[] = [];
      const refused: string[] = [];
      let samples: ReaderSample<boolean[]>[] = [];
      try {
        for (let index = 0; index < TOGGLES; index++) {
          const story = index % STORIES;
          const published = Math.floor(index / STORIES) % 2 === 0;
          const intent = published ? "publish" : "unpublish";
          const editPath = `/admin/articles/${stories[story]!.id}`;
          const page = await request(server.base + editPath, { headers: { cookie: editor!.cookie } });
          expect(page.status).toBe(200);
          const response = await submitForm(server.base, editPath, findForm(page.body, "version"), {
            cookie: editor!.cookie,
            submitter: { name: "intent", value: intent },
          });
          if (response.status !== 303 || !response.headers.location?.endsWith(`?saved=${intent}`)) {
            refused.push(`#${index} ${intent}: ${describeRefusal(response)}`);
            break;
          }
          toggles.push({ index, story, published, sentAt: response.startedAt, ackAt: response.endedAt });
        }
      } finally {
        samples = await readers.stop();
      }

      expect(refused).toEqual([]);
      const { violations, violatingRequests, excused } = toggleViolations(toggles, samples, STORIES);
      const statuses = countBy(samples.map((sample) => String(sample.status)));
      console.log(
        `[race ${provider}] publish/unpublish: ${toggles.length} toggles in ${seconds(toggles.at(-1)!.ackAt - toggles[0]!.sentAt)}, ` +
          `${samples.length} home requests, statuses ${JSON.stringify(statuses)}, ${excused} answers raced the next toggle of the same story; ` +
          `violations: ${violations.length} (in ${violatingRequests} requests)`,
      );
      console.log(`[race ${provider}] toggles took ${latencies(toggles)}`);
      if (violations.length) console.log(violations.slice(0, 10));

      expect(statuses).toEqual({ "200": samples.length });
      expect(violations.length).toBe(0);
      const final = await db.article.findMany({ where: { id: { in: stories.map((s) => s.id) } } });
      expect(final.map((article) => article.status)).toEqual(Array(STORIES).fill("DRAFT"));
    }, 600_000);
  });
}

function countBy(values: string[]) {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Why a write was not acknowledged: its status, and the page's alert or error digest. */
function describeRefusal(response: HttpResult) {
  const alert = /role="alert"[^>]*>([^<]{1,200})/.exec(response.body)?.[1];
  const digest = /"digest":"([^"]+)"/.exec(response.body)?.[1];
  return `${response.status} ${response.headers.location ?? ""} ${alert ?? ""}${digest ? ` (error digest ${digest})` : ""}`.trim();
}

/** How long the writes took, from request to acknowledgment: p50, p99, max and the slowest few. */
function latencies(writes: Write[]) {
  const ms = writes.map((write) => write.ackAt - write.sentAt);
  const sorted = [...ms].sort((a, b) => a - b);
  const slowest = ms
    .map((value, index) => ({ index, value }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 5)
    .map(({ index, value }) => `#${index} ${value.toFixed(0)} ms`);
  return `p50 ${quantile(sorted, 0.5).toFixed(0)} ms, p99 ${quantile(sorted, 0.99).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (slowest: ${slowest.join(", ")})`;
}

function seconds(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}
