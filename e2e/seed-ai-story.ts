/**
 * Run by scripts/e2e-server.mjs after the demo seed: puts the comet articles in one story, so the AI panel's
 * story so far and Ask across a story can be tested (e2e/ai-panel.spec.ts). Left alone when the seed already
 * grouped them (lib/stories may do so).
 */
import { createPrismaClient } from "../lib/db-client";
import { setArticleStory } from "../lib/stories/membership";
import { AI_STORY_SLUGS } from "./corpus";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url || !url.includes("e2e"))
    throw new Error(`Refusing to add a test story to ${url ?? "the default database"}.`);
  const db = createPrismaClient(url);
  try {
    const articles = await db.article.findMany({
      where: { slug: { in: AI_STORY_SLUGS } },
      orderBy: { publishedAt: "asc" },
      select: { id: true, storyId: true, publishedAt: true, sourceId: true },
    });
    if (articles.length !== AI_STORY_SLUGS.length)
      throw new Error("The comet articles are missing from the seed.");
    if (articles.every((article) => article.storyId && article.storyId === articles[0]!.storyId)) return;
    const story = await db.story.create({
      data: {
        slug: "e2e-lumen-comet-flyby",
        title: "The Lumen probe's comet flyby",
        leadArticleId: articles.at(-1)!.id,
        firstPublishedAt: articles[0]!.publishedAt!,
        lastPublishedAt: articles.at(-1)!.publishedAt!,
        articleCount: articles.length,
        sourceCount: new Set(articles.map((article) => article.sourceId)).size,
      },
    });
    for (const article of articles) await setArticleStory(db, article.id, story.id);
  } finally {
    await db.$disconnect();
  }
}

await main();
