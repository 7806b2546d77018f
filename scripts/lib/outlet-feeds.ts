/**
 * Fixture feeds: a labelled corpus of fictional outlets' articles (tests/fixtures/outlets/*.json) rendered into
 * each outlet's own feed format with feedsmith's generators, and served on a loopback port. Used by the ingestion
 * tests, the e2e tests, the ingestion benchmark and `npm run feeds:fixtures`. Not server-only: Playwright imports it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { generateAtomFeed, generateJsonFeed, generateRssFeed } from "feedsmith";

import type { CorpusArticle, CorpusOutlet, OutletCorpus as Corpus } from "./outlet-corpus";

export type { CorpusArticle, CorpusOutlet, OutletCorpus as Corpus } from "./outlet-corpus";
export type FeedFormat = CorpusOutlet["format"];

export const SAMPLE_CORPUS = "tests/fixtures/outlets/sample-corpus.json";
export const FULL_CORPUS = "tests/fixtures/outlets/corpus.json";

export function loadCorpus(file: string): Corpus {
  const corpus = JSON.parse(readFileSync(file, "utf8")) as Corpus;
  if (!Array.isArray(corpus.outlets) || !Array.isArray(corpus.articles))
    throw new Error(`${file} is not a corpus: it needs "outlets" and "articles" arrays.`);
  return corpus;
}

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};
const EXTENSIONS: Record<FeedFormat, string> = { rss: "rss", atom: "atom", json: "json" };

export const outletFeedPath = (outlet: Pick<CorpusOutlet, "slug" | "format">) =>
  `/feeds/${outlet.slug}.${EXTENSIONS[outlet.format]}`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The article's body as HTML paragraphs (the corpus keeps plain text, paragraphs split by blank lines). */
export const bodyHtml = (body: string) =>
  body
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join("\n");

/** One outlet's feed document, newest first, in the outlet's format. */
export function renderOutletFeed(
  outlet: CorpusOutlet,
  articles: CorpusArticle[],
): { contentType: string; body: string } {
  const items = articles
    .filter((article) => article.outlet === outlet.slug)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  const updated = new Date(items[0]?.publishedAt ?? "2026-01-01T00:00:00Z");
  let body: string;
  switch (outlet.format) {
    case "rss":
      body = generateRssFeed({
        title: outlet.name,
        link: outlet.homepage,
        description: `Latest from ${outlet.name}`,
        items: items.map((article) => ({
          title: article.title,
          link: article.link,
          guid: { value: `${outlet.slug}:${article.id}`, isPermaLink: false },
          description: article.summary,
          content: { encoded: bodyHtml(article.body) },
          pubDate: new Date(article.publishedAt),
          ...(article.author ? { authors: [{ name: article.author }] } : {}),
          categories: article.categories.map((name) => ({ name })),
        })),
      });
      break;
    case "atom":
      body = generateAtomFeed({
        id: `${outlet.homepage}/`,
        title: { value: outlet.name },
        updated,
        links: [{ href: outlet.homepage, rel: "alternate" }],
        entries: items.map((article) => ({
          id: `tag:${new URL(outlet.homepage).hostname},2026:${article.id}`,
          title: { value: article.title },
          updated: new Date(article.publishedAt),
          published: new Date(article.publishedAt),
          links: [{ href: article.link, rel: "alternate" }],
          summary: { value: article.summary, type: "text" },
          content: { value: bodyHtml(article.body), type: "html" },
          ...(article.author ? { authors: [{ name: article.author }] } : {}),
          categories: article.categories.map((term) => ({ term })),
        })),
      });
      break;
    case "json":
      body = JSON.stringify(
        generateJsonFeed({
          title: outlet.name,
          home_page_url: outlet.homepage,
          items: items.map((article) => ({
            id: article.link,
            url: article.link,
            title: article.title,
            summary: article.summary,
            content_html: bodyHtml(article.body),
            date_published: new Date(article.publishedAt),
            tags: article.categories,
            ...(article.author ? { authors: [{ name: article.author }] } : {}),
          })),
        }),
      );
      break;
  }
  return { contentType: CONTENT_TYPES[outlet.format], body };
}

export type FixtureFeedServer = {
  server: Server;
  baseUrl: string;
  urlFor: (outlet: Pick<CorpusOutlet, "slug" | "format">) => string;
  close: () => Promise<void>;
};

/**
 * Serves every outlet's feed of `corpus` on 127.0.0.1 (port 0: any free one), answering conditional GETs with
 * 304 as a real outlet's server would.
 */
export async function serveOutletFeeds(corpus: Corpus, port = 0): Promise<FixtureFeedServer> {
  const documents = new Map(
    corpus.outlets.map((outlet) => {
      const document = renderOutletFeed(outlet, corpus.articles);
      const etag = `"${createHash("sha1").update(document.body).digest("hex").slice(0, 16)}"`;
      return [outletFeedPath(outlet), { ...document, etag }];
    }),
  );
  const server = createServer((req, res) => {
    const document = documents.get(new URL(req.url ?? "/", "http://x").pathname);
    if (!document) {
      res.writeHead(404, { "content-type": "text/plain" }).end("No such feed");
      return;
    }
    if (req.headers["if-none-match"] === document.etag) {
      res.writeHead(304, { etag: document.etag }).end();
      return;
    }
    res.writeHead(200, { "content-type": document.contentType, etag: document.etag }).end(document.body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    baseUrl,
    urlFor: (outlet) => baseUrl + outletFeedPath(outlet),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
