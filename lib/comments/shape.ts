import "server-only";

import type { Prisma } from "../generated/sqlite/client";

/** Comments every reader may see. Deleted ones stay as placeholders so their replies keep their place. */
export const publicCommentWhere = { status: "VISIBLE" } satisfies Prisma.CommentWhereInput;

/**
 * Shown comments: visible, and every ancestor visible too (threads are at most three levels, so the parent and
 * the root cover the chain). A reply under a hidden comment is hidden with it, and so not counted.
 */
export const shownCommentWhere = {
  status: "VISIBLE",
  AND: [
    { OR: [{ parentId: null }, { parent: { status: "VISIBLE" } }] },
    { OR: [{ rootId: null }, { root: { status: "VISIBLE" } }] },
  ],
} satisfies Prisma.CommentWhereInput;

export type CommentView = {
  id: string;
  parentId: string | null;
  depth: number;
  /** Empty when deleted. */
  body: string;
  deleted: boolean;
  createdAt: Date;
  editedAt: Date | null;
  author: { id: string; name: string; isStaff: boolean } | null;
  replies: CommentView[];
  /** On a thread's first comment: replies not shown here, and the first of them (to link to). */
  moreReplies?: { count: number; firstId: string };
  /** On a thread page: the comment this replies to, when that is on an earlier page. */
  inReplyTo?: { id: string; name: string; href: string };
};

export const commentSelect = {
  id: true,
  parentId: true,
  rootId: true,
  depth: true,
  body: true,
  deletedAt: true,
  createdAt: true,
  editedAt: true,
  user: { select: { id: true, name: true, role: true } },
} satisfies Prisma.CommentSelect;

export type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

export function toView(row: CommentRow): CommentView {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    parentId: row.parentId,
    depth: row.depth,
    body: deleted ? "" : row.body,
    deleted,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    author:
      deleted || !row.user
        ? null
        : {
            id: row.user.id,
            name: row.user.name?.trim() || "Reader",
            isStaff: row.user.role === "EDITOR" || row.user.role === "ADMIN",
          },
    replies: [],
  };
}
