import "server-only";

import { publishedWhere } from "../articles/queries";
import { db } from "../db";
import type { Prisma } from "../generated/sqlite/client";
import { parseProfile } from "../stories/profile";
import { scoreStories } from "../stories/similarity";
import { SIMILAR_STORY_MIN_SCORE, STORY_WINDOW_DAYS } from "../stories/thresholds";

const DAY = 86_400_000;
const SIMILAR_STORIES = 3;

/** The same story's other articles: other outlets' first (the aggregator's order), each group newest first. */
export function sameStoryFirst<T extends { sourceId: string }>(mates: T[], sourceId: string): T[] {
  return [
    ...mates.filter((mate) => mate.sourceId !== sourceId),
    ...mates.filter((mate) => mate.sourceId === sourceId),
  ];
}

/**
 * The lead articles of the stories most like the article's own story (by the same profile similarity that groups
 * articles), among stories updated within the window around it. Never the article's own story.
 */
export async function similarStoryLeads<S extends Prisma.ArticleSelect>(
  articleId: string,
  storyId: string | null,
  publishedAt: Date,
  select: S,
): Promise<Prisma.ArticleGetPayload<{ select: S }>[]> {
  if (!storyId) return [];
  const window = STORY_WINDOW_DAYS * DAY;
  const [own, others] = await Promise.all([
    db.story.findUnique({ where: { id: storyId }, select: { profile: true } }),
    db.story.findMany({
      where: {
        id: { not: storyId },
        leadArticle: { ...publishedWhere, id: { not: articleId } },
        lastPublishedAt: {
          gte: new Date(publishedAt.getTime() - window),
          lte: new Date(publishedAt.getTime() + window),
        },
      },
      orderBy: { lastPublishedAt: "desc" },
      take: 200,
      select: { id: true, lastPublishedAt: true, profile: true, leadArticleId: true },
    }),
  ]);
  if (!own || others.length === 0) return [];
  const profile = parseProfile(own.profile);
  // The story's profile read as one long article: its terms, entities and tags.
  const asArticle = {
    terms: new Map(Object.entries(profile.terms)),
    entities: new Set(Object.keys(profile.entities)),
    tags: Object.keys(profile.tags),
  };
  const similar = scoreStories(
    asArticle,
    publishedAt,
    others.map((story) => ({ ...story, profile: parseProfile(story.profile) })),
  )
    .filter(({ score }) => score.total >= SIMILAR_STORY_MIN_SCORE)
    .slice(0, SIMILAR_STORIES);
  const leadIds = similar.map(({ story }) => others.find((other) => other.id === story.id)!.leadArticleId!);
  if (leadIds.length === 0) return [];
  const leads = await db.article.findMany({ where: { id: { in: leadIds }, ...publishedWhere }, select });
  const byId = new Map(leads.map((lead) => [(lead as unknown as { id: string }).id, lead]));
  return leadIds.flatMap((id) => byId.get(id) ?? []);
}
