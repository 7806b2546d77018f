import "server-only";

import { cacheTag } from "next/cache";

import { cacheTags } from "../cache/tags";
import { db } from "../db";
import type { Prisma } from "../generated/sqlite/client";
import { EDIT_WINDOW_MS } from "./rules";
import {
  commentSelect,
  type CommentRow,
  type CommentView,
  publicCommentWhere,
  shownCommentWhere,
  toView,
} from "./shape";

export type { CommentView } from "./shape";

export const COMMENTS_PAGE_SIZE = 20;
/**
 * Replies shown under each thread on the story and its comments pages; the rest are on the thread's own pages,
 * so a page's size stays bounded however long a conversation grows.
 */
export const REPLIES_SHOWN = 3;

export const commentSorts = ["newest", "oldest", "replies"] as const;
export type CommentSort = (typeof commentSorts)[number];

export function parseCommentSort(value: string | string[] | undefined): CommentSort | null {
  if (value === undefined) return "newest";
  return typeof value === "string" && (commentSorts as readonly string[]).includes(value)
    ? (value as CommentSort)
    : null;
}

export type CommentThreadsPage = {
  threads: CommentView[];
  /** Visible, undeleted comments on the article: the number in the heading. */
  total: number;
  topLevelTotal: number;
  page: number;
  hasMore: boolean;
};

/** Nests rows under their parents, oldest reply first. Rows whose parent is missing are dropped. */
export function buildThreads(roots: CommentRow[], replies: CommentRow[]): CommentView[] {
  const views = new Map<string, CommentView>();
  for (const row of [...roots, ...replies]) views.set(row.id, toView(row));
  for (const row of replies.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const parent = row.parentId ? views.get(row.parentId) : undefined;
    const view = views.get(row.id);
    if (parent && view) parent.replies.push(view);
  }
  return roots.map((row) => views.get(row.id)!).filter(Boolean);
}

/** A page of top-level comments, each with its first replies. Cached until a comment on the article changes. */
export async function getCommentThreads(
  articleId: string,
  sort: CommentSort,
  page: number,
): Promise<CommentThreadsPage> {
  "use cache";
  cacheTag(cacheTags.comments(articleId));

  const rootWhere = { ...publicCommentWhere, articleId, parentId: null } satisfies Prisma.CommentWhereInput;
  const orderBy: Prisma.CommentOrderByWithRelationInput[] =
    sort === "oldest"
      ? [{ createdAt: "asc" }, { id: "asc" }]
      : sort === "replies"
        ? [{ threadReplies: { _count: "desc" } }, { createdAt: "desc" }]
        : [{ createdAt: "desc" }, { id: "desc" }];

  const [roots, total, topLevelTotal] = await Promise.all([
    db.comment.findMany({
      where: rootWhere,
      orderBy,
      skip: (page - 1) * COMMENTS_PAGE_SIZE,
      take: COMMENTS_PAGE_SIZE,
      select: commentSelect,
    }),
    db.comment.count({ where: { ...shownCommentWhere, articleId, deletedAt: null } }),
    db.comment.count({ where: rootWhere }),
  ]);
  const { replies, moreReplies } = await firstReplies(roots.map((root) => root.id));
  const threads = buildThreads(roots, replies);
  for (const thread of threads) thread.moreReplies = moreReplies.get(thread.id);

  return {
    threads,
    total,
    topLevelTotal,
    page,
    hasMore: page * COMMENTS_PAGE_SIZE < topLevelTotal,
  };
}

/**
 * The first REPLIES_SHOWN replies of each thread, oldest first (a reply is newer than what it answers, so these
 * always include their parents), and how many more each thread has.
 */
async function firstReplies(rootIds: string[]) {
  const moreReplies = new Map<string, { count: number; firstId: string }>();
  if (rootIds.length === 0) return { replies: [], moreReplies };
  const counts = await db.comment.groupBy({
    by: ["rootId"],
    where: { ...shownCommentWhere, rootId: { in: rootIds } },
    _count: { _all: true },
  });
  // Short threads are read together; only long ones need a query each, to stop after their first replies.
  const short = counts.filter((group) => group._count._all <= REPLIES_SHOWN).map((group) => group.rootId!);
  const long = counts.filter((group) => group._count._all > REPLIES_SHOWN);
  const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  const [shortReplies, ...longReplies] = await Promise.all([
    short.length
      ? db.comment.findMany({ where: { ...shownCommentWhere, rootId: { in: short } }, select: commentSelect })
      : [],
    ...long.map((group) =>
      db.comment.findMany({
        where: { ...shownCommentWhere, rootId: group.rootId },
        orderBy: order,
        // One more than is shown: the first hidden reply is where "more replies" leads.
        take: REPLIES_SHOWN + 1,
        select: commentSelect,
      }),
    ),
  ]);
  long.forEach((group, index) => {
    // Read apart from the count: a reply hidden in between leaves one fewer.
    const hidden = longReplies[index]![REPLIES_SHOWN];
    if (hidden)
      moreReplies.set(group.rootId!, { count: group._count._all - REPLIES_SHOWN, firstId: hidden.id });
  });
  return {
    replies: [...shortReplies, ...longReplies.flatMap((rows) => rows.slice(0, REPLIES_SHOWN))],
    moreReplies,
  };
}

/** Visible comment counts for article cards, in one grouped query. */
export async function countVisibleComments(articleIds: string[]): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const groups = await db.comment.groupBy({
    by: ["articleId"],
    where: { ...shownCommentWhere, deletedAt: null, articleId: { in: [...new Set(articleIds)] } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.articleId, group._count._all]));
}

export type OwnComment = { id: string; body: string; createdAt: Date; parentId: string | null };

/** The viewer's own comments awaiting moderation on an article; nobody else sees them. Never cached. */
export async function getOwnPendingComments(userId: string, articleId: string): Promise<OwnComment[]> {
  return db.comment.findMany({
    where: { userId, articleId, status: "PENDING", deletedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, body: true, createdAt: true, parentId: true },
  });
}

export type CommentContext = {
  id: string;
  body: string;
  deleted: boolean;
  status: string;
  createdAt: Date;
  authorId: string | null;
  authorName: string;
  /** Still within the 15 minutes in which its author may edit it. */
  editWindowOpen: boolean;
  article: { id: string; slug: string; title: string; commentsOpen: boolean; published: boolean };
};

/**
 * Whether the reply/edit/delete/report pages exist for this comment and viewer: the comment is on a published
 * story and is visible, or is the viewer's own (awaiting moderation, say). Signing in comes after this.
 */
export function isCommentPageShown(
  comment: CommentContext | null,
  viewerId: string | null,
): comment is CommentContext {
  if (!comment || !comment.article.published) return false;
  return comment.status === "VISIBLE" || (viewerId !== null && viewerId === comment.authorId);
}

/** A comment with its article, for the reply, edit, delete and report pages. */
export async function getCommentContext(commentId: string): Promise<CommentContext | null> {
  if (commentId.length > 64) return null;
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      body: true,
      deletedAt: true,
      status: true,
      createdAt: true,
      userId: true,
      user: { select: { name: true } },
      article: { select: { id: true, slug: true, title: true, commentsOpen: true, status: true } },
    },
  });
  if (!comment) return null;
  return {
    id: comment.id,
    body: comment.deletedAt ? "" : comment.body,
    deleted: comment.deletedAt !== null,
    status: comment.status,
    createdAt: comment.createdAt,
    authorId: comment.userId,
    authorName: comment.user?.name?.trim() || "Reader",
    editWindowOpen: Date.now() - comment.createdAt.getTime() < EDIT_WINDOW_MS,
    article: { ...comment.article, published: comment.article.status === "PUBLISHED" },
  };
}

export type RecentComment = {
  id: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  isReply: boolean;
  authorName: string;
};

/** The newest comments readers can see on an article (shown, not deleted), for its comments feed. */
export async function listRecentComments(articleId: string, take: number): Promise<RecentComment[]> {
  "use cache";
  cacheTag(cacheTags.comments(articleId));
  const rows = await db.comment.findMany({
    where: { ...shownCommentWhere, articleId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      body: true,
      createdAt: true,
      editedAt: true,
      parentId: true,
      user: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    isReply: row.parentId !== null,
    authorName: row.user?.name?.trim() || "Reader",
  }));
}
