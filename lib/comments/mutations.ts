import "server-only";

import type { Viewer } from "../auth";
import { commentsChanged } from "../cache/invalidation";
import { db } from "../db";
import type { ReportReason } from "../generated/sqlite/enums";
import { can } from "../permissions";
import {
  containsLink,
  DUPLICATE_WINDOW_MS,
  EDIT_WINDOW_MS,
  findBannedWord,
  NEW_ACCOUNT_LINK_HOLD_MS,
  RATE_LIMITS,
  replyPlacement,
} from "./rules";

export type CommentResult =
  | { ok: true; commentId: string; articleId: string; articleSlug: string; status: "VISIBLE" | "PENDING" }
  | { ok: false; error: string };

type Failure = { ok: false; error: string };
const fail = (error: string): Failure => ({ ok: false, error });

async function bannedWords(): Promise<string[]> {
  return (await db.bannedWord.findMany({ select: { word: true } })).map((row) => row.word);
}

/** PENDING when the text needs a moderator first: a banned word, or a link from an account under a day old. */
async function moderationStatus(viewer: Viewer, body: string): Promise<"VISIBLE" | "PENDING"> {
  if (findBannedWord(body, await bannedWords())) return "PENDING";
  if (containsLink(body) && Date.now() - viewer.createdAt.getTime() < NEW_ACCOUNT_LINK_HOLD_MS)
    return "PENDING";
  return "VISIBLE";
}

function commentingRefusal(viewer: Viewer | null): Failure | null {
  if (!viewer) return fail("Sign in to comment.");
  if (viewer.commentingDisabledAt) {
    const reason = viewer.commentingDisabledReason ? ` Reason: ${viewer.commentingDisabledReason}` : "";
    return fail(`Commenting has been turned off for your account.${reason}`);
  }
  return null;
}

/** Posts a comment or reply after every check a server action must make itself. */
export async function createComment(
  viewer: Viewer | null,
  input: { articleId: string; parentId?: string | null; body: string },
): Promise<CommentResult> {
  const refused = commentingRefusal(viewer);
  if (refused || !viewer) return refused ?? fail("Sign in to comment.");

  const article = await db.article.findFirst({
    where: { id: input.articleId, status: "PUBLISHED" },
    select: { id: true, slug: true, commentsOpen: true },
  });
  if (!article) return fail("This story isn’t available for comments.");
  if (!article.commentsOpen) return fail("Comments are closed on this story.");

  let placement: { parentId: string | null; rootId: string | null; depth: number } = {
    parentId: null,
    rootId: null,
    depth: 0,
  };
  if (input.parentId) {
    const target = await db.comment.findFirst({
      where: { id: input.parentId, articleId: article.id, status: "VISIBLE", deletedAt: null },
      select: { id: true, parentId: true, rootId: true, depth: true },
    });
    if (!target) return fail("The comment you’re replying to is no longer available.");
    placement = replyPlacement(target);
  }

  const status = await moderationStatus(viewer, input.body);
  const outcome = await db.$transaction(
    async (tx) => {
      // Take the user's row lock first so one user's concurrent posts are checked one at a time (PostgreSQL);
      // SQLite transactions are serialised already.
      await tx.user.update({
        where: { id: viewer.id },
        data: { updatedAt: new Date() },
        select: { id: true },
      });
      const now = Date.now();
      for (const rule of RATE_LIMITS) {
        const recent = await tx.comment.count({
          where: { userId: viewer.id, createdAt: { gte: new Date(now - rule.windowMs) } },
        });
        if (recent >= rule.limit) return fail(rule.message);
      }
      const duplicate = await tx.comment.findFirst({
        where: {
          userId: viewer.id,
          body: input.body,
          createdAt: { gte: new Date(now - DUPLICATE_WINDOW_MS) },
          deletedAt: null,
        },
        select: { id: true },
      });
      if (duplicate) return fail("You’ve already posted that comment.");
      return tx.comment.create({
        data: { articleId: article.id, userId: viewer.id, body: input.body, status, ...placement },
        select: { id: true },
      });
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
  if ("ok" in outcome) return outcome;
  const comment = outcome;
  await commentsChanged([article.id]);
  return { ok: true, commentId: comment.id, articleId: article.id, articleSlug: article.slug, status };
}

type OwnedComment = {
  id: string;
  articleId: string;
  userId: string | null;
  createdAt: Date;
  deletedAt: Date | null;
  status: string;
  article: { slug: string };
};

async function findComment(commentId: string): Promise<OwnedComment | null> {
  return db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      articleId: true,
      userId: true,
      createdAt: true,
      deletedAt: true,
      status: true,
      article: { select: { slug: true } },
    },
  });
}

/** Authors may edit their own comment for 15 minutes; the comment is then marked edited. */
export async function editComment(
  viewer: Viewer | null,
  input: { commentId: string; body: string },
): Promise<CommentResult> {
  const refused = commentingRefusal(viewer);
  if (refused || !viewer) return refused ?? fail("Sign in to edit your comment.");
  const comment = await findComment(input.commentId);
  if (!comment || comment.deletedAt || comment.status === "REMOVED" || comment.status === "HIDDEN")
    return fail("That comment is no longer available.");
  if (comment.userId !== viewer.id) return fail("You can only edit your own comments.");
  if (Date.now() - comment.createdAt.getTime() > EDIT_WINDOW_MS)
    return fail("Comments can only be edited for 15 minutes after posting.");
  const status = comment.status === "PENDING" ? "PENDING" : await moderationStatus(viewer, input.body);
  await db.comment.update({
    where: { id: comment.id },
    data: { body: input.body, editedAt: new Date(), status },
  });
  await commentsChanged([comment.articleId]);
  return {
    ok: true,
    commentId: comment.id,
    articleId: comment.articleId,
    articleSlug: comment.article.slug,
    status,
  };
}

/** Soft delete: the text goes, a "[deleted]" placeholder keeps the replies in place. Authors and staff only. */
export async function deleteComment(viewer: Viewer | null, commentId: string): Promise<CommentResult> {
  if (!viewer) return fail("Sign in to delete your comment.");
  const comment = await findComment(commentId);
  if (!comment || comment.deletedAt) return fail("That comment is no longer available.");
  if (comment.userId !== viewer.id && !can(viewer.role, "comment:moderate"))
    return fail("You can only delete your own comments.");
  await db.comment.update({ where: { id: comment.id }, data: { deletedAt: new Date(), body: "" } });
  await commentsChanged([comment.articleId]);
  return {
    ok: true,
    commentId: comment.id,
    articleId: comment.articleId,
    articleSlug: comment.article.slug,
    status: "VISIBLE",
  };
}

export type ReportResult = { ok: true; articleSlug: string } | Failure;

/** One report per reader per comment. */
export async function reportComment(
  viewer: Viewer | null,
  input: { commentId: string; reason: ReportReason; details: string },
): Promise<ReportResult> {
  if (!viewer) return fail("Sign in to report a comment.");
  const comment = await findComment(input.commentId);
  if (!comment || comment.deletedAt || comment.status !== "VISIBLE")
    return fail("That comment is no longer available.");
  if (comment.userId === viewer.id) return fail("You can’t report your own comment.");
  const existing = await db.commentReport.findUnique({
    where: { commentId_userId: { commentId: comment.id, userId: viewer.id } },
    select: { id: true },
  });
  if (existing) return fail("You’ve already reported this comment. Thank you.");
  try {
    await db.commentReport.create({
      data: { commentId: comment.id, userId: viewer.id, reason: input.reason, details: input.details },
    });
  } catch {
    return fail("You’ve already reported this comment. Thank you.");
  }
  return { ok: true, articleSlug: comment.article.slug };
}
