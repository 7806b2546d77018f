import "server-only";

import { recordAudit } from "../audit";
import type { Viewer } from "../auth";
import { expireTags } from "../cache/invalidation";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { assertCan } from "../permissions";
import { refreshStory, uniqueStorySlug } from "./assign";
import { moveStoryArticles, setArticleStory } from "./membership";

/**
 * The editors' controls over stories: merge, split an article out, rename, pick the lead, lock. Each checks the
 * viewer, writes in one transaction with its audit entry, recomputes the stories' figures, then expires what
 * changed: the stories' pages and members' coverage lines, and every list (related sidebars, home packages).
 */

export type StoryResult = { ok: true; id: string; slug: string } | { ok: false; error: string };

const STORIES_PAGE_SIZE = 30;

async function expireStories(slugs: string[], articleIds: string[] = []) {
  await expireTags([
    cacheTags.articleLists,
    ...slugs.map(cacheTags.story),
    ...articleIds.map(cacheTags.articleStory),
  ]);
}

export type EditorStoryRow = {
  id: string;
  slug: string;
  title: string;
  locked: boolean;
  articleCount: number;
  sourceCount: number;
  lastPublishedAt: Date;
};

/** Stories newest first, optionally those whose title contains `query`. Editors and admins only. */
export async function listStoriesForEditors(viewer: Viewer, query: string, page: number) {
  assertCan(viewer.role, "story:manage");
  const where = query ? { title: { contains: query } } : {};
  const [stories, total] = await Promise.all([
    db.story.findMany({
      where,
      orderBy: [{ lastPublishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * STORIES_PAGE_SIZE,
      take: STORIES_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        title: true,
        locked: true,
        articleCount: true,
        sourceCount: true,
        lastPublishedAt: true,
      },
    }),
    db.story.count({ where }),
  ]);
  return { stories, total, page, pageSize: STORIES_PAGE_SIZE };
}

/** One story with every member article, for its editing page; null when unknown. */
export async function getStoryForEditor(viewer: Viewer, storyId: string) {
  assertCan(viewer.role, "story:manage");
  return db.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      locked: true,
      leadArticleId: true,
      leadPinned: true,
      articleCount: true,
      sourceCount: true,
      articles: {
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          publishedAt: true,
          source: { select: { name: true } },
        },
      },
    },
  });
}

/** Other stories an editor may merge into this one: the most recent, by title search. */
export async function listMergeCandidates(viewer: Viewer, storyId: string) {
  assertCan(viewer.role, "story:manage");
  return db.story.findMany({
    where: { id: { not: storyId } },
    orderBy: { lastPublishedAt: "desc" },
    take: 50,
    select: { id: true, title: true, articleCount: true },
  });
}

/** Moves every article of `fromId` into `intoId` and deletes `fromId`. */
export async function mergeStories(viewer: Viewer, intoId: string, fromId: string): Promise<StoryResult> {
  assertCan(viewer.role, "story:manage");
  if (intoId === fromId) return { ok: false, error: "Choose a different story to merge." };
  const [into, from] = await Promise.all([
    db.story.findUnique({ where: { id: intoId }, select: { slug: true, title: true } }),
    db.story.findUnique({
      where: { id: fromId },
      select: { slug: true, title: true, articles: { select: { id: true } } },
    }),
  ]);
  if (!into || !from) return { ok: false, error: "One of those stories no longer exists." };
  await db.$transaction(async (tx) => {
    await moveStoryArticles(tx, fromId, intoId);
    await tx.story.delete({ where: { id: fromId } });
    await recordAudit(
      {
        actorId: viewer.id,
        action: "story.merge",
        entityType: "story",
        entityId: intoId,
        summary: `Merged “${from.title}” into “${into.title}”`,
        before: { from: from.slug, articles: from.articles.length },
        after: { into: into.slug },
      },
      tx,
    );
  });
  await refreshStory(db, intoId);
  await expireStories([into.slug, from.slug]);
  return { ok: true, id: intoId, slug: into.slug };
}

/** Takes one article out of its story into a new story of its own, which an editor can then rename. */
export async function splitArticle(viewer: Viewer, articleId: string): Promise<StoryResult> {
  assertCan(viewer.role, "story:manage");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      title: true,
      dek: true,
      excerpt: true,
      publishedAt: true,
      storyId: true,
      story: { select: { slug: true, title: true, articleCount: true } },
    },
  });
  if (!article?.storyId || !article.story) return { ok: false, error: "That article is not in a story." };
  if (article.story.articleCount <= 1)
    return { ok: false, error: "That article is the story’s only one; there is nothing to split from." };
  const oldStoryId = article.storyId;
  const oldSlug = article.story.slug;
  const slug = await uniqueStorySlug(db, article.title);
  const publishedAt = article.publishedAt ?? new Date();
  const created = await db.$transaction(async (tx) => {
    const story = await tx.story.create({
      data: {
        slug,
        title: article.title,
        description: (article.dek || article.excerpt).slice(0, 300),
        // Split by hand: automatic assignment must not fold it back in.
        locked: true,
        leadArticleId: articleId,
        firstPublishedAt: publishedAt,
        lastPublishedAt: publishedAt,
      },
      select: { id: true },
    });
    await setArticleStory(tx, articleId, story.id);
    await recordAudit(
      {
        actorId: viewer.id,
        action: "story.split",
        entityType: "story",
        entityId: story.id,
        summary: `Split “${article.title}” out of “${article.story!.title}”`,
        before: { story: oldSlug },
        after: { story: slug },
      },
      tx,
    );
    return story;
  });
  await refreshStory(db, oldStoryId);
  await refreshStory(db, created.id);
  await expireStories([oldSlug, slug], [articleId]);
  return { ok: true, id: created.id, slug };
}

/** Renames a story (its slug, and so its address, stays). */
export async function renameStory(
  viewer: Viewer,
  storyId: string,
  change: { title: string; description: string },
): Promise<StoryResult> {
  assertCan(viewer.role, "story:manage");
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { slug: true, title: true, description: true },
  });
  if (!story) return { ok: false, error: "That story no longer exists." };
  await db.$transaction(async (tx) => {
    await tx.story.update({ where: { id: storyId }, data: change });
    await recordAudit(
      {
        actorId: viewer.id,
        action: "story.rename",
        entityType: "story",
        entityId: storyId,
        summary: `Renamed story “${story.title}” to “${change.title}”`,
        before: { title: story.title, description: story.description },
        after: change,
      },
      tx,
    );
  });
  await expireStories([story.slug]);
  return { ok: true, id: storyId, slug: story.slug };
}

/** Makes one of the story's published articles its lead, kept until an editor changes it or the article leaves. */
export async function chooseLead(viewer: Viewer, storyId: string, articleId: string): Promise<StoryResult> {
  assertCan(viewer.role, "story:manage");
  const article = await db.article.findFirst({
    where: { id: articleId, storyId, status: "PUBLISHED" },
    select: { title: true, story: { select: { slug: true, title: true, leadArticleId: true } } },
  });
  if (!article?.story) return { ok: false, error: "That article is not a published part of this story." };
  await db.$transaction(async (tx) => {
    await tx.story.update({ where: { id: storyId }, data: { leadArticleId: articleId, leadPinned: true } });
    await recordAudit(
      {
        actorId: viewer.id,
        action: "story.lead",
        entityType: "story",
        entityId: storyId,
        summary: `Made “${article.title}” the lead of “${article.story!.title}”`,
        before: { leadArticleId: article.story!.leadArticleId },
        after: { leadArticleId: articleId },
      },
      tx,
    );
  });
  await expireStories([article.story.slug]);
  return { ok: true, id: storyId, slug: article.story.slug };
}

/** Locks a story against automatic changes (no article joins or leaves it by itself), or unlocks it. */
export async function setStoryLocked(viewer: Viewer, storyId: string, locked: boolean): Promise<StoryResult> {
  assertCan(viewer.role, "story:manage");
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { slug: true, title: true, locked: true },
  });
  if (!story) return { ok: false, error: "That story no longer exists." };
  await db.$transaction(async (tx) => {
    await tx.story.update({ where: { id: storyId }, data: { locked } });
    await recordAudit(
      {
        actorId: viewer.id,
        action: locked ? "story.lock" : "story.unlock",
        entityType: "story",
        entityId: storyId,
        summary: `${locked ? "Locked" : "Unlocked"} story “${story.title}”`,
        before: { locked: story.locked },
        after: { locked },
      },
      tx,
    );
  });
  await expireStories([story.slug]);
  return { ok: true, id: storyId, slug: story.slug };
}
