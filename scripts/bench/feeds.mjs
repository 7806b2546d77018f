// Feeds and sitemaps on the 100k-article corpus: how long each takes to build (first request on a fresh server),
// to serve again from the cache, and to answer 304; and the server's peak RSS while it writes the sitemap files.
import { timedGet } from "./http.mjs";
import { groupRss, sampleRss } from "./proc.mjs";

const ms = (value) => (value == null ? "–" : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** GET, expecting `status`; returns { ms, bytes, etag }. */
async function timed(base, path, { status = 200, headers } = {}) {
  const response = await timedGet(base + path, { headers });
  if (response.status !== status)
    throw new Error(`GET ${path}: status ${response.status}, expected ${status}`);
  return { ms: response.ms, bytes: response.body.length, etag: response.headers.etag, body: response.body };
}

/** First request (builds the body), second (cache), then a conditional one (304). */
async function measureDocument(base, path) {
  const first = await timed(base, path);
  const cached = await timed(base, path);
  const notModified = await timed(base, path, { status: 304, headers: { "if-none-match": first.etag } });
  return { path, firstMs: first.ms, cachedMs: cached.ms, notModifiedMs: notModified.ms, bytes: first.bytes };
}

const locations = (xml) =>
  [...xml.toString("utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

/**
 * Runs on a freshly started server (nothing cached yet). `ctx`: { base, pgid, query, syntheticTag }.
 * Returns the figures and prints a table.
 */
export async function measureFeeds(ctx, log = console.log) {
  const { base, pgid, query } = ctx;
  const [section] = await query.all(`SELECT slug FROM "Section" ORDER BY position LIMIT 1`);
  const [author] = await query.all(
    `SELECT a.slug FROM "Author" a JOIN "ArticleAuthor" aa ON aa."authorId" = a.id GROUP BY a.id, a.slug ORDER BY COUNT(*) DESC LIMIT 1`,
  );
  const [source] = await query.all(`SELECT slug FROM "Source" ORDER BY slug LIMIT 1`);

  const feeds = [];
  for (const path of [
    "/feed.xml",
    "/feed.atom",
    "/feed.json",
    `/sections/${section.slug}/feed.xml`,
    `/sources/${source.slug}/feed.xml`,
    `/authors/${author.slug}/feed.xml`,
    ...(ctx.syntheticTag ? [`/tags/${ctx.syntheticTag}/feed.xml`] : []),
  ]) {
    feeds.push(await measureDocument(base, path));
    log(`  ${feeds.at(-1).path}: ${describe(feeds.at(-1))}`);
  }

  // Sitemaps: the index (which plans every file: one keyset pass over all published stories), then each file.
  const rssBefore = groupRss(pgid);
  const rss = sampleRss(pgid, 50);
  const started = process.hrtime.bigint();
  const index = await timed(base, "/sitemap.xml");
  const files = [];
  for (const url of locations(index.body)) {
    const path = new URL(url).pathname;
    const first = await timed(base, path);
    files.push({
      path,
      firstMs: first.ms,
      bytes: first.bytes,
      urls: locations(first.body).length,
      etag: first.etag,
    });
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  const memory = rss.stop();
  for (const file of files) {
    file.cachedMs = (await timed(base, file.path)).ms;
    file.notModifiedMs = (
      await timed(base, file.path, { status: 304, headers: { "if-none-match": file.etag } })
    ).ms;
    delete file.etag;
  }
  const indexAgain = await timed(base, "/sitemap.xml");
  const sitemaps = {
    index: { firstMs: index.ms, cachedMs: indexAgain.ms, bytes: index.bytes },
    files,
    allFilesMs: totalMs,
    urls: files.reduce((sum, file) => sum + file.urls, 0),
    rssBeforeBytes: rssBefore,
    rssPeakBytes: memory.peak,
  };
  log(`  /sitemap.xml: first ${ms(index.ms)} (plans every file), cached ${ms(indexAgain.ms)}`);
  for (const file of files)
    log(
      `  ${file.path}: ${file.urls} URLs, ${(file.bytes / 1024 / 1024).toFixed(1)} MB, first ${ms(file.firstMs)}, again ${ms(file.cachedMs)}, 304 ${ms(file.notModifiedMs)}`,
    );
  log(
    `  index + every file: ${ms(totalMs)} for ${sitemaps.urls} URLs; server RSS ${mb(rssBefore)} before, peak ${mb(memory.peak)} while writing them`,
  );
  return { feeds, sitemaps };
}

function describe(result) {
  return `first ${ms(result.firstMs)}, cached ${ms(result.cachedMs)}, 304 ${ms(result.notModifiedMs)}, ${(result.bytes / 1024).toFixed(0)} KB`;
}
