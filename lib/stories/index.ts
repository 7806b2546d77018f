import "server-only";

import { cacheLife, cacheTag } from "next/cache";

import { toCards, type ArticleCard } from "../articles";
import { articleCardSelect, newestFirst, publishedWhere } from "../articles/queries";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { PAGE_SIZE } from "../pagination";
import { isValidSlug } from "../slug";
import type { ArticleWrite } from "../write-effects";
import { assignArticle, detachArticle } from "./assign";
import { HOME_PACKAGE_MIN_OUTLETS } from "./thresholds";

/**
 * Stories: coverage of one developing event from every outlet (docs/adr/061-stories.md). Assignment lives in
 * assign.ts, the editors' controls in editing.ts; this module is the write-effects deriver and the reading side.
 */

/**
 * The write-effects deriver: a published article joins (or stays in) a story, an unpublished one leaves it.
 * Returns the tags of every story it touched, and the article's own coverage line.
 */
export async function assignStory(write: ArticleWrite): Promise<string[]> {
  const published = write.after?.status === "PUBLISHED";
  const wasPublished = write.before?.status === "PUBLISHED";
  if (!published && !wasPublished) return [];
  const change = published ? await assignArticle(db, write.id) : await detachArticle(db, write.id);
  return [...change.storySlugs.map(cacheTags.story), cacheTags.articleStory(write.id)];
}

export type StoryOutlet = { slug: string; name: string; count: number };

export type StoryTimelineEntry = ArticleCard & { isFirstReport: boolean };

export type StoryPage = {
  slug: string;
  title: string;
  description: string;
  articleCount: number;
  firstPublishedAt: Date;
  lastPublishedAt: Date;
  outlets: StoryOutlet[];
  firstReport: { articleSlug: string; title: string; outlet: string } | null;
  /** This page of the timeline, newest first. */
  articles: StoryTimelineEntry[];
  total: number;
  page: number;
  pageSize: number;
};

/** One page of a story's timeline, with its outlets and first report; null for an unknown slug. */
export async function getStoryPage(slug: string, page = 1): Promise<StoryPage | null> {
  "use cache";
  if (!isValidSlug(slug)) return null;
  cacheTag(cacheTags.story(slug), cacheTags.taxonomy);

  const story = await db.story.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      firstPublishedAt: true,
      lastPublishedAt: true,
    },
  });
  if (!story) return null;
  const where = { ...publishedWhere, storyId: story.id };
  const [rows, total, bySource, first] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: articleCardSelect,
    }),
    db.article.count({ where }),
    db.article.groupBy({ by: ["sourceId"], where, _count: { _all: true } }),
    db.article.findFirst({
      where,
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, title: true, source: { select: { name: true } } },
    }),
  ]);
  const sources = await db.source.findMany({
    where: { id: { in: bySource.map((row) => row.sourceId) } },
    select: { id: true, slug: true, name: true },
  });
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const outlets = bySource
    .map((row) => ({ ...sourceById.get(row.sourceId)!, count: row._count._all }))
    .filter((outlet) => outlet.slug)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .map(({ slug: outletSlug, name, count }) => ({ slug: outletSlug, name, count }));
  const cards = await toCards(rows);
  return {
    ...story,
    articleCount: total,
    outlets,
    firstReport: first ? { articleSlug: first.slug, title: first.title, outlet: first.source.name } : null,
    articles: cards.map((card) => ({ ...card, isFirstReport: card.id === first?.id })),
    total,
    page,
    pageSize: PAGE_SIZE,
  };
}

export type StoryCoverage = { slug: string; title: string; outletCount: number; articleCount: number };

/** The story an article belongs to, for its "N outlets cover this story" line; null when it has none. */
export async function getStoryCoverage(articleId: string): Promise<StoryCoverage | null> {
  "use cache";
  cacheTag(cacheTags.articleStory(articleId));
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { story: { select: { slug: true, title: true, sourceCount: true, articleCount: true } } },
  });
  const story = article?.story;
  if (!story) return null;
  cacheTag(cacheTags.story(story.slug));
  return {
    slug: story.slug,
    title: story.title,
    outletCount: story.sourceCount,
    articleCount: story.articleCount,
  };
}

export type StoryPackage = {
  slug: string;
  title: string;
  lead: ArticleCard;
  moreCount: number;
  /** The other outlets' names, most articles first. */
  moreOutlets: string[];
};

const HOME_PACKAGES = 3;

/** The newest stories covered by at least three outlets, each as its lead article and "+N more from …". */
export async function getHomeStoryPackages(): Promise<StoryPackage[]> {
  "use cache";
  cacheTag(cacheTags.articleLists, cacheTags.taxonomy);
  cacheLife("minutes");
  const stories = await db.story.findMany({
    where: { sourceCount: { gte: HOME_PACKAGE_MIN_OUTLETS }, leadArticle: publishedWhere },
    orderBy: { lastPublishedAt: "desc" },
    take: HOME_PACKAGES,
    select: {
      id: true,
      slug: true,
      title: true,
      articleCount: true,
      leadArticle: { select: articleCardSelect },
    },
  });
  return Promise.all(
    stories.map(async (story) => {
      const lead = story.leadArticle!;
      const others = await db.article.groupBy({
        by: ["sourceId"],
        where: { ...publishedWhere, storyId: story.id, id: { not: lead.id } },
        _count: { _all: true },
      });
      const sources = await db.source.findMany({
        where: { id: { in: others.map((row) => row.sourceId) } },
        select: { id: true, name: true },
      });
      const count = new Map(others.map((row) => [row.sourceId, row._count._all]));
      const [card] = await toCards([lead]);
      return {
        slug: story.slug,
        title: story.title,
        lead: card!,
        moreCount: others.reduce((sum, row) => sum + row._count._all, 0),
        moreOutlets: sources
          .sort((a, b) => (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) || a.name.localeCompare(b.name))
          .map((source) => source.name),
      };
    }),
  );
}

/** A story's name and id for its feed; null for an unknown slug. */
export async function getStoryBySlug(slug: string) {
  if (!isValidSlug(slug)) return null;
  return db.story.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, description: true },
  });
}
