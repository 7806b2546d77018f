/**
 * Stories (issue 11), in process:
 *
 *   npx tsx --tsconfig scripts/bench/tsconfig.json scripts/bench/stories.ts quality
 *     A fresh SQLite database gets the labelled outlet corpus (tests/fixtures/outlets/corpus.json) article by
 *     article in publication order, each assigned to a story as it arrives (lib/stories/assign.ts). Prints the
 *     clustering's B-cubed and pairwise precision/recall/F1 against the corpus's gold labels, and the related
 *     sidebar's precision@5 (lib/related: of the first five related articles, how many are in the same gold story;
 *     articles whose gold story has fewer than five other articles count against a smaller denominator).
 *     The thresholds were tuned on this same corpus: these are training figures, not held-out ones.
 *
 *   DATABASE_URL=<100k bench database> … scripts/bench/stories.ts timing [count]
 *     Backfills stories for two weeks of the synthetic corpus, then times assigning `count` new articles
 *     (p50/p95/max, and how many candidate stories each scored), and renders the story page's data and markup for
 *     a story of 500 articles, uncached. Everything it adds is removed again except the backfilled stories.
 *
 * Prints one JSON line.
 */
import { performance } from "node:perf_hooks";

const mode = process.argv[2] ?? "quality";
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

async function quality() {
  const { createMigratedDatabase } = await import("../lib/test-databases");
  const database = await createMigratedDatabase("sqlite", "bench-stories");
  process.env.DATABASE_URL = database.url;
  try {
    const { db } = await import("../../lib/db");
    const { assignArticle } = await import("../../lib/stories/assign");
    const { bCubed, pairwise } = await import("../../lib/stories/metrics");
    const { getRelatedArticles } = await import("../../lib/related");
    const { insertCorpusArticles, readOutletCorpus } = await import("../lib/outlet-corpus");

    const corpus = readOutletCorpus();
    const ordered = [...corpus.articles].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    const assignMs: number[] = [];
    const ids = await insertCorpusArticles(db, corpus, ordered, async (articleId) => {
      const started = performance.now();
      await assignArticle(db, articleId);
      assignMs.push(performance.now() - started);
    });
    const rows = await db.article.findMany({ select: { id: true, storyId: true } });
    const storyOf = new Map(rows.map((row) => [row.id, row.storyId ?? `none:${row.id}`]));
    const gold = new Map<string, string>();
    const predicted = new Map<string, string>();
    const goldOfArticle = new Map<string, string>();
    for (const article of corpus.articles) {
      const id = ids.get(article.id)!;
      gold.set(id, article.story);
      predicted.set(id, storyOf.get(id)!);
      goldOfArticle.set(id, article.story);
    }
    const goldSize = new Map<string, number>();
    for (const story of gold.values()) goldSize.set(story, (goldSize.get(story) ?? 0) + 1);

    let precisionSum = 0;
    for (const [id, story] of goldOfArticle) {
      const related = (await getRelatedArticles(id)).slice(0, 5);
      const relevant = related.filter((card) => goldOfArticle.get(card.id) === story).length;
      precisionSum += relevant / Math.max(1, Math.min(5, goldSize.get(story)! - 1));
    }
    const sorted = [...assignMs].sort((a, b) => a - b);
    const result = {
      articles: corpus.articles.length,
      goldStories: goldSize.size,
      predictedStories: new Set(predicted.values()).size,
      outlets: corpus.outlets.length,
      bCubed: bCubed(predicted, gold),
      pairwise: pairwise(predicted, gold),
      relatedPrecisionAt5: precisionSum / goldOfArticle.size,
      assignSmallDbP95Ms: round(quantile(sorted, 0.95)),
      tunedOnThisCorpus: true,
    };
    await db.$disconnect();
    console.log(JSON.stringify(result));
  } finally {
    await database.drop();
  }
}

const DAY = 86_400_000;

async function timing(count: number) {
  const { db } = await import("../../lib/db");
  const { assignArticle, refreshStory } = await import("../../lib/stories/assign");
  const { getStoryPage } = await import("../../lib/stories");
  const { STORY_WINDOW_DAYS } = await import("../../lib/stories/thresholds");

  // The synthetic corpus spreads 100k articles over two years (about 140 a day). Stories are backfilled for the
  // two weeks before a point a hundred days ago, so a new article there meets a full window of candidate stories.
  const point = new Date(Date.now() - 100 * DAY);
  const from = new Date(point.getTime() - 2 * STORY_WINDOW_DAYS * DAY);
  const backfillStarted = performance.now();
  const toBackfill = await db.article.findMany({
    where: { status: "PUBLISHED", storyId: null, publishedAt: { gte: from, lte: point } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  for (const row of toBackfill) await assignArticle(db, row.id);
  const backfillSeconds = (performance.now() - backfillStarted) / 1000;
  const storiesInWindow = await db.story.count({
    where: { lastPublishedAt: { gte: new Date(point.getTime() - STORY_WINDOW_DAYS * DAY), lte: point } },
  });

  // New articles: text and tags of existing synthetic articles from the window, published at the point.
  const samples = await db.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { gte: from, lte: point } },
    take: count,
    select: {
      title: true,
      body: true,
      excerpt: true,
      sectionId: true,
      sourceId: true,
      tags: { select: { tagId: true } },
    },
  });
  const created: string[] = [];
  const times: number[] = [];
  try {
    for (const [index, sample] of samples.entries()) {
      const article = await db.article.create({
        data: {
          slug: `bench-story-${Date.now().toString(36)}-${index}`,
          title: sample.title,
          body: sample.body,
          excerpt: sample.excerpt,
          status: "PUBLISHED",
          publishedAt: new Date(point.getTime() - index * 60_000),
          sectionId: sample.sectionId,
          sourceId: sample.sourceId,
          tags: { create: sample.tags },
        },
        select: { id: true },
      });
      created.push(article.id);
      const started = performance.now();
      await assignArticle(db, article.id);
      times.push(performance.now() - started);
    }
  } finally {
    const touched = await db.article.findMany({ where: { id: { in: created } }, select: { storyId: true } });
    await db.article.deleteMany({ where: { id: { in: created } } });
    for (const storyId of new Set(touched.map((row) => row.storyId).filter(Boolean)))
      await refreshStory(db, storyId!);
  }

  // The story page for a story of 500 articles: the newest 500 synthetic articles of the window, put in one story.
  const members = await db.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { lte: point } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { id: true, storyId: true },
  });
  const bigSlug = `bench-500-article-story-${Date.now().toString(36)}`;
  const big = await db.story.create({
    data: {
      slug: bigSlug,
      title: "A story of 500 articles",
      firstPublishedAt: point,
      lastPublishedAt: point,
    },
    select: { id: true },
  });
  const renderTimes: number[] = [];
  const renderStories = await import("./stories-render");
  try {
    await db.article.updateMany({
      where: { id: { in: members.map((m) => m.id) } },
      data: { storyId: big.id },
    });
    await refreshStory(db, big.id);
    for (let run = 0; run < 12; run++) {
      const started = performance.now();
      const page = await getStoryPage(bigSlug, 1);
      renderStories.renderStoryPageMarkup(page!);
      if (run >= 2) renderTimes.push(performance.now() - started);
    }
  } finally {
    for (const member of members)
      await db.article.update({ where: { id: member.id }, data: { storyId: member.storyId } });
    await db.story.delete({ where: { id: big.id } });
  }
  const sorted = [...times].sort((a, b) => a - b);
  const renders = [...renderTimes].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      assigned: times.length,
      backfilled: toBackfill.length,
      backfillSeconds: round(backfillSeconds),
      storiesInWindow,
      p50Ms: round(quantile(sorted, 0.5)),
      p95Ms: round(quantile(sorted, 0.95)),
      maxMs: round(sorted.at(-1) ?? 0),
      storyPage500: { p50Ms: round(quantile(renders, 0.5)), p95Ms: round(quantile(renders, 0.95)) },
    }),
  );
  await db.$disconnect();
}

if (mode === "quality") await quality();
else await timing(Number(process.argv[3] ?? 200));
