import "server-only";

import { randomBytes } from "node:crypto";

import { taxonomyChanged } from "../cache/invalidation";
import { db } from "../db";
import type { Prisma } from "../generated/sqlite/client";
import { resolveHashtags } from "../admin/hashtags";
import { recordRevision, snapshotInclude, toSnapshot } from "../admin/revisions";
import { slugify } from "../slug";
import { articleWritten } from "../write-effects";
import { importHeroImage } from "./hero-image";
import { contentChanged, type ItemContent, itemContent, itemHashtags } from "./content";
import type { FeedItem } from "./parse";
import { isNearDuplicate } from "./simhash";

/** How far back a new item is compared with the outlet's earlier items for near-identical text. */
export const NEAR_DUPLICATE_WINDOW_MS = 14 * 86_400_000;

export type ImportingFeed = {
  id: string;
  sourceId: string;
  sectionId: string;
  fullText: boolean;
  holdForReview: boolean;
  source: { name: string };
};

export type ImportResult = { imported: number; updated: number; skipped: number };

const storedSelect = {
  id: true,
  slug: true,
  status: true,
  version: true,
  feedGuid: true,
  title: true,
  excerpt: true,
  body: true,
  canonicalUrl: true,
  fingerprint: true,
} satisfies Prisma.ArticleSelect;

/**
 * Turns a feed's items into articles. A duplicate is dropped: the same GUID twice in one document, an item
 * another poller has just imported (the feed+GUID unique index decides), an item whose link is already an
 * article's canonical URL, or near-identical text to the outlet's recent items (a re-post under a new GUID).
 * An item seen before whose content changed updates its article and keeps a revision. Every committed write
 * goes through articleWritten (stories, caches). The caller adds the counts to the feed's counters.
 */
export async function importFeedItems(feed: ImportingFeed, items: FeedItem[]): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, updated: 0, skipped: 0 };
  const unique = new Map<string, FeedItem>();
  for (const item of items) {
    if (unique.has(item.guid)) result.skipped++;
    else unique.set(item.guid, item);
  }
  const guids = [...unique.keys()];
  const links = [...unique.values()].map((item) => item.link).filter((link): link is string => !!link);
  const [stored, linked, recent] = await Promise.all([
    db.article.findMany({ where: { feedId: feed.id, feedGuid: { in: guids } }, select: storedSelect }),
    db.article.findMany({ where: { canonicalUrl: { in: links } }, select: { canonicalUrl: true } }),
    db.article.findMany({
      where: {
        sourceId: feed.sourceId,
        fingerprint: { not: null },
        createdAt: { gte: new Date(Date.now() - NEAR_DUPLICATE_WINDOW_MS) },
      },
      select: { fingerprint: true },
    }),
  ]);
  const byGuid = new Map(stored.map((article) => [article.feedGuid!, article]));
  const knownUrls = new Set(linked.map((row) => row.canonicalUrl));
  const fingerprints = recent.map((row) => row.fingerprint);
  const policy = { fullText: feed.fullText, outletName: feed.source.name };

  for (const item of unique.values()) {
    const content = itemContent(item, policy);
    const existing = byGuid.get(item.guid);
    if (existing) {
      if (contentChanged(existing, content) && (await updateFromItem(feed, existing, item, content)))
        result.updated++;
      continue;
    }
    if (
      (content.canonicalUrl && knownUrls.has(content.canonicalUrl)) ||
      fingerprints.some((fingerprint) => isNearDuplicate(fingerprint, content.fingerprint))
    ) {
      result.skipped++;
      continue;
    }
    if (await createFromItem(feed, item, content)) result.imported++;
    else result.skipped++;
    if (content.canonicalUrl) knownUrls.add(content.canonicalUrl);
    fingerprints.push(content.fingerprint);
  }

  return result;
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/** The item's author as a byline, found or created by name; none when the feed names nobody (the outlet stands). */
async function authorId(tx: Prisma.TransactionClient, name: string | null, created: string[]) {
  const clean = name?.replace(/\s+/g, " ").trim().slice(0, 100);
  const slug = clean ? slugify(clean) : "";
  if (!clean || !slug) return null;
  const found = await tx.author.findUnique({ where: { slug }, select: { id: true } });
  if (found) return found.id;
  created.push(slug);
  return (await tx.author.create({ data: { slug, name: clean }, select: { id: true } })).id;
}

async function freeSlug(tx: Prisma.TransactionClient, title: string, attempt: number): Promise<string> {
  const base = slugify(title) || "article";
  // A retry after a race on the slug adds randomness instead of counting up again.
  if (attempt > 0) return `${base.slice(0, 70)}-${randomBytes(3).toString("hex")}`;
  for (let n = 1; n < 50; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    const taken =
      (await tx.article.findUnique({ where: { slug }, select: { id: true } })) ??
      (await tx.slugRedirect.findUnique({ where: { oldSlug: slug }, select: { articleId: true } }));
    if (!taken) return slug;
  }
  return `${base.slice(0, 70)}-${randomBytes(3).toString("hex")}`;
}

/** Creates the item's article; false when another poller imported the same item first. */
async function createFromItem(feed: ImportingFeed, item: FeedItem, content: ItemContent): Promise<boolean> {
  const status = feed.holdForReview ? "SUBMITTED" : "PUBLISHED";
  const now = new Date();
  const publishedAt =
    status === "PUBLISHED" ? (item.publishedAt && item.publishedAt < now ? item.publishedAt : now) : null;
  const image = item.imageUrl ? await importHeroImage(item.imageUrl) : null;
  const hero = image
    ? {
        heroImageUrl: image.url,
        heroImageWidth: image.width,
        heroImageHeight: image.height,
        heroImageAlt: item.imageAlt.slice(0, 300),
      }
    : {};
  for (let attempt = 0; attempt < 3; attempt++) {
    const createdAuthors: string[] = [];
    try {
      const { created, hashtags } = await db.$transaction(
        async (tx) => {
          const slug = await freeSlug(tx, content.title, attempt);
          const byline = await authorId(tx, item.author, createdAuthors);
          const article = await tx.article.create({
            data: {
              ...content,
              ...hero,
              slug,
              status,
              publishedAt,
              sectionId: feed.sectionId,
              sourceId: feed.sourceId,
              feedId: feed.id,
              feedGuid: item.guid,
              ingested: true,
              commentsOpen: false,
              previewToken: randomBytes(24).toString("base64url"),
            },
            select: { id: true, slug: true },
          });
          if (byline)
            await tx.articleAuthor.create({ data: { articleId: article.id, authorId: byline, position: 0 } });
          const hashtags = await resolveHashtags(tx, itemHashtags(item));
          for (const tagId of hashtags.ids)
            await tx.articleTag.create({ data: { articleId: article.id, tagId } });
          const saved = await tx.article.findUniqueOrThrow({
            where: { id: article.id },
            include: snapshotInclude,
          });
          await recordRevision(
            tx,
            article.id,
            null,
            toSnapshot(saved),
            `Imported from ${feed.source.name}’s feed`,
          );
          return { created: article, hashtags: hashtags.created };
        },
        { maxWait: 15_000, timeout: 15_000 },
      );
      if (hashtags.length || createdAuthors.length)
        await taxonomyChanged({
          hashtagSlugs: hashtags,
          sectionsSourcesOrAuthors: createdAuthors.length > 0,
        });
      await articleWritten({ id: created.id, before: null, after: { slug: created.slug, status } });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The unique index on (feedId, feedGuid) is what makes two pollers import an item once.
      const imported = await db.article.findUnique({
        where: { feedId_feedGuid: { feedId: feed.id, feedGuid: item.guid } },
        select: { id: true },
      });
      if (imported) return false;
      // Otherwise a slug, hashtag or author was created by someone else at the same moment: try again.
    }
  }
  throw new Error(`Could not import “${content.title}” after three attempts.`);
}

type StoredArticle = Prisma.ArticleGetPayload<{ select: typeof storedSelect }>;

/** The outlet changed an item it had published: the article follows, and the change is kept as a revision. */
async function updateFromItem(
  feed: ImportingFeed,
  existing: StoredArticle,
  item: FeedItem,
  content: ItemContent,
): Promise<boolean> {
  const outcome = await db.$transaction(
    async (tx) => {
      const updated = await tx.article.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...content, version: { increment: 1 } },
      });
      if (updated.count !== 1) return null; // someone saved it meanwhile; the next poll compares again
      const hashtags = await resolveHashtags(tx, itemHashtags(item));
      await tx.articleTag.deleteMany({ where: { articleId: existing.id } });
      for (const tagId of hashtags.ids)
        await tx.articleTag.create({ data: { articleId: existing.id, tagId } });
      const saved = await tx.article.findUniqueOrThrow({
        where: { id: existing.id },
        include: snapshotInclude,
      });
      await recordRevision(tx, existing.id, null, toSnapshot(saved), `Updated by ${feed.source.name}’s feed`);
      return hashtags.created;
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
  if (outcome === null) return false;
  if (outcome.length) await taxonomyChanged({ hashtagSlugs: outcome });
  const state = { slug: existing.slug, status: existing.status };
  await articleWritten({ id: existing.id, before: state, after: state });
  return true;
}
