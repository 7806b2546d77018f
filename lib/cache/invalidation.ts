import "server-only";

import { updateTag } from "next/cache";

import { cacheRuntime } from "@/cache/runtime.mjs";

import { db } from "../db";
import type { ArticleStatus } from "../generated/sqlite/enums";
import { edgePurger } from "./edge";
import { cacheTags } from "./tags";

/**
 * The one place that knows what each write makes stale. The data layer announces what changed (after its
 * transaction commits); this module turns that into cache tags and expires them everywhere they are cached.
 * Server actions never invalidate anything themselves.
 */

export type ArticleState = { slug: string; status: ArticleStatus } | null;

const isReaderVisible = (state: ArticleState) => state?.status === "PUBLISHED";

/** The tags an article change touches: nothing while it is unseen by readers (drafts, scheduled, autosaves). */
export function tagsForArticleChange(before: ArticleState, after: ArticleState): string[] {
  if (!isReaderVisible(before) && !isReaderVisible(after)) return [];
  const slugs = new Set([before?.slug, after?.slug].filter((slug): slug is string => Boolean(slug)));
  return [cacheTags.articleLists, ...[...slugs].map(cacheTags.article)];
}

/**
 * The threads (and so the story pages and comments pages). Not the lists: the comment counts on cards refresh
 * within a minute (lib/articles toCards), so a comment never re-renders every page on the site.
 */
export function tagsForCommentsChange(articleIds: Iterable<string>): string[] {
  return [...new Set(articleIds)].map(cacheTags.comments);
}

export function tagsForTaxonomyChange(change: {
  hashtagSlugs?: string[];
  sectionsSourcesOrAuthors?: boolean;
}) {
  return [
    ...(change.hashtagSlugs ?? []).map(cacheTags.hashtag),
    ...(change.sectionsSourcesOrAuthors ? [cacheTags.taxonomy] : []),
  ];
}

/** A story was created, edited, published, scheduled, unpublished, archived, renamed or restored. */
export function articleChanged(before: ArticleState, after: ArticleState): Promise<void> {
  return expireTags(tagsForArticleChange(before, after));
}

/** Comments were posted, edited, deleted or moderated on these articles. */
export function commentsChanged(articleIds: Iterable<string>): Promise<void> {
  return expireTags(tagsForCommentsChange(articleIds));
}

/** A commenter's name changed: every thread they wrote in shows it. */
export async function commenterChanged(userId: string): Promise<void> {
  const rows = await db.comment.findMany({
    where: { userId },
    select: { articleId: true },
    distinct: ["articleId"],
  });
  await commentsChanged(rows.map((row) => row.articleId));
}

/** Hashtags were created, or sections, sources or authors changed. */
export function taxonomyChanged(change: Parameters<typeof tagsForTaxonomyChange>[0]): Promise<void> {
  return expireTags(tagsForTaxonomyChange(change));
}

/**
 * Expires tags in this process's cache runtime (and, with Redis, every instance's), which returns only once no
 * render that began before the expiry is still in flight; then purges the edge cache by the same keys. Inside a
 * server action it also tells Next, so the acting browser's router drops what it holds.
 */
export async function expireTags(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  await cacheRuntime().expire(tags);
  // After every instance has finished its older renders, so the edge cannot refill from one of them.
  await edgePurger()?.purge(tags);
  for (const tag of tags) {
    try {
      updateTag(tag);
    } catch {
      // Not in a server action (the scheduler, a script): there is no router to tell.
    }
  }
}
