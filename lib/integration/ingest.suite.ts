import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { generateRssFeed } from "feedsmith";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  bodyHtml,
  type Corpus,
  type CorpusArticle,
  loadCorpus,
  outletFeedPath,
  renderOutletFeed,
  SAMPLE_CORPUS,
} from "../../scripts/lib/outlet-feeds";
import { skipPostgres, type Provider, type TestDatabase } from "../../scripts/lib/test-databases";
import { createSeededDatabase } from "./seeded-database";

type Modules = {
  poll: typeof import("../ingest/poll");
  worker: typeof import("../ingest/worker");
  importer: typeof import("../ingest/import");
  parse: typeof import("../ingest/parse");
  articles: typeof import("../articles");
  db: typeof import("../db").db;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Outlets' feeds imported through the worker's own functions, from feeds this test serves on a loopback port:
 * the three formats, conditional GET, duplicates, updates, broken feeds and two pollers at once.
 */
export function defineIngestTests(provider: Provider) {
  describe.skipIf(provider === "postgres" && skipPostgres)(`feed ingestion on ${provider}`, () => {
    let database: TestDatabase;
    let lib: Modules;
    let server: Server;
    let base: string;
    const routes = new Map<string, Handler>();
    const requests: { path: string; ifNoneMatch?: string }[] = [];
    let bytesSentToHugeFeed = 0;
    const corpus: Corpus = loadCorpus(SAMPLE_CORPUS);
    let sectionId: string;
    const uploadsDir = mkdtempSync(path.join(tmpdir(), "ingest-uploads-"));

    const serve = (path: string, contentType: string, body: string, headers: Record<string, string> = {}) =>
      routes.set(path, (req, res) => {
        if (headers.etag && req.headers["if-none-match"] === headers.etag) return res.writeHead(304).end();
        res.writeHead(200, { "content-type": contentType, ...headers }).end(body);
      });

    /** A Source for the outlet and a Feed for `path` on this test's server. */
    async function addFeed(
      path: string,
      sourceSlug: string,
      extra: { fullText?: boolean; holdForReview?: boolean } = {},
    ) {
      const outlet = corpus.outlets.find((o) => o.slug === sourceSlug);
      const source = await lib.db.source.upsert({
        where: { slug: sourceSlug },
        create: {
          slug: sourceSlug,
          name: outlet?.name ?? sourceSlug,
          homepage: outlet?.homepage ?? `https://${sourceSlug}.example`,
        },
        update: {},
      });
      return lib.db.feed.create({
        data: { url: base + path, sourceId: source.id, sectionId, ...extra },
        include: { source: true },
      });
    }

    const rss = (items: { guid: string; link: string; title: string; body: string }[]) =>
      generateRssFeed({
        title: "Test outlet",
        link: "https://saltmarshgazette.example",
        description: "Items for one test",
        items: items.map((item) => ({
          title: item.title,
          link: item.link,
          guid: { value: item.guid, isPermaLink: false },
          description: item.body.split("\n\n")[0],
          content: { encoded: bodyHtml(item.body) },
          pubDate: new Date("2026-11-24T10:00:00Z"),
        })),
      });

    beforeAll(async () => {
      process.env.INGEST_ALLOW_PRIVATE_ADDRESSES = "1";
      process.env.UPLOADS_DIR = uploadsDir;
      database = await createSeededDatabase(provider, `ingest_${provider}`);
      lib = {
        poll: await import("../ingest/poll"),
        worker: await import("../ingest/worker"),
        importer: await import("../ingest/import"),
        parse: await import("../ingest/parse"),
        articles: await import("../articles"),
        db: (await import("../db")).db,
      };
      sectionId = (await lib.db.section.findFirstOrThrow({ where: { slug: "world" } })).id;
      server = createServer((req, res) => {
        const path = new URL(req.url ?? "/", "http://x").pathname;
        requests.push({ path, ifNoneMatch: req.headers["if-none-match"] as string | undefined });
        const handler = routes.get(path);
        if (handler) handler(req, res);
        else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const outlet of corpus.outlets) {
        const document = renderOutletFeed(outlet, corpus.articles);
        serve(outletFeedPath(outlet), document.contentType, document.body, { etag: `"${outlet.slug}-v1"` });
      }
    });

    afterAll(async () => {
      server?.closeAllConnections();
      server?.close();
      await lib?.db.$disconnect();
      await database?.drop();
      delete process.env.INGEST_ALLOW_PRIVATE_ADDRESSES;
      rmSync(uploadsDir, { recursive: true, force: true });
    });

    const articlesOf = (feedId: string) =>
      lib.db.article.findMany({
        where: { feedId },
        include: {
          authors: { include: { author: true } },
          tags: { include: { tag: true } },
          revisions: true,
        },
      });

    it("imports RSS, Atom and JSON Feed items as ingested articles with their outlet, author and hashtags", async () => {
      const [rssOutlet, atomOutlet, jsonOutlet] = corpus.outlets as [
        (typeof corpus.outlets)[0],
        (typeof corpus.outlets)[0],
        (typeof corpus.outlets)[0],
      ];
      const rssFeed = await addFeed(outletFeedPath(rssOutlet), rssOutlet.slug, { fullText: true });
      const atomFeed = await addFeed(outletFeedPath(atomOutlet), atomOutlet.slug);
      const jsonFeed = await addFeed(outletFeedPath(jsonOutlet), jsonOutlet.slug, { holdForReview: true });
      for (const feed of [rssFeed, atomFeed, jsonFeed]) {
        const outcome = await lib.poll.pollFeed(feed.id);
        const expected = corpus.articles.filter((a) => a.outlet === feed.source.slug).length;
        expect(outcome, feed.url).toEqual({ status: "imported", imported: expected, updated: 0, skipped: 0 });
        const stored = await lib.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
        expect(stored.itemsImported).toBe(expected);
        expect(stored.lastSuccessAt).not.toBeNull();
        expect(stored.lastError).toBeNull();
        expect(stored.etag).toBe(`"${feed.source.slug}-v1"`);
        expect(stored.nextPollAt.getTime()).toBeGreaterThan(Date.now() + 800_000);
      }

      const byLink = async (feedId: string, seed: CorpusArticle) =>
        (await articlesOf(feedId)).find((article) => article.canonicalUrl === seed.link)!;
      const seed = (id: string) => corpus.articles.find((article) => article.id === id)!;

      // RSS, full text allowed: the body is the item's HTML, sanitised; the excerpt is its summary.
      const lighthouse = await byLink(rssFeed.id, seed("sg-1"));
      expect(lighthouse).toMatchObject({
        title: seed("sg-1").title,
        excerpt: seed("sg-1").summary,
        ingested: true,
        feedGuid: "saltmarsh-gazette:sg-1",
        status: "PUBLISHED",
        commentsOpen: false,
        sourceId: rssFeed.sourceId,
        sectionId,
        publishedAt: new Date(seed("sg-1").publishedAt),
      });
      expect(lighthouse.body).toContain("<p>The group spent two summers scraping rust");
      expect(lighthouse.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(lighthouse.authors.map((a) => a.author.name)).toEqual(["Marta Quillon"]);
      expect(lighthouse.tags.map((t) => t.tag.name).sort()).toEqual(["Lighthouses", "Volunteering"]);
      expect(lighthouse.revisions.map((r) => r.note)).toEqual(["Imported from The Saltmarsh Gazette’s feed"]);
      // One author, found again by name for the outlet's second item.
      expect(await lib.db.author.count({ where: { name: "Marta Quillon" } })).toBe(1);

      // Atom, excerpt only: the body is the excerpt and a link to the original, never the outlet's full text.
      const beam = await byLink(atomFeed.id, seed("rp-1"));
      expect(beam.excerpt).toBe(seed("rp-1").summary);
      expect(beam.body).not.toContain("village raffle");
      expect(beam.body).toContain(
        `<a href="${seed("rp-1").link}">Read the full article at Ridgeline Post</a>`,
      );
      expect(beam.authors.map((a) => a.author.name)).toEqual(["Oskar Bellweather"]);
      const page = await lib.articles.getArticleBySlug(beam.slug);
      expect(page?.canonicalUrl).toBe(seed("rp-1").link);
      expect(page?.ingested).toBe(true);
      expect(page?.bodyHtml).toContain(seed("rp-1").summary);

      // JSON Feed, held for review: waiting for an editor, not on the site; no author named: the outlet stands.
      const estuary = await byLink(jsonFeed.id, seed("td-1"));
      expect(estuary.status).toBe("SUBMITTED");
      expect(estuary.authors).toEqual([]);
      expect(await lib.articles.getArticleBySlug(estuary.slug)).toBeNull();
      expect(estuary.tags.map((t) => t.tag.name).sort()).toEqual(["Coast", "Heritage"]);
    });

    it("asks again with the ETag and imports nothing when the outlet answers 304", async () => {
      const outlet = corpus.outlets[0]!;
      const feed = await lib.db.feed.findFirstOrThrow({ where: { url: base + outletFeedPath(outlet) } });
      const before = await lib.db.article.count({ where: { feedId: feed.id } });
      requests.length = 0;
      expect(await lib.poll.pollFeed(feed.id, { force: true })).toEqual({ status: "not-modified" });
      expect(requests).toEqual([{ path: outletFeedPath(outlet), ifNoneMatch: `"${outlet.slug}-v1"` }]);
      expect(await lib.db.article.count({ where: { feedId: feed.id } })).toBe(before);
      const stored = await lib.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
      expect(stored.itemsImported).toBe(before);
      expect(stored.lastPolledAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    });

    it("drops duplicates by GUID, by canonical URL and by near-identical text, and counts them", async () => {
      const original = corpus.articles.find((a) => a.id === "sg-2")!;
      const fresh = {
        guid: "dup-fresh",
        link: "https://saltmarshgazette.example/2026/11/harbour-crane-inspection",
        title: "Harbour crane passes its first inspection in a decade",
        body: "Inspectors spent three days climbing the old quayside crane and found its cables sound, its brakes worn but serviceable and its cab in need of nothing more than paint.\n\nThe harbour board will decide next month whether to run it for cargo again or keep it as a monument.",
      };
      routes.delete("/dups.rss");
      serve(
        "/dups.rss",
        "application/rss+xml",
        rss([
          fresh,
          { ...fresh, title: "The same GUID twice in one document" },
          // Already imported from the outlet's main feed: same link, new GUID.
          {
            guid: "dup-by-url",
            link: original.link,
            title: "Ferry crews strike",
            body: "Another summary entirely.",
          },
          // The ferry story re-posted under a new GUID and link, with one word changed.
          {
            guid: "dup-by-text",
            link: "https://saltmarshgazette.example/2026/11/brackwater-ferry-walkout-repost",
            title: original.title,
            body: original.body.replace("mid-morning", "late morning"),
          },
        ]),
      );
      const feed = await addFeed("/dups.rss", "saltmarsh-gazette");
      expect(await lib.poll.pollFeed(feed.id)).toEqual({
        status: "imported",
        imported: 1,
        updated: 0,
        skipped: 3,
      });
      expect((await articlesOf(feed.id)).map((a) => a.title)).toEqual([fresh.title]);
      expect(await lib.db.article.count({ where: { canonicalUrl: original.link } })).toBe(1);
      const stored = await lib.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
      expect([stored.itemsImported, stored.itemsSkipped]).toEqual([1, 3]);
    });

    it("an item the outlet changed updates its article and keeps the earlier version as a revision", async () => {
      const item = {
        guid: "update-1",
        link: "https://saltmarshgazette.example/2026/11/tide-gauge",
        title: "New tide gauge installed at the north pier",
        body: "Engineers bolted a radar tide gauge to the north pier on Wednesday, replacing a float gauge that had jammed twice during autumn storms.\n\nReadings will be published every five minutes.",
      };
      serve("/update.rss", "application/rss+xml", rss([item]));
      const feed = await addFeed("/update.rss", "saltmarsh-gazette", { fullText: true });
      expect(await lib.poll.pollFeed(feed.id)).toMatchObject({ imported: 1 });
      const [first] = await articlesOf(feed.id);

      serve(
        "/update.rss",
        "application/rss+xml",
        rss([
          {
            ...item,
            title: "Radar tide gauge installed at the north pier",
            body: `${item.body}\n\nThe old float gauge will go to the maritime museum.`,
          },
        ]),
      );
      expect(await lib.poll.pollFeed(feed.id, { force: true })).toEqual({
        status: "imported",
        imported: 0,
        updated: 1,
        skipped: 0,
      });
      const [updated] = await articlesOf(feed.id);
      expect(updated!.id).toBe(first!.id);
      expect(updated!.slug).toBe(first!.slug);
      expect(updated!.title).toBe("Radar tide gauge installed at the north pier");
      expect(updated!.body).toContain("maritime museum");
      expect(updated!.version).toBe(first!.version + 1);
      const revisions = [...updated!.revisions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      expect(revisions.map((r) => r.note)).toEqual([
        "Imported from The Saltmarsh Gazette’s feed",
        "Updated by The Saltmarsh Gazette’s feed",
      ]);
      expect(JSON.parse(revisions[0]!.snapshot).title).toBe(item.title);
      // Read again unchanged: nothing more happens.
      expect(await lib.poll.pollFeed(feed.id, { force: true })).toEqual({
        status: "imported",
        imported: 0,
        updated: 0,
        skipped: 0,
      });
      expect(await lib.db.articleRevision.count({ where: { articleId: first!.id } })).toBe(2);
    });

    it("copies an item's image into the site's uploads, with its alt text", async () => {
      const png = await sharp({ create: { width: 800, height: 450, channels: 3, background: "#2a6f97" } })
        .png()
        .toBuffer();
      routes.set("/images/pier.png", (_req, res) =>
        res.writeHead(200, { "content-type": "image/png" }).end(png),
      );
      const link = "https://tidewaterdaily.example/stories/pier-lights";
      serve(
        "/images.rss",
        "application/rss+xml",
        generateRssFeed({
          title: "Images",
          link: "https://tidewaterdaily.example",
          description: "d",
          items: [
            {
              title: "Pier lights switched on for the winter",
              link,
              guid: { value: "image-1", isPermaLink: false },
              description: "The pier's string lights came on at dusk, a week earlier than last year.",
              media: {
                contents: [
                  {
                    url: `${base}/images/pier.png`,
                    medium: "image",
                    description: { value: "Lights along a pier at dusk" },
                  },
                ],
              },
            },
          ],
        }),
      );
      const feed = await addFeed("/images.rss", "tidewater-daily");
      expect(await lib.poll.pollFeed(feed.id)).toMatchObject({ imported: 1 });
      const [article] = await articlesOf(feed.id);
      expect(article!.heroImageUrl).toMatch(/^\/uploads\/\d{4}\/[\w-]+-1920\.webp$/);
      expect([article!.heroImageWidth, article!.heroImageHeight]).toEqual([800, 450]);
      expect(article!.heroImageAlt).toBe("Lights along a pier at dusk");
    });

    it("records each broken feed's error on that feed, and the good feed beside them still imports", async () => {
      serve("/broken/malformed.rss", "application/rss+xml", "<rss><channel><item><title>Half a feed");
      serve(
        "/broken/html.rss",
        "text/html; charset=utf-8",
        "<!doctype html><html><body><h1>We moved!</h1></body></html>",
      );
      routes.set("/broken/500.rss", (_req, res) => res.writeHead(500, { "retry-after": "7200" }).end("oops"));
      routes.set("/broken/slow.rss", () => {
        // Never answers: the poller's timeout must give up.
      });
      routes.set("/broken/huge.rss", (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        const chunk = Buffer.alloc(64 * 1024, "a");
        const total = 30 * 1024 * 1024;
        const write = () => {
          while (bytesSentToHugeFeed < total) {
            bytesSentToHugeFeed += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", write);
          }
          res.end();
        };
        res.on("close", () => (bytesSentToHugeFeed = Math.min(bytesSentToHugeFeed, total)));
        write();
      });
      const good = {
        guid: "good-1",
        link: "https://ridgelinepost.example/news/bridge-reopens",
        title: "Old toll bridge reopens to cyclists",
        body: "The old toll bridge over the Corrow reopened to cyclists and walkers on Saturday after a year of repairs to its timber deck and iron railings.",
      };
      serve("/good.rss", "application/rss+xml", rss([good]));
      const broken = {
        malformed: await addFeed("/broken/malformed.rss", "ridgeline-post"),
        html: await addFeed("/broken/html.rss", "ridgeline-post"),
        status500: await addFeed("/broken/500.rss", "ridgeline-post"),
        timeout: await addFeed("/broken/slow.rss", "ridgeline-post"),
        huge: await addFeed("/broken/huge.rss", "ridgeline-post"),
      };
      const goodFeed = await addFeed("/good.rss", "ridgeline-post");
      const started = Date.now();
      const outcomes = await Promise.all(
        [...Object.values(broken), goodFeed].map((feed) =>
          lib.poll.pollFeed(feed.id, { fetchOptions: { limits: { timeoutMs: 2_000 } } }),
        ),
      );
      expect(outcomes.at(-1)).toEqual({ status: "imported", imported: 1, updated: 0, skipped: 0 });
      expect((await articlesOf(goodFeed.id)).map((a) => a.title)).toEqual([good.title]);

      const errors: Record<string, RegExp> = {
        malformed: /not a feed/,
        html: /web page \(HTML\)/,
        status500: /answered 500/,
        timeout: /Timed out after 2 s/,
        huge: /larger than 5 MB/,
      };
      for (const [name, feed] of Object.entries(broken)) {
        const stored = await lib.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
        expect(stored.lastError, name).toMatch(errors[name]!);
        expect(stored.lastErrorAt, name).not.toBeNull();
        expect(stored.lastSuccessAt, name).toBeNull();
        expect(stored.consecutiveFailures, name).toBe(1);
        expect(stored.leaseOwner, name).toBeNull();
        expect(await lib.db.article.count({ where: { feedId: feed.id } }), name).toBe(0);
        // Backed off: twice the 15-minute interval after a first failure.
        expect(stored.nextPollAt.getTime(), name).toBeGreaterThanOrEqual(started + 2 * 900_000 - 1_000);
      }
      // Retry-After asked for two hours: honoured over the shorter backoff.
      const after500 = await lib.db.feed.findUniqueOrThrow({ where: { id: broken.status500.id } });
      expect(after500.nextPollAt.getTime()).toBeGreaterThanOrEqual(started + 7_200_000 - 1_000);
      // The 30 MB body was abandoned soon after 5 MB, not downloaded.
      expect(bytesSentToHugeFeed).toBeLessThan(20 * 1024 * 1024);
    });

    it("the worker polls every due feed, a failing one included, and backs off further on repeated failures", async () => {
      routes.set("/worker/fail.rss", (_req, res) => res.writeHead(503).end());
      serve(
        "/worker/ok.rss",
        "application/rss+xml",
        rss([
          {
            guid: "worker-1",
            link: "https://tidewaterdaily.example/stories/quay-market",
            title: "Quay market returns for the winter season",
            body: "Stallholders set up along the quay on Sunday for the first winter market since the harbour wall was rebuilt.",
          },
        ]),
      );
      const failing = await addFeed("/worker/fail.rss", "tidewater-daily");
      const ok = await addFeed("/worker/ok.rss", "tidewater-daily");
      // Only these two are due (every earlier feed waits for its interval or backoff).
      await lib.db.feed.updateMany({
        where: { id: { notIn: [failing.id, ok.id] } },
        data: { nextPollAt: new Date(Date.now() + 3_600_000) },
      });
      expect(await lib.worker.pollDueFeeds("worker-a")).toBe(2);
      expect(await lib.db.article.count({ where: { feedId: ok.id } })).toBe(1);
      await lib.db.feed.update({ where: { id: failing.id }, data: { nextPollAt: new Date() } });
      const second = Date.now();
      expect(await lib.worker.pollDueFeeds("worker-a")).toBe(1);
      const stored = await lib.db.feed.findUniqueOrThrow({ where: { id: failing.id } });
      expect(stored.consecutiveFailures).toBe(2);
      expect(stored.nextPollAt.getTime()).toBeGreaterThanOrEqual(second + 4 * 900_000 - 1_000);
      // Nothing is due now.
      expect(await lib.worker.pollDueFeeds("worker-a")).toBe(0);
    });

    it("two instances polling one feed at once import each item once", async () => {
      const outlet = corpus.outlets[1]!;
      const path = "/concurrent.atom";
      // The outlet's articles under links of their own (the originals were imported by the first test).
      const copies = corpus.articles.map((a) => ({ ...a, id: `${a.id}-copy`, link: `${a.link}-copy` }));
      const document = renderOutletFeed(outlet, copies);
      serve(path, document.contentType, document.body);
      const feed = await addFeed(path, "concurrent-outlet");
      const items = corpus.articles.filter((a) => a.outlet === outlet.slug).length;
      const outcomes = await Promise.all([
        lib.poll.pollFeed(feed.id, { owner: "instance-a" }),
        lib.poll.pollFeed(feed.id, { owner: "instance-b" }),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(["busy", "imported"]);
      expect(await lib.db.article.count({ where: { feedId: feed.id } })).toBe(items);

      // Past the lease too (an instance whose lease expired mid-import): the unique index keeps one article per item.
      const other = await addFeed("/concurrent-2.atom", "second-concurrent-outlet");
      const again = corpus.articles.map((a) => ({ ...a, id: `${a.id}-again`, link: `${a.link}-again` }));
      const parsed = lib.parse.parseFeedDocument(renderOutletFeed(outlet, again).body, base);
      const importing = { ...other, source: { name: "Concurrent outlet" } };
      const results = await Promise.all([
        lib.importer.importFeedItems(importing, parsed),
        lib.importer.importFeedItems(importing, parsed),
      ]);
      expect(await lib.db.article.count({ where: { feedId: other.id } })).toBe(items);
      expect(results.reduce((sum, r) => sum + r.imported, 0)).toBe(items);
      expect(results.reduce((sum, r) => sum + r.skipped, 0)).toBe(items);
    });
  });
}
