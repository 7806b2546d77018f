import "server-only";

import { LRUCache } from "lru-cache";

import { publishedWhere } from "../articles/queries";
import { db } from "../db";
import { isValidSlug } from "../slug";
import { analyseArticle, cachedAnalysis } from "./analysis";
import { buildIndex, type SentenceIndex } from "./answer";

export type PoolArticle = {
  id: string;
  slug: string;
  title: string;
  publishedAt: Date;
  updatedAt: Date;
  outlet: string;
};

/** Beyond this, a story's oldest articles are left out of Ask (the newest coverage answers best). */
export const MAX_POOL_ARTICLES = 1_000;

const poolSelect = {
  id: true,
  slug: true,
  title: true,
  publishedAt: true,
  updatedAt: true,
  source: { select: { name: true } },
} as const;

type PoolRow = {
  id: string;
  slug: string;
  title: string;
  publishedAt: Date | null;
  updatedAt: Date;
  source: { name: string };
};

const toPoolArticle = (row: PoolRow): PoolArticle => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  publishedAt: row.publishedAt ?? row.updatedAt,
  updatedAt: row.updatedAt,
  outlet: row.source.name,
});

/** Published articles by id, oldest first (the benchmark builds a 500-article story this way). */
export async function loadArticlesById(ids: string[]): Promise<PoolArticle[]> {
  const rows = await db.article.findMany({
    where: { ...publishedWhere, id: { in: ids } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: poolSelect,
  });
  return rows.map(toPoolArticle);
}

/** The published article by slug, and the published articles of its story (itself included), oldest first. */
export async function loadStoryArticles(
  slug: string,
): Promise<{ article: PoolArticle; story: PoolArticle[] } | null> {
  const row = await db.article.findFirst({
    where: { ...publishedWhere, slug },
    select: { ...poolSelect, storyId: true },
  });
  if (!row) return null;
  const article = toPoolArticle(row);
  if (!row.storyId) return { article, story: [article] };
  const members = await db.article.findMany({
    where: { ...publishedWhere, storyId: row.storyId },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: MAX_POOL_ARTICLES,
    select: poolSelect,
  });
  const story = members.map(toPoolArticle).reverse();
  if (!story.some((member) => member.id === article.id)) story.push(article);
  return { article, story };
}

/**
 * The sentence index over these articles. Each article's analysis is kept in process (lib/ai/analysis.ts); only
 * the bodies not yet analysed are read. The index itself is kept per exact set of article versions.
 */
const indexes = new LRUCache<string, SentenceIndex>({ max: 200 });

export async function indexArticles(articles: PoolArticle[]): Promise<SentenceIndex> {
  const key = articles.map((article) => `${article.id}:${article.updatedAt.getTime()}`).join(",");
  const cached = indexes.get(key);
  if (cached) return cached;
  const missing = articles.filter((article) => !cachedAnalysis(article)).map((article) => article.id);
  const bodies = new Map<string, string>();
  for (let i = 0; i < missing.length; i += 500) {
    const rows = await db.article.findMany({
      where: { id: { in: missing.slice(i, i + 500) } },
      select: { id: true, body: true },
    });
    for (const row of rows) bodies.set(row.id, row.body);
  }
  const sentences = articles.flatMap(
    (article) =>
      (cachedAnalysis(article) ?? analyseArticle({ ...article, body: bodies.get(article.id) ?? "" })).pool,
  );
  const index = buildIndex(sentences);
  indexes.set(key, index);
  return index;
}

/** Whether a published article has this slug (the proxy's 404 for the Ask page, lib/request-guard). */
export async function isPublishedSlug(slug: string): Promise<boolean> {
  if (!isValidSlug(slug)) return false;
  return (await db.article.count({ where: { ...publishedWhere, slug } })) > 0;
}
