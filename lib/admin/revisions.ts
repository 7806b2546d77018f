import "server-only";

import type { Prisma } from "../generated/sqlite/client";
import type { ArticleSnapshot } from "./article-snapshot";

/**
 * Revisions of an article: what a save stores and how. Shared by the editor (lib/admin/articles.ts) and the feed
 * importer (lib/ingest), so an outlet's update of an item is kept like an editor's save.
 */
export const snapshotInclude = {
  authors: { orderBy: { position: "asc" }, select: { authorId: true } },
  tags: { select: { tag: { select: { name: true } } } },
  pinned: { orderBy: { position: "asc" }, select: { relatedId: true } },
} satisfies Prisma.ArticleInclude;

export type ArticleWithRelations = Prisma.ArticleGetPayload<{ include: typeof snapshotInclude }>;

export function toSnapshot(article: ArticleWithRelations): ArticleSnapshot {
  return {
    title: article.title,
    dek: article.dek,
    slug: article.slug,
    body: article.body,
    excerpt: article.excerpt,
    heroImageUrl: article.heroImageUrl,
    heroImageAlt: article.heroImageAlt,
    heroImageCaption: article.heroImageCaption,
    heroImageWidth: article.heroImageWidth,
    heroImageHeight: article.heroImageHeight,
    sectionId: article.sectionId,
    sourceId: article.sourceId,
    authorIds: article.authors.map((a) => a.authorId),
    tags: article.tags.map((t) => t.tag.name).sort((a, b) => a.localeCompare(b)),
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    canonicalUrl: article.canonicalUrl,
    commentsOpen: article.commentsOpen,
    isLead: article.isLead,
    leadOrder: article.leadOrder,
    pinnedRelatedIds: article.pinned.map((p) => p.relatedId),
  };
}

const AUTOSAVE_COALESCE_MS = 10 * 60_000;

/** Every save stores a revision; a run of autosaves by one editor is kept as one revision. */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  articleId: string,
  /** null: no person (the feed importer). */
  editorId: string | null,
  snapshot: ArticleSnapshot,
  note: string,
) {
  const latest = await tx.articleRevision.findFirst({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: { id: true, editorId: true, note: true, createdAt: true },
  });
  if (
    note === "Autosave" &&
    latest &&
    latest.note === "Autosave" &&
    latest.editorId === editorId &&
    Date.now() - latest.createdAt.getTime() < AUTOSAVE_COALESCE_MS
  ) {
    await tx.articleRevision.update({
      where: { id: latest.id },
      data: { snapshot: JSON.stringify(snapshot), createdAt: new Date() },
    });
    return;
  }
  await tx.articleRevision.create({
    data: { articleId, editorId, note, snapshot: JSON.stringify(snapshot) },
  });
}
