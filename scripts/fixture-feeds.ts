/**
 * npm run feeds:fixtures [-- --corpus tests/fixtures/outlets/corpus.json --port 4400 --section world]
 * Serves a labelled corpus's outlets as feeds on 127.0.0.1 (each in its own format: RSS, Atom or JSON Feed) and
 * registers a Source and a Feed for each outlet in DATABASE_URL's database, so the feed worker (in the server, or
 * `npm run ingest`) fills the site from them. The worker must be allowed to reach loopback:
 * INGEST_ALLOW_PRIVATE_ADDRESSES=1. Keeps serving until Ctrl-C; the port must stay the same between runs, since
 * the feeds are registered by URL.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

import { createPrismaClient } from "../lib/db-client";
import { FULL_CORPUS, loadCorpus, SAMPLE_CORPUS, serveOutletFeeds } from "./lib/outlet-feeds";

async function main() {
  const { values } = parseArgs({
    options: {
      corpus: { type: "string", default: existsSync(FULL_CORPUS) ? FULL_CORPUS : SAMPLE_CORPUS },
      port: { type: "string", default: "4400" },
      section: { type: "string" },
      interval: { type: "string", default: "300" },
    },
  });
  const corpus = loadCorpus(values.corpus);
  const db = createPrismaClient(process.env.DATABASE_URL || "file:./data/news.db");
  const section = values.section
    ? await db.section.findUnique({ where: { slug: values.section } })
    : await db.section.findFirst({ orderBy: { position: "asc" } });
  if (!section)
    throw new Error(`No section ${values.section ?? ""} in the database: seed it first (npm run db:seed).`);

  const served = await serveOutletFeeds(corpus, Number(values.port));
  for (const outlet of corpus.outlets) {
    const source = await db.source.upsert({
      where: { slug: outlet.slug },
      create: { slug: outlet.slug, name: outlet.name, homepage: outlet.homepage },
      update: {},
    });
    const url = served.urlFor(outlet);
    await db.feed.upsert({
      where: { url },
      // The fixtures are our own text: full text may be republished.
      create: {
        url,
        sourceId: source.id,
        sectionId: section.id,
        fullText: true,
        pollIntervalSeconds: Number(values.interval),
      },
      update: { paused: false, nextPollAt: new Date() },
    });
    console.log(`• ${outlet.name} (${outlet.format}): ${url}`);
  }
  await db.$disconnect();
  console.log(
    `\nServing ${corpus.articles.length} articles from ${corpus.outlets.length} outlets (${values.corpus}).\n` +
      "The feed worker polls them when due; it needs INGEST_ALLOW_PRIVATE_ADDRESSES=1 to reach 127.0.0.1. Ctrl-C stops.",
  );
  const stop = async () => {
    await served.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
