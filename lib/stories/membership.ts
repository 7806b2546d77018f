/**
 * Which story an article belongs to is derived data, not an edit of the article: it is written with raw SQL so
 * the article's `updatedAt` stays as it was. Through Prisma, `@updatedAt` would move it, and readers would see
 * "Updated" on a story nobody touched. Not server-only: the seed and the benchmark assign stories too.
 */
import type { Database } from "../db-client";

type RawWriter = Pick<Database, "$executeRaw">;

/** Puts one article in a story (or in none). */
export async function setArticleStory(client: RawWriter, articleId: string, storyId: string | null) {
  await client.$executeRaw`UPDATE "Article" SET "storyId" = ${storyId} WHERE "id" = ${articleId}`;
}

/** Moves every article of one story into another (a merge). */
export async function moveStoryArticles(client: RawWriter, fromStoryId: string, intoStoryId: string) {
  await client.$executeRaw`UPDATE "Article" SET "storyId" = ${intoStoryId} WHERE "storyId" = ${fromStoryId}`;
}
