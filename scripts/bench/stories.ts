/**
 * Stories (issue 11), in process:
 *
 *   npx tsx --tsconfig scripts/bench/tsconfig.json scripts/bench/stories.ts quality
 *     A fresh SQLite database gets the labelled outlet corpus (tests/fixtures/outlets/corpus.json) article by
 *     article in publication order, each assigned to a story as it arrives (lib/stories/assign.ts). Prints the
 *     clustering's B-cubed and pairwise precision/recall/F1 against the corpus's gold labels, and the related
 *     sidebar's precision@5 (lib/related: of the first five related articles, how many are in the same gold story;
 *     articles whose gold story has fewer than five other articles count against a smaller denominator).
 *     Also clusters the demo seed's hand-written stories in memory, as a check the templates cannot flatter.
 *     The thresholds were tuned on the outlet corpus and checked against the demo seed: neither is held out.
 *
 *   DATABASE_URL=<100k bench database> … scripts/bench/stories.ts timing [count]
 *     Fills a week of the 100k corpus with MAX_CANDIDATE_STORIES distinct stories, then times assigning `count` new
 *     articles (p50/p95/max; each scores every candidate), and renders the story page's data and markup for a
 *     story of 500 articles, uncached. Everything it adds is removed again.
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
      demoSeed: await demoSeedQuality(),
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

/**
 * A second check the templates cannot flatter: the demo seed's hand-written articles (prisma/seed-data), whose
 * four multi-article stories are the files they come from (port strike, Velden flood barrier, chess engine,
 * comet probe) and every other article a story of its own. Clustered in memory by the same rule, in order.
 */
async function demoSeedQuality() {
  const { articles } = await import("../../prisma/seed-data");
  const { portArticles } = await import("../../prisma/seed-data/articles-port");
  const { floodArticles } = await import("../../prisma/seed-data/articles-flood");
  const { chessArticles } = await import("../../prisma/seed-data/articles-chess");
  const { cometArticles } = await import("../../prisma/seed-data/articles-comet");
  const { clusterInOrder } = await import("../../lib/stories/cluster");
  const { bCubed } = await import("../../lib/stories/metrics");
  const { articleFeatures } = await import("../../lib/stories/text");
  const story = new Map<string, string>();
  for (const [name, list] of Object.entries({ portArticles, floodArticles, chessArticles, cometArticles }))
    for (const article of list) story.set(article.slug, name);
  const now = Date.now();
  const predicted = clusterInOrder(
    articles.map((article) => ({
      id: article.slug,
      publishedAt: new Date(now - article.hoursAgo * 3_600_000),
      features: articleFeatures(article, article.tags),
    })),
  );
  const gold = new Map(articles.map((article) => [article.slug, story.get(article.slug) ?? article.slug]));
  return { articles: articles.length, bCubed: bCubed(predicted, gold) };
}

const DAY = 86_400_000;

async function timing(count: number) {
  const { db } = await import("../../lib/db");
  const { assignArticle, refreshStory } = await import("../../lib/stories/assign");
  const { getStoryPage } = await import("../../lib/stories");
  const { profileOf } = await import("../../lib/stories/profile");
  const { articleFeatures } = await import("../../lib/stories/text");
  const { MAX_CANDIDATE_STORIES, STORY_WINDOW_DAYS } = await import("../../lib/stories/thresholds");
  const { readOutletCorpus } = await import("../lib/outlet-corpus");

  // The synthetic corpus draws every article from one 60-word vocabulary, so its articles would all fall into one
  // story and a new article would meet one candidate. The worst case is a full window: MAX_CANDIDATE_STORIES
  // distinct stories updated in the last week, each profiled from a labelled-corpus article with a name of its own.
  // They sit beside the 100k articles, at a point a hundred days ago, in the middle of the synthetic dates.
  const benchStarted = new Date();
  const point = new Date(Date.now() - 100 * DAY);
  const corpus = readOutletCorpus().articles;
  const source = await db.source.findFirstOrThrow({ select: { id: true } });
  const section = await db.section.findFirstOrThrow({ select: { id: true } });
  const tag = Date.now().toString(36);
  for (let index = 0; index < MAX_CANDIDATE_STORIES; index++) {
    const seed = corpus[index % corpus.length]!;
    const features = articleFeatures({ title: seed.title, excerpt: seed.summary, body: seed.body });
    features.entities.add(`bench place ${index}`);
    features.terms.set(`benchterm${index}`, 2);
    const at = new Date(point.getTime() - ((index * 7919) % (STORY_WINDOW_DAYS * 24)) * 3_600_000);
    await db.story.create({
      data: {
        slug: `bench-candidate-${tag}-${index}`,
        title: seed.title,
        firstPublishedAt: at,
        lastPublishedAt: at,
        articleCount: 1,
        sourceCount: 1,
        profile: JSON.stringify(profileOf([features])),
      },
    });
  }
  const storiesInWindow = await db.story.count({
    where: { lastPublishedAt: { gte: new Date(point.getTime() - STORY_WINDOW_DAYS * DAY), lte: point } },
  });

  // New articles: the labelled corpus's text, published at the point, each assigned as the importer would.
  const created: string[] = [];
  const times: number[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const seed = corpus[(index * 37) % corpus.length]!;
      const article = await db.article.create({
        data: {
          slug: `bench-story-${tag}-${index}`,
          title: seed.title,
          body: seed.body,
          excerpt: seed.summary,
          status: "PUBLISHED",
          publishedAt: new Date(point.getTime() - index * 60_000),
          sectionId: section.id,
          sourceId: source.id,
        },
        select: { id: true },
      });
      created.push(article.id);
      const started = performance.now();
      await assignArticle(db, article.id);
      times.push(performance.now() - started);
    }
  } finally {
    await db.article.deleteMany({ where: { id: { in: created } } });
    const made = await db.story.findMany({
      where: { createdAt: { gte: benchStarted } },
      select: { id: true },
    });
    await db.article.updateMany({
      where: { storyId: { in: made.map((s) => s.id) } },
      data: { storyId: null },
    });
    await db.story.deleteMany({ where: { id: { in: made.map((s) => s.id) } } });
    // Stories that existed before and took one of our articles get their figures back.
    const touched = await db.story.findMany({
      where: { updatedAt: { gte: benchStarted } },
      select: { id: true },
    });
    for (const story of touched) await refreshStory(db, story.id);
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
      candidatesScored: Math.min(storiesInWindow, MAX_CANDIDATE_STORIES),
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
