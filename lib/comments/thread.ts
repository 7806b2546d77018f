import "server-only";

import { cacheTag } from "next/cache";

import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { COMMENTS_PAGE_SIZE, REPLIES_SHOWN } from "./index";
import { commentSelect, type CommentView, shownCommentWhere, toView } from "./shape";

/** Replies on each of a thread's own pages. */
export const THREAD_PAGE_SIZE = 50;

/** A thread's own page: `/articles/<slug>/comments/thread/<rootId>`, later pages with `/<page>` after it. */
export function threadHref(articleSlug: string, rootId: string, page = 1, commentId?: string) {
  const path = `/articles/${articleSlug}/comments/thread/${rootId}${page > 1 ? `/${page}` : ""}`;
  return commentId ? `${path}#comment-${commentId}` : path;
}

export type CommentThreadPage = {
  articleId: string;
  /** The thread's first comment, with this page's replies nested under it. */
  root: CommentView;
  /** Shown replies in the whole thread. */
  replyTotal: number;
  page: number;
  pageCount: number;
};

/** Where a reply sits among its thread's shown replies, oldest first (0 for the first). */
async function replyIndex(rootId: string, reply: { id: string; createdAt: Date }) {
  return db.comment.count({
    where: {
      ...shownCommentWhere,
      rootId,
      OR: [{ createdAt: { lt: reply.createdAt } }, { createdAt: reply.createdAt, id: { lt: reply.id } }],
    },
  });
}

const threadReplySelect = {
  ...commentSelect,
  parent: { select: { id: true, createdAt: true, deletedAt: true, user: { select: { name: true } } } },
} as const;

/**
 * One page of a thread: its first comment and THREAD_PAGE_SIZE replies, oldest first. Replies nest under their
 * parents where those are on the page; one whose parent is on an earlier page says whom it answers, with a link.
 * Null when the id is not a shown thread's first comment or the page is past the end. The caller checks the
 * thread is on the story `articleSlug` names (used for links). Cached until a comment on the article changes.
 */
export async function getCommentThread(
  articleSlug: string,
  rootId: string,
  page: number,
): Promise<CommentThreadPage | null> {
  "use cache";
  if (rootId.length > 64) return null;
  const rootRow = await db.comment.findFirst({
    where: { id: rootId, parentId: null },
    select: { ...commentSelect, articleId: true, status: true },
  });
  if (!rootRow) return null;
  cacheTag(cacheTags.comments(rootRow.articleId));
  if (rootRow.status !== "VISIBLE") return null;

  const where = { ...shownCommentWhere, rootId };
  const [rows, replyTotal] = await Promise.all([
    db.comment.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * THREAD_PAGE_SIZE,
      take: THREAD_PAGE_SIZE,
      select: threadReplySelect,
    }),
    db.comment.count({ where }),
  ]);
  const pageCount = Math.max(1, Math.ceil(replyTotal / THREAD_PAGE_SIZE));
  if (page > pageCount) return null;

  const root = toView(rootRow);
  const views = new Map<string, CommentView>([[root.id, root]]);
  for (const row of rows) views.set(row.id, toView(row));
  // Parents on earlier pages: where each one is, asked once per parent and all at once.
  const earlierParents = new Map(
    rows.flatMap((row) => (row.parent && !views.has(row.parent.id) ? [[row.parent.id, row.parent]] : [])),
  );
  const parentPages = new Map(
    await Promise.all(
      [...earlierParents.values()].map(
        async (parent) =>
          [parent.id, Math.floor((await replyIndex(rootId, parent)) / THREAD_PAGE_SIZE) + 1] as const,
      ),
    ),
  );
  for (const row of rows) {
    const view = views.get(row.id)!;
    const parent = row.parentId ? views.get(row.parentId) : undefined;
    if (parent) {
      parent.replies.push(view);
    } else if (row.parent) {
      view.inReplyTo = {
        id: row.parent.id,
        name: row.parent.deletedAt ? "a deleted comment" : row.parent.user?.name?.trim() || "Reader",
        href: threadHref(articleSlug, rootId, parentPages.get(row.parent.id) ?? 1, row.parent.id),
      };
      root.replies.push(view);
    }
  }
  return { articleId: rootRow.articleId, root, replyTotal, page, pageCount };
}

/**
 * Where a comment can be seen: on the story (the first page of newest threads, and each thread's first
 * replies), on a later comments page, or on its thread's own pages.
 */
export async function commentLocation(commentId: string): Promise<string | null> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { id: true, rootId: true, articleId: true, createdAt: true, article: { select: { slug: true } } },
  });
  if (!comment) return null;
  const slug = comment.article.slug;
  if (comment.rootId) {
    const index = await replyIndex(comment.rootId, comment);
    if (index >= REPLIES_SHOWN)
      return threadHref(slug, comment.rootId, Math.floor(index / THREAD_PAGE_SIZE) + 1, comment.id);
  }
  const rootId = comment.rootId ?? comment.id;
  const root =
    rootId === comment.id
      ? comment
      : await db.comment.findUnique({ where: { id: rootId }, select: { createdAt: true } });
  if (!root) return null;
  const newerRoots = await db.comment.count({
    where: {
      articleId: comment.articleId,
      parentId: null,
      status: "VISIBLE",
      createdAt: { gt: root.createdAt },
    },
  });
  const page = Math.floor(newerRoots / COMMENTS_PAGE_SIZE) + 1;
  const base = `/articles/${slug}`;
  return page === 1 ? `${base}#comment-${comment.id}` : `${base}/comments?page=${page}#comment-${comment.id}`;
}
