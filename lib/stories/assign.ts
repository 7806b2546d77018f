/**
 * Keeps every published article in a story, one article at a time: on publish or import it joins the most similar
 * open story or starts one; on unpublishing it leaves. Takes the Prisma client as an argument and is not
 * server-only, because the seed and the benchmark run it outside Next (the app reaches it through lib/stories).
 *
 * Cost per article: one read of the article, one read of the candidate stories' profiles (the stories updated
 * within the window, by the lastPublishedAt index), one short transaction. Nothing reads other articles' text.
 */
import type { Database } from "../db-client";
import { slugify } from "../slug";
import { setArticleStory } from "./membership";
import { parseProfile, profileOf, withArticle, type StoryProfile } from "./profile";
import { chooseStory } from "./similarity";
import { articleFeatures, type ArticleFeatures } from "./text";
import { MAX_CANDIDATE_STORIES, STORY_WINDOW_DAYS } from "./thresholds";

const DAY = 86_400_000;
const DESCRIPTION_MAX = 300;

const articleSelect = {
  id: true,
  slug: true,
  status: true,
  title: true,
  dek: true,
  excerpt: true,
  body: true,
  publishedAt: true,
  sourceId: true,
  ingested: true,
  storyId: true,
  tags: { select: { tagId: true } },
} as const;

type StoryArticle = {
  id: string;
  title: string;
  dek: string;
  excerpt: string;
  body: string;
  publishedAt: Date | null;
  sourceId: string;
  ingested: boolean;
  tags: { tagId: string }[];
};

/** What a change to stories touched: the slugs of stories whose pages (and members' pages) are now stale. */
export type StoryChange = { storySlugs: string[] };

export const featuresOf = (article: StoryArticle): ArticleFeatures =>
  articleFeatures(
    { title: article.title, dek: article.dek, excerpt: article.excerpt, body: article.body },
    article.tags.map((tag) => tag.tagId),
  );

/**
 * The lead an automatic rule picks: the newest of our own newsroom's articles (our coverage leads our pages),
 * else the newest article.
 */
export function automaticLead<T extends { id: string; publishedAt: Date | null; ingested: boolean }>(
  articles: T[],
): T | null {
  const time = (article: T) => article.publishedAt?.getTime() ?? 0;
  const newest = (list: T[]) =>
    list.reduce<T | null>((best, article) => (!best || time(article) > time(best) ? article : best), null);
  return newest(articles.filter((article) => !article.ingested)) ?? newest(articles);
}

/** A free story slug made from `title`. */
export async function uniqueStorySlug(client: Database, title: string): Promise<string> {
  const base = slugify(title).slice(0, 80).replace(/-+$/, "") || "story";
  for (let suffix = 1; ; suffix++) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await client.story.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/**
 * Assigns a published article that has no story yet; an article already in a story has its story's figures
 * brought up to date instead (its date or text may have changed). Does nothing for unpublished articles.
 */
export async function assignArticle(client: Database, articleId: string): Promise<StoryChange> {
  const article = await client.article.findUnique({ where: { id: articleId }, select: articleSelect });
  if (!article || article.status !== "PUBLISHED" || !article.publishedAt) return { storySlugs: [] };
  if (article.storyId) return refreshStory(client, article.storyId);

  const publishedAt = article.publishedAt;
  const features = featuresOf(article);
  const candidates = await client.story.findMany({
    where: {
      locked: false,
      articleCount: { gt: 0 },
      lastPublishedAt: {
        gte: new Date(publishedAt.getTime() - STORY_WINDOW_DAYS * DAY),
        lte: new Date(publishedAt.getTime() + STORY_WINDOW_DAYS * DAY),
      },
    },
    orderBy: { lastPublishedAt: "desc" },
    take: MAX_CANDIDATE_STORIES,
    select: { id: true, slug: true, lastPublishedAt: true, profile: true },
  });
  const chosen = chooseStory(
    features,
    publishedAt,
    candidates.map((story) => ({ ...story, profile: parseProfile(story.profile) })),
  );
  const dated = { ...article, publishedAt };
  if (!chosen) return startStory(client, dated, features);
  const slug = candidates.find((story) => story.id === chosen.id)!.slug;
  await joinStory(client, dated, features, chosen.id, chosen.profile);
  return { storySlugs: [slug] };
}

async function startStory(
  client: Database,
  article: StoryArticle & { publishedAt: Date },
  features: ArticleFeatures,
): Promise<StoryChange> {
  const slug = await uniqueStorySlug(client, article.title);
  await client.$transaction(async (tx) => {
    const story = await tx.story.create({
      data: {
        slug,
        title: article.title,
        description: (article.dek || article.excerpt).slice(0, DESCRIPTION_MAX),
        leadArticleId: article.id,
        firstPublishedAt: article.publishedAt,
        lastPublishedAt: article.publishedAt,
        articleCount: 1,
        sourceCount: 1,
        profile: JSON.stringify(profileOf([features])),
      },
      select: { id: true },
    });
    await setArticleStory(tx, article.id, story.id);
  });
  return { storySlugs: [slug] };
}

/** Adds one article to a story, updating its figures from the row itself rather than re-reading its articles. */
async function joinStory(
  client: Database,
  article: StoryArticle & { publishedAt: Date },
  features: ArticleFeatures,
  storyId: string,
  profile: StoryProfile,
): Promise<void> {
  await client.$transaction(async (tx) => {
    const story = await tx.story.findUniqueOrThrow({
      where: { id: storyId },
      select: {
        firstPublishedAt: true,
        lastPublishedAt: true,
        leadPinned: true,
        leadArticle: { select: { id: true, publishedAt: true, ingested: true } },
      },
    });
    const sameOutlet = await tx.article.count({
      where: { storyId, status: "PUBLISHED", sourceId: article.sourceId },
    });
    const lead = story.leadArticle;
    const takesLead =
      !story.leadPinned &&
      (!lead || automaticLead([lead, { ...article, id: article.id }])?.id === article.id);
    await setArticleStory(tx, article.id, storyId);
    await tx.story.update({
      where: { id: storyId },
      data: {
        articleCount: { increment: 1 },
        ...(sameOutlet === 0 && { sourceCount: { increment: 1 } }),
        firstPublishedAt: article.publishedAt < story.firstPublishedAt ? article.publishedAt : undefined,
        lastPublishedAt: article.publishedAt > story.lastPublishedAt ? article.publishedAt : undefined,
        ...(takesLead && { leadArticleId: article.id }),
        profile: JSON.stringify(withArticle(profile, features)),
      },
    });
  });
}

/**
 * Takes an unpublished article out of its story. A locked story keeps it as a member (only its figures change),
 * so republishing brings it back where the editor put it.
 */
export async function detachArticle(client: Database, articleId: string): Promise<StoryChange> {
  const article = await client.article.findUnique({
    where: { id: articleId },
    select: { storyId: true, status: true, story: { select: { locked: true } } },
  });
  if (!article?.storyId || article.status === "PUBLISHED") return { storySlugs: [] };
  if (!article.story?.locked) await setArticleStory(client, articleId, null);
  return refreshStory(client, article.storyId);
}

/**
 * Recomputes a story's figures and profile from its published articles (after a removal, a merge, a split or an
 * edit). A story left with no articles at all is deleted; one whose members are all unpublished is kept empty.
 */
export async function refreshStory(client: Database, storyId: string): Promise<StoryChange> {
  const story = await client.story.findUnique({
    where: { id: storyId },
    select: { slug: true, leadArticleId: true, leadPinned: true, _count: { select: { articles: true } } },
  });
  if (!story) return { storySlugs: [] };
  if (story._count.articles === 0) {
    await client.story.delete({ where: { id: storyId } });
    return { storySlugs: [story.slug] };
  }
  const articles = await client.article.findMany({
    where: { storyId, status: "PUBLISHED" },
    select: {
      id: true,
      title: true,
      dek: true,
      excerpt: true,
      body: true,
      publishedAt: true,
      sourceId: true,
      ingested: true,
      tags: { select: { tagId: true } },
    },
  });
  const times = articles.map((article) => article.publishedAt?.getTime() ?? 0);
  const pinnedLeadStays = story.leadPinned && articles.some((article) => article.id === story.leadArticleId);
  const lead = pinnedLeadStays ? story.leadArticleId : (automaticLead(articles)?.id ?? null);
  await client.story.update({
    where: { id: storyId },
    data: {
      articleCount: articles.length,
      sourceCount: new Set(articles.map((article) => article.sourceId)).size,
      ...(articles.length > 0 && {
        firstPublishedAt: new Date(Math.min(...times)),
        lastPublishedAt: new Date(Math.max(...times)),
      }),
      leadArticleId: lead,
      leadPinned: pinnedLeadStays,
      profile: JSON.stringify(profileOf(articles.map(featuresOf))),
    },
  });
  return { storySlugs: [story.slug] };
}

/**
 * Runs assignment for every published article without a story, oldest first (the seed; `npm start` on a database
 * from before stories, for articles published `since`). Returns how many it assigned.
 */
export async function assignUnassigned(client: Database, { since }: { since?: Date } = {}): Promise<number> {
  const seen = new Set<string>();
  for (;;) {
    const rows = await client.article.findMany({
      where: { status: "PUBLISHED", storyId: null, publishedAt: since ? { gte: since } : { not: null } },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true },
    });
    const fresh = rows.filter((row) => !seen.has(row.id));
    // Nothing new: whatever is left cannot be assigned (it would loop forever otherwise).
    if (fresh.length === 0) return seen.size;
    for (const row of fresh) {
      seen.add(row.id);
      await assignArticle(client, row.id);
    }
  }
}
