/**
 * Ingestion throughput: fixture feeds served on loopback and polled by the feed worker's own functions
 * (lib/ingest: guarded fetch, parse, duplicate checks, article, author, hashtags, revision, write effects), into a
 * fresh migrated database of the provider.
 *
 *   npx tsx --tsconfig scripts/bench/tsconfig.json scripts/bench/ingest.ts [sqlite|postgres] [copies]
 *
 * The corpus (tests/fixtures/outlets/corpus.json, or the small sample when that is missing) is served `copies`
 * times, each copy as outlets of their own with their own links, so every item is new (none is a duplicate).
 * Prints one JSON line: { provider, feeds, items, imported, skipped, seconds, itemsPerSecond }.
 */
import { existsSync } from "node:fs";

import { createMigratedDatabase, type Provider } from "../lib/test-databases";
import { type Corpus, FULL_CORPUS, loadCorpus, SAMPLE_CORPUS, serveOutletFeeds } from "../lib/outlet-feeds";

const provider = (process.argv[2] ?? "sqlite") as Provider;
const copies = Number(process.argv[3] ?? 0);

async function main() {
  const base = loadCorpus(existsSync(FULL_CORPUS) ? FULL_CORPUS : SAMPLE_CORPUS);
  // About 1,500 items whatever the corpus.
  const times = copies || Math.max(1, Math.round(1500 / base.articles.length));
  const corpus: Corpus = { outlets: [], articles: [] };
  for (let copy = 0; copy < times; copy++) {
    for (const outlet of base.outlets)
      corpus.outlets.push({ ...outlet, slug: `${outlet.slug}-${copy}`, name: `${outlet.name} ${copy}` });
    for (const article of base.articles)
      corpus.articles.push({
        ...article,
        id: `${article.id}-${copy}`,
        outlet: `${article.outlet}-${copy}`,
        link: `${article.link}-${copy}`,
      });
  }

  const database = await createMigratedDatabase(provider, "bench_ingest");
  process.env.DATABASE_URL = database.url;
  process.env.INGEST_ALLOW_PRIVATE_ADDRESSES = "1";
  const { db } = await import("../../lib/db");
  const { pollDueFeeds } = await import("../../lib/ingest/worker");
  const served = await serveOutletFeeds(corpus);
  try {
    const section = await db.section.create({ data: { slug: "world", name: "World", position: 1 } });
    for (const outlet of corpus.outlets) {
      const source = await db.source.create({
        data: { slug: outlet.slug, name: outlet.name, homepage: outlet.homepage },
      });
      await db.feed.create({
        data: { url: served.urlFor(outlet), sourceId: source.id, sectionId: section.id, fullText: true },
      });
    }
    const started = performance.now();
    let feeds = 0;
    for (let polled = await pollDueFeeds("bench"); polled > 0; polled = await pollDueFeeds("bench"))
      feeds += polled;
    const seconds = (performance.now() - started) / 1000;
    const totals = await db.feed.aggregate({ _sum: { itemsImported: true, itemsSkipped: true } });
    const imported = totals._sum.itemsImported ?? 0;
    console.log(
      JSON.stringify({
        provider,
        feeds,
        items: corpus.articles.length,
        imported,
        skipped: totals._sum.itemsSkipped ?? 0,
        seconds: Number(seconds.toFixed(2)),
        itemsPerSecond: Math.round(imported / seconds),
      }),
    );
  } finally {
    await served.close();
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
