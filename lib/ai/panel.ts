import "server-only";

import { cacheLife, cacheTag } from "next/cache";

import { publishedWhere } from "../articles/queries";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { analyseArticle } from "./analysis";
import { rankSentences } from "./key-points";
import { getKeyPoints, type KeyPoint } from "./key-points-store";

/** The story so far is shown for stories of at least this many published articles. */
export const TIMELINE_MIN_ARTICLES = 3;
/** A long story's timeline shows its latest this many developments. */
export const TIMELINE_MAX_ENTRIES = 12;

export type TimelineEntry = {
  articleSlug: string;
  articleTitle: string;
  outlet: string;
  publishedAt: Date;
  sentenceId: string;
  text: string;
  current: boolean;
};

export type StorySoFar = { total: number; entries: TimelineEntry[] };

export type AiPanel = { keyPoints: KeyPoint[]; storySoFar: StorySoFar | null };

/**
 * The story so far: for each article of the story, oldest to newest, its key development, the sentence that
 * ranks first as a key point (lead position, headline overlap, centrality).
 */
async function getStorySoFar(articleId: string, storyId: string): Promise<StorySoFar | null> {
  const where = { ...publishedWhere, storyId };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: TIMELINE_MAX_ENTRIES,
      select: {
        id: true,
        slug: true,
        title: true,
        body: true,
        updatedAt: true,
        publishedAt: true,
        source: { select: { name: true } },
      },
    }),
  ]);
  if (total < TIMELINE_MIN_ARTICLES) return null;
  const entries = rows.reverse().flatMap((row) => {
    const best = rankSentences(analyseArticle(row).sentences, row.title)[0];
    if (!best) return [];
    return [
      {
        articleSlug: row.slug,
        articleTitle: row.title,
        outlet: row.source.name,
        publishedAt: row.publishedAt ?? row.updatedAt,
        sentenceId: best.id,
        text: best.text,
        current: row.id === articleId,
      },
    ];
  });
  return { total, entries };
}

/** Everything the article page's AI panel shows, or null when editors turned it off for this article. */
export async function getAiPanel(articleId: string): Promise<AiPanel | null> {
  "use cache";
  // Key points change with the article or an editor's choice; the timeline with any article of the story.
  cacheTag(cacheTags.keyPoints(articleId), cacheTags.articleLists);
  cacheLife("hours");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { aiPanelEnabled: true, storyId: true },
  });
  if (!article?.aiPanelEnabled) return null;
  const [keyPoints, storySoFar] = await Promise.all([
    getKeyPoints(articleId),
    article.storyId ? getStorySoFar(articleId, article.storyId) : null,
  ]);
  return { keyPoints, storySoFar };
}
